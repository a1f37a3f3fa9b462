package io.github.vietdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rewrite of the normalizer on real phrases, and the way its offsets map back to the raw text. */
class NormalizerTest {
    private static final Normalizer CLASSIC = Normalizer.create(TonePlacement.CLASSIC);
    private static final Normalizer MODERN = Normalizer.create(TonePlacement.MODERN);

    /** The raw text behind the first occurrence of {@code word} in the view. */
    static String rawOf(SourceText doc, String word) {
        int at = doc.text().indexOf(word);
        assertThat(at).as("'%s' in view %s", word, doc.text()).isGreaterThanOrEqualTo(0);
        Span span = doc.span(at, at + word.length());
        assertThat(span.text()).isEqualTo(doc.raw().substring(span.start(), span.end()));
        return span.text();
    }

    @Nested
    class Characters {
        @Test
        void composesDecomposedTextToNfcAndMapsBackToTheCombiningMarks() {
            String raw = "Huye\u0323\u0302n u\u0309y Lu\u0323c Nga\u0323n";
            SourceText doc = CLASSIC.normalize(raw);
            assertThat(doc.text()).isEqualTo("Huyện ủy Lục Ngạn");
            assertThat(rawOf(doc, "Huyện")).isEqualTo("Huye\u0323\u0302n");
            assertThat(rawOf(doc, "Ngạn")).isEqualTo("Nga\u0323n");
        }

        @Test
        void turnsCrLfIntoLineBreaks() {
            SourceText doc = CLASSIC.normalize("Kính gửi:\r\n- HĐND, UBND huyện,\r\n- Các chi bộ trực thuộc.");
            assertThat(doc.text()).isEqualTo("Kính gửi:\n- HĐND, UBND huyện,\n- Các chi bộ trực thuộc.");
            assertThat(doc.lines()).hasSize(3);
            assertThat(rawOf(doc, "Các chi")).isEqualTo("Các chi");
        }

        @Test
        void foldsNoBreakSpacesAndCollapsesRuns() {
            String raw = "đánh giá\u00A0 kết quả\u2002công tác   tháng 4";
            SourceText doc = CLASSIC.normalize(raw);
            assertThat(doc.text()).isEqualTo("đánh giá kết quả công tác tháng 4");
            assertThat(rawOf(doc, "tháng 4")).isEqualTo("tháng 4");
        }

        @Test
        void dropsByteOrderMarkAndZeroWidthCharacters() {
            String raw = "\uFEFFBan Thường\u200B vụ Huyện ủy";
            SourceText doc = CLASSIC.normalize(raw);
            assertThat(doc.text()).isEqualTo("Ban Thường vụ Huyện ủy");
            Span ban = doc.span(0, 3);
            assertThat(ban.start()).isEqualTo(1);
            assertThat(ban.text()).isEqualTo("Ban");
        }

        @Test
        void readsEthAsDStroke() {
            SourceText doc = CLASSIC.normalize("\u00D0ảng bộ huyện, \u00D0ồng chí Bí thư");
            assertThat(doc.text()).isEqualTo("Đảng bộ huyện, Đồng chí Bí thư");
            assertThat(rawOf(doc, "Đảng")).isEqualTo("\u00D0ảng");
        }

        @Test
        void foldsTypographicQuotesAndDashes() {
            SourceText doc = CLASSIC.normalize("phương châm “3 trước, 4 tại chỗ” theo Nghị Quyết số 653/NQ – UBTVQH 14");
            assertThat(doc.text()).isEqualTo("phương châm \"3 trước, 4 tại chỗ\" theo Nghị Quyết số 653/NQ - UBTVQH 14");
            assertThat(rawOf(doc, "\"3 trước")).isEqualTo("“3 trước");
        }

        @Test
        void closesUpHyphenatedYearRanges() {
            SourceText doc = CLASSIC.normalize("nhiệm kỳ 2020- 2025 và giai đoạn 2021 -2025, tăng 5 - 7%");
            assertThat(doc.text()).isEqualTo("nhiệm kỳ 2020-2025 và giai đoạn 2021-2025, tăng 5 - 7%");
            assertThat(rawOf(doc, "2020-2025")).isEqualTo("2020- 2025");
        }
    }

    @Nested
    class ToneMarks {
        @Test
        void classicPutsTheMarkOnTheFirstVowel() {
            SourceText doc = CLASSIC.normalize("Tỉnh uỷ viên, Bí thư Huyện uỷ; hoà bình, khoẻ mạnh, chị Thuý, UỶ BAN");
            assertThat(doc.text()).isEqualTo("Tỉnh ủy viên, Bí thư Huyện ủy; hòa bình, khỏe mạnh, chị Thúy, ỦY BAN");
            assertThat(rawOf(doc, "ủy viên")).isEqualTo("uỷ viên");
        }

        @Test
        void modernPutsTheMarkOnTheSecondVowel() {
            SourceText doc = MODERN.normalize("Huyện ủy, hòa giải, khỏe, Thúy");
            assertThat(doc.text()).isEqualTo("Huyện uỷ, hoà giải, khoẻ, Thuý");
        }

        @Test
        void leavesQuyAndClosedSyllablesAlone() {
            String text = "quý vị, quỳnh, thuyết phục, hoàn thành, khoảng, Quý, tuỳ theo";
            assertThat(CLASSIC.normalize(text).text()).isEqualTo("quý vị, quỳnh, thuyết phục, hoàn thành, khoảng, Quý, tùy theo");
        }
    }

    @Nested
    class Markdown {
        @Test
        void removesEmphasisAcrossLinesAndTheHeaderStar() {
            String raw = "**ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN**\n\n*\n\nSố 334 - CV/HU\n\n*V/v thực hiện kết luận số 105/TU của\nBCH Đảng bộ tỉnh*";
            SourceText doc = CLASSIC.normalize(raw);
            assertThat(doc.text()).isEqualTo("ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN\n\nSố 334 - CV/HU\n\n"
                    + "V/v thực hiện kết luận số 105/TU của\nBCH Đảng bộ tỉnh");
            assertThat(rawOf(doc, "ĐẢNG BỘ")).isEqualTo("ĐẢNG BỘ");
        }

        @Test
        void removesEmphasisInsideParenthesesAndAfterAPeriod() {
            SourceText doc = CLASSIC.normalize("Các lực lượng tuyến đầu (*y tế, công an, quân sự*) làm việc.\n- Các chi bộ trực thuộc.*");
            assertThat(doc.text()).isEqualTo("Các lực lượng tuyến đầu (y tế, công an, quân sự) làm việc.\n- Các chi bộ trực thuộc.");
        }

        @Test
        void keepsStarsThatAreNotEmphasis() {
            assertThat(CLASSIC.normalize("diện tích 2 * 3 m và mã A*B").text()).isEqualTo("diện tích 2 * 3 m và mã A*B");
        }

        @Test
        void dropsHeadingMarkersAndLinkTargets() {
            SourceText doc = CLASSIC.normalize("## Kết luận hội nghị\n\nXem [Kết luận số 656-KL/TU](https://x.vn/a?id=1) đầy đủ.");
            assertThat(doc.text()).isEqualTo("Kết luận hội nghị\n\nXem Kết luận số 656-KL/TU đầy đủ.");
            assertThat(rawOf(doc, "656-KL/TU")).isEqualTo("656-KL/TU");
        }
    }

    @Nested
    class LineBreaks {
        private static final String LONG = "Các cấp ủy đảng, chính quyền, mặt trận tổ quốc và đoàn thể các cấp, nhất là người đứng đầu "
                + "cấp ủy chịu trách nhiệm trực tiếp trước ban thường vụ cấp ủy cấp";

        @Test
        void joinsAPageBreakInMidSentence() {
            SourceText doc = CLASSIC.normalize(LONG + "\n\ntrên về kết quả thực hiện mục tiêu đề ra.");
            assertThat(doc.text()).endsWith("cấp ủy cấp trên về kết quả thực hiện mục tiêu đề ra.");
            assertThat(doc.paragraphs()).hasSize(1);
            int at = doc.text().indexOf("cấp trên");
            assertThat(doc.span(at, at + "cấp trên".length()).text()).isEqualTo("cấp\n\ntrên");
        }

        @Test
        void joinsAHardWrapInsideAList() {
            SourceText doc = CLASSIC.normalize("- Ủy ban MTTQ và các tổ chức chính trị- xã hội\nhuyện\n- Các chi, đảng bộ trực thuộc.");
            assertThat(doc.text()).isEqualTo("- Ủy ban MTTQ và các tổ chức chính trị- xã hội huyện\n- Các chi, đảng bộ trực thuộc.");
        }

        @Test
        void dropsPageBreakMarkersAndJoinsAcrossThem() {
            SourceText doc = CLASSIC.normalize(LONG + "\n\n--- PAGE BREAK ---\n\ntrên về kết quả.");
            assertThat(doc.text()).endsWith("cấp ủy cấp trên về kết quả.");
        }

        @Test
        void keepsHeadingsAndStampsOnTheirOwnLines() {
            String raw = "Huyện ủy Lục Ngạn sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đảng các cấp\n\n"
                    + "quantri gửi vào T3, 2018-06-26 10:31\n\nNgày 25-6, Ban Thường vụ Huyện ủy tổ chức hội nghị.\n1. Quán triệt";
            SourceText doc = CLASSIC.normalize(raw);
            assertThat(doc.paragraphs()).hasSize(3);
            assertThat(doc.text()).contains("các cấp\n\nquantri").contains("hội nghị.\n1. Quán triệt");
        }
    }

    @Nested
    class Furniture {
        @Test
        void removesTheDrupalThemeCreditOfSeed000() throws Exception {
            SourceText doc = CLASSIC.normalize(Files.readString(Path.of("testdata/seeds/000_8c82b768de56f372.txt")));
            assertThat(doc.text()).doesNotContain("Zircon").doesNotContain("WeebPal").endsWith("Quang Huấn");
        }

        @Test
        void cutsTheSearchAndCounterTrailerOfSeed001() throws Exception {
            SourceText doc = CLASSIC.normalize(Files.readString(Path.of("testdata/seeds/001_54cfcfa90d9b3310.txt")));
            assertThat(doc.text()).doesNotContain("Tìm kiếm theo chuyên mục").doesNotContain("6556406")
                    .doesNotContain("Tin Nóng").endsWith("Bình Minh/Trung tâm TT&VH Ba Chẽ");
        }

        @Test
        void removesVisitorCountersAndFilePaths() {
            SourceText doc = CLASSIC.normalize("Hội nghị kết thúc.\n\nĐang truy cập: 12\nLượt truy cập: 1.234.567\n"
                    + "C:\\Users\\vanthu\\Desktop\\CV 334.docx");
            assertThat(doc.text()).isEqualTo("Hội nghị kết thúc.");
        }

        @Test
        void removesPdfResidueAndJoinsTheSentenceAcrossIt() {
            String raw = "Các cấp ủy đảng, chính quyền, mặt trận tổ quốc và đoàn thể các cấp, nhất là người đứng đầu cấp ủy "
                    + "chịu trách nhiệm trực tiếp trước ban thường vụ cấp ủy cấp\n\n- 2 -\n\nCÔNG BÁO/Số 12 + 13/Ngày 15-01-2024\n\n"
                    + "Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Email: vp@bacgiang.gov.vn Thời gian ký: 12.05.2023 08:15:32 +07:00\n\n"
                    + "trên về kết quả.\n\nTrang 3\n\n3. Tăng cường kiểm tra.";
            assertThat(CLASSIC.normalize(raw).text()).endsWith("cấp ủy cấp trên về kết quả.\n\n3. Tăng cường kiểm tra.")
                    .doesNotContain("CÔNG BÁO").doesNotContain("Ký bởi").doesNotContain("Trang 3");
        }

        @Test
        void keepsNumberedItemsAndShortNumbersInsideText() {
            String raw = "Kết quả như sau:\n\n1. Tổng số 3 xã.\n\n2021\n\n2. Đạt 100%.";
            assertThat(CLASSIC.normalize(raw).text()).contains("1. Tổng số 3 xã.").contains("2021").contains("2. Đạt 100%.");
        }

        @Test
        void removesMenusAndThePortalName() {
            String raw = "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN SƠN\nTin mới nhất | Tin đọc nhiều | Video\nTin hoạt động\n\n"
                    + "Kỳ họp thứ 18, HĐND huyện Tân Sơn khóa XX";
            assertThat(CLASSIC.normalize(raw).text()).isEqualTo("Kỳ họp thứ 18, HĐND huyện Tân Sơn khóa XX");
        }

        @Test
        void keepsTableRowsAndBarsInText() {
            String raw = "| Chỉ tiêu | Kết quả |\n|---|---|\n| Tin học | 12 xã |\nXã A | xã B đạt chuẩn";
            assertThat(CLASSIC.normalize(raw).text()).contains("Chỉ tiêu").contains("Xã A | xã B đạt chuẩn");
        }

        @Test
        void removesBreadcrumbs() {
            SourceText doc = CLASSIC.normalize("Trang chủ > Tin tức - Sự kiện > Hoạt động của Huyện ủy\n\nHội nghị giao ban tháng 2");
            assertThat(doc.text()).isEqualTo("Hội nghị giao ban tháng 2");
        }

        @Test
        void keepsBodyTextThatStartsLikeAMenu() {
            String raw = "Tìm kiếm cứu nạn\n\nTin liên quan đến công tác phòng, chống dịch được cập nhật hằng ngày trên cổng "
                    + "thông tin điện tử của huyện để nhân dân biết và thực hiện.\n\nTrang chủ của huyện có chuyên mục hỏi đáp.";
            SourceText doc = CLASSIC.normalize(raw);
            assertThat(doc.text()).isEqualTo(raw);
        }

        @Test
        void removesARelatedLinkLineButKeepsTheBylineAfterIt() {
            String raw = "Người đi đường quay được cảnh mô hình lăn khắp đường phố.\n"
                    + "Xem thêm: Bão mạnh nhất thế giới đổ bộ vào Đài Loan\nHồng Hạnh\n"
                    + "xem thêm > > > Ca khúc được cấp phép phổ biến rộng rãi?";
            assertThat(CLASSIC.normalize(raw).text())
                    .isEqualTo("Người đi đường quay được cảnh mô hình lăn khắp đường phố.\nHồng Hạnh");
        }

        @Test
        void keepsATrailerMarkerFollowedByRealText() {
            String raw = "Xem thêm\n\nĐồng chí Bí thư Huyện ủy yêu cầu các cấp, các ngành tập trung chỉ đạo thu hoạch, tiêu thụ "
                    + "vải thiều và bảo đảm an toàn phòng, chống dịch trên địa bàn.";
            assertThat(CLASSIC.normalize(raw).text()).contains("Đồng chí Bí thư Huyện ủy yêu cầu");
        }
    }

    @Test
    void sentencesKeepAbbreviationsAndNumbersWhole() {
        SourceText doc = CLASSIC.normalize("Toàn huyện có 1.209 tổ với 5,8 tỷ đồng tại TP. Hồ Chí Minh, v.v. và nhiều nơi khác. "
                + "Hội nghị kết thúc.");
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.text(doc.sentences().get(1))).isEqualTo("Hội nghị kết thúc.");
    }

    @Test
    void plainTextComesBackUnchanged() {
        String raw = "Ngày 11/6, đồng chí Nguyễn Việt Oanh chủ trì hội nghị.\n\nHội nghị kết thúc.";
        SourceText doc = CLASSIC.normalize(raw);
        assertThat(doc.text()).isEqualTo(raw);
        assertThat(doc.span(0, raw.length()).text()).isEqualTo(raw);
    }
}
