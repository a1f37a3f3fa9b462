package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BylineExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final BylineExtractor EXTRACTOR = new BylineExtractor();
    private static final String HEADING = "Huyện Lục Ngạn sơ kết công tác 6 tháng đầu năm";
    private static final String BODY = "Sáng 11/6, UBND huyện Lục Ngạn, tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác "
            + "6 tháng đầu năm. Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện chủ trì hội nghị.\n\n"
            + "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, chỉ ra những tồn tại, "
            + "hạn chế và đề ra các giải pháp trọng tâm cho thời gian tới; anh Lò Văn Sáng, nông dân xã Tân Sơn, "
            + "chia sẻ kinh nghiệm trồng vải thiều theo tiêu chuẩn VietGAP.";
    private static final String CLOSING = "Phát biểu kết luận, đồng chí Phó Chủ tịch đề nghị các xã tập trung chỉ đạo "
            + "sản xuất vụ mùa, bảo đảm an ninh trật tự và chủ động phòng, chống thiên tai.";

    private static SourceText doc(String tail) {
        return NORMALIZER.normalize(HEADING + "\n\n" + BODY + "\n\n" + CLOSING + "\n\n" + tail);
    }

    private static List<String> authors(String tail) {
        return EXTRACTOR.extract(doc(tail), DocType.NEWS_ITEM).authors();
    }

    static Stream<Arguments> bylines() {
        return Stream.of(
                Arguments.of("Quang Huấn", List.of("Quang Huấn")),
                Arguments.of("Tin, ảnh: Thanh Thúy", List.of("Thanh Thúy")),
                Arguments.of("Tin: Mai Lan - Ảnh: Hoàng Long", List.of("Mai Lan", "Hoàng Long")),
                Arguments.of("Bình Minh/Trung tâm TT&VH Ba Chẽ", List.of("Bình Minh")),
                Arguments.of("Thu Hà - Báo Bắc Giang", List.of("Thu Hà")),
                Arguments.of("Minh Anh - Hoàng Long", List.of("Minh Anh", "Hoàng Long")),
                Arguments.of("Minh Anh – Hoàng Long", List.of("Minh Anh", "Hoàng Long")),
                Arguments.of("Nguyễn Văn Hùng (Trung tâm VH-TT huyện)", List.of("Nguyễn Văn Hùng")),
                Arguments.of("Bài và ảnh: Lê Hoa", List.of("Lê Hoa")),
                Arguments.of("Bài, ảnh: Minh Châu", List.of("Minh Châu")),
                Arguments.of("Tin và ảnh: Hoàng Long", List.of("Hoàng Long")),
                Arguments.of("Tin: Hồng Nhung", List.of("Hồng Nhung")),
                Arguments.of("PV Ngọc Mai", List.of("Ngọc Mai")),
                Arguments.of("Nhóm PV: Thu Hà - Minh Anh", List.of("Thu Hà", "Minh Anh")),
                Arguments.of("Phóng viên: Đức Thịnh", List.of("Đức Thịnh")),
                Arguments.of("Mộc Miên (Tổng hợp)", List.of("Mộc Miên")),
                Arguments.of("Trang Dung (t/h)", List.of("Trang Dung")),
                Arguments.of("H.M (tổng hợp)", List.of("H.M")),
                Arguments.of("T.D", List.of("T.D")),
                Arguments.of("Q.H.", List.of("Q.H.")),
                Arguments.of("N.Hùng - Báo Lạng Sơn", List.of("N.Hùng")),
                Arguments.of("Lê Hoa, Ngọc Mai và Thu Hà", List.of("Lê Hoa", "Ngọc Mai", "Thu Hà")),
                Arguments.of("Tin, ảnh: THANH THÚY", List.of("THANH THÚY")),
                Arguments.of("(Tin, ảnh: Quỳnh Nga)", List.of("Quỳnh Nga")),
                Arguments.of("Vũ Anh (Theo Reuters)", List.of("Vũ Anh")),
                Arguments.of("Thanh Hương/TTXVN", List.of("Thanh Hương")),
                Arguments.of("Trang Dung - Trang TTĐT huyện Lục Ngạn", List.of("Trang Dung")),
                Arguments.of("Quang Huấn\nNguồn: baobacgiang.vn", List.of("Quang Huấn")),
                Arguments.of("Thu Hà - Bắc Giang", List.of("Thu Hà")),
                Arguments.of("Quỳnh Nga\n\n(Theo Báo Bắc Giang)", List.of("Quỳnh Nga")),
                Arguments.of("Quang Huấn\n\nẢnh: Văn Bình", List.of("Quang Huấn")),
                Arguments.of("Hoài An\n\nQuang cảnh hội nghị.\nĐại biểu biểu quyết thông qua nghị quyết.",
                        List.of("Hoài An")),
                Arguments.of("Thu Hà\n\nĐồng chí Nguyễn Văn An phát biểu tại hội nghị.", List.of("Thu Hà")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bylines")
    void readsTheByline(String tail, List<String> expected) {
        assertThat(authors(tail)).containsExactlyElementsOf(expected);
    }

    @Test
    void theBylinePointsAtItsLine() {
        SourceText d = doc("Bình Minh/Trung tâm TT&VH Ba Chẽ\n\nNguồn: bache.quangninh.gov.vn");
        Byline b = EXTRACTOR.extract(d, DocType.NEWS_ITEM);
        assertThat(b.line()).isNotNull();
        assertThat(d.text(b.line())).isEqualTo("Bình Minh/Trung tâm TT&VH Ba Chẽ");
    }

    @Test
    void anUnknownDocumentIsReadLikeANewsItem() {
        assertThat(EXTRACTOR.extract(doc("Quang Huấn"), DocType.UNKNOWN).authors()).containsExactly("Quang Huấn");
    }

    static Stream<String> notBylines() {
        return Stream.of(
                "Quang cảnh hội nghị.",
                "Các địa phương cần tiếp tục triển khai đồng bộ các giải pháp, phấn đấu hoàn thành thắng lợi "
                        + "nhiệm vụ năm 2021./.",
                "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ",
                "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hùng",
                "Đồng chí La Văn Nam phát biểu tại hội nghị.",
                "Lục Ngạn, Bắc Giang",
                "Tân Sơn",
                "Hà Nội, ngày 5 tháng 6 năm 2021",
                "Tin liên quan",
                "Tin Liên Quan",
                "Bình Luận",
                "Ông Nguyễn Văn Hùng",
                "Bà Lê Thị Hoa - Chủ tịch Hội Phụ nữ xã.",
                "Hoàng Văn Minh.",
                "Lò Văn Sáng",
                "Nguyễn Văn Hùng (bên trái) trao đổi với người dân",
                "Ảnh: Thanh Thúy",
                "Video: Đài PT-TH tỉnh",
                "Theo Báo Bắc Giang",
                "Báo Bắc Giang",
                "Trung tâm VH-TT huyện",
                "Donald Trump",
                "Huấn",
                "PV",
                "QUANG HUẤN",
                "Huyện Lục Ngạn",
                "Nhân dân xã Tân Sơn thu hoạch vải thiều - Ảnh: Minh Châu");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notBylines")
    void findsNoAuthorIn(String tail) {
        Byline b = EXTRACTOR.extract(doc(tail), DocType.NEWS_ITEM);
        assertThat(b.authors()).isEmpty();
        assertThat(b.line()).isNull();
    }

    @Test
    void aLineThatGoesOnASentenceCutAfterAnAbbreviationIsNotAByline() {
        String tail = "Vụ việc xảy ra trên quốc lộ 80, đoạn qua phường Vĩnh Lợi, TP.\nRạch Giá";
        assertThat(authors(tail)).isEmpty();
    }

    @Test
    void aNameAboveTheLastBodyParagraphIsNotAByline() {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            paragraph.append(CLOSING).append(' ');
        }
        assertThat(authors("Minh Tâm\n\n" + paragraph.toString().strip())).isEmpty();
    }

    @Test
    void anAdministrativeDocumentHasNoByline() {
        SourceText d = doc("Quang Huấn");
        assertThat(EXTRACTOR.extract(d, DocType.OFFICIAL_LETTER)).isEqualTo(Byline.NONE);
        assertThat(EXTRACTOR.extract(d, DocType.DECISION)).isEqualTo(Byline.NONE);
    }

    @Test
    void aOneLinePageHasNoByline() {
        SourceText d = NORMALIZER.normalize("Quang Huấn");
        assertThat(EXTRACTOR.extract(d, DocType.NEWS_ITEM).authors()).isEmpty();
    }

    @Test
    void aNameThatIsOnlyCreditedInTheBodyIsStillTheAuthor() {
        String raw = HEADING + "\n\n" + BODY + "\n\nNông dân thu hoạch vải thiều. Ảnh: Quang Huấn\n\n" + CLOSING
                + "\n\nQuang Huấn";
        SourceText d = NORMALIZER.normalize(raw);
        assertThat(EXTRACTOR.extract(d, DocType.NEWS_ITEM).authors()).containsExactly("Quang Huấn");
    }
}
