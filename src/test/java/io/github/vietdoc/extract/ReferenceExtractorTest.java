package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Reference;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final ReferenceExtractor EXTRACTOR = new ReferenceExtractor();

    private static List<Reference> refs(String raw, DocType type) {
        return EXTRACTOR.extract(new ExtractionContext(NORMALIZER.normalize(raw), type, null));
    }

    private static List<Reference> refs(String raw) {
        return refs(raw, DocType.NEWS_ITEM);
    }

    /** Sentences of the genre citing one document: kind, number, date, issuer. */
    static Stream<Arguments> citations() {
        return Stream.of(
                Arguments.of("Các đối tượng được hỗ trợ theo Nghị quyết số 245/2020/NQ-HĐND ngày 31/3/2020 của Hội đồng "
                        + "nhân dân tỉnh về chính sách hỗ trợ.", "NQ", "245/2020/NQ-HĐND", "2020-03-31",
                        "Hội đồng nhân dân tỉnh"),
                Arguments.of("được hưởng hỗ trợ theo Nghị quyết của số 245/2020/NQ-HĐND ngày 31/3/2020 của Hội đồng "
                        + "nhân dân tỉnh với tổng kinh phí lớn.", "NQ", "245/2020/NQ-HĐND", "2020-03-31",
                        "Hội đồng nhân dân tỉnh"),
                Arguments.of("thực hiện tốt Chỉ thị 16 của Thủ tướng Chính phủ và sự chỉ đạo của Tỉnh về cách ly.",
                        "CT", "16", null, "Thủ tướng Chính phủ"),
                Arguments.of("Tổ chức thực hiện hiệu quả Chỉ thị 05 của Bộ Chính trị về \"Đẩy mạnh học tập\".",
                        "CT", "05", null, "Bộ Chính trị"),
                Arguments.of("kế hoạch thực hiện Kết luận số 656-KL/TU ngày 29/3/2020 của Ban Thường vụ Tỉnh ủy tại cuộc "
                        + "làm việc.", "KL", "656-KL/TU", "2020-03-29", "Ban Thường vụ Tỉnh ủy"),
                Arguments.of("Thực hiện kết luận số 105/KL/TU ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh về thực hiện "
                        + "mục tiêu kép.", "KL", "105/KL/TU", "2021-06-15", "Ban Chấp hành Đảng bộ tỉnh"),
                Arguments.of("Thủ tướng Chính phủ đã có Công văn (số 118/TTg-KTN) đồng ý chủ trương.", "CV",
                        "118/TTg-KTN", null, null),
                Arguments.of("Thực hiện Thông báo kết luận số 1846 -TB/TU ngày 9/5/2021 của Thường trực Tỉnh ủy, huyện "
                        + "đã triển khai.", "TB", "1846-TB/TU", "2021-05-09", "Thường trực Tỉnh ủy"),
                Arguments.of("Căn cứ Nghị Quyết số 653/NQ – UBTVQH 14 ngày 12/3/2019 của Ủy ban Thường vụ Quốc hội về "
                        + "sắp xếp đơn vị hành chính.", "NQ", "653/NQ-UBTVQH14", "2019-03-12",
                        "Ủy ban Thường vụ Quốc hội"),
                Arguments.of("Căn cứ Thông tư liên tịch số: 27/2015/TTLT/BTC-BNV, ngày 12 tháng 3 năm 2015 của Bộ Tài "
                        + "chính và Bộ Nội vụ;", "TTLT", "27/2015/TTLT/BTC-BNV", "2015-03-12",
                        "Bộ Tài chính và Bộ Nội vụ"),
                Arguments.of("Căn cứ Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội;", "L", "80/2015/QH13",
                        "2015-06-22", "Quốc hội"),
                Arguments.of("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;", "L", "80/2015/QH13",
                        null, null),
                Arguments.of("Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15;", "L",
                        "30/2023/QH15", null, null),
                Arguments.of("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
                        "NĐ", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ"),
                Arguments.of("Ban hành kèm theo Quyết định số 2087/QĐ-UBND ngày 20-7-2021 của UBND tỉnh.", "QĐ",
                        "2087/QĐ-UBND", "2021-07-20", "UBND tỉnh"),
                Arguments.of("Phê duyệt theo Quyết định số 2087/QĐUBND của UBND tỉnh.", "QĐ", "2087/QĐUBND", null,
                        "UBND tỉnh"),
                Arguments.of("Thủ tục thực hiện theo Nghị định số 30/2020/NĐCP hiện hành.", "NĐ", "30/2020/NĐCP", null,
                        null),
                Arguments.of("Phấn đấu hoàn thành các chỉ tiêu theo 25-NQ/HU ngày 05/01/2021 của Ban Chấp hành Đảng bộ "
                        + "huyện đã đề ra.", "NQ", "25-NQ/HU", "2021-01-05", "Ban Chấp hành Đảng bộ huyện"),
                Arguments.of("Kế hoạch số 45/KH-UBND ngày 20 tháng 6 năm 2021 của UBND huyện Lục Ngạn về tiêu thụ vải.",
                        "KH", "45/KH-UBND", "2021-06-20", "UBND huyện Lục Ngạn"),
                Arguments.of("theo Quyết định số 12/QĐ-UBND ngày 31-3-2020 của Chủ tịch UBND huyện về việc thành lập.",
                        "QĐ", "12/QĐ-UBND", "2020-03-31", "Chủ tịch UBND huyện"),
                Arguments.of("Công văn số 5309 / UBND - TM ngày 27/10/2011 về phê duyệt phương án.", "CV",
                        "5309/UBND-TM", "2011-10-27", null),
                Arguments.of("căn cứ Quy định số 102 - QĐ / TW ngày 15/11/2017 của Bộ Chính trị về xử lý kỷ luật.",
                        "QĐi", "102-QĐ/TW", "2017-11-15", "Bộ Chính trị"),
                Arguments.of("Tại kết luận thanh tra số 2344 ngày 10-8-2016, Thanh tra thành phố đã nêu rõ sai phạm.",
                        "KL", "2344", "2016-08-10", null),
                Arguments.of("Sở nhận được Công văn hỏa tốc số 3734/BYT của Bộ Y tế đề nghị kiểm tra.", "CV", "3734/BYT",
                        null, "Bộ Y tế"),
                Arguments.of("thực hiện nghiêm Chỉ thị số 36-CT/TU ngày 28/4/2020 của Ban Thường vụ Tỉnh ủy và Công điện "
                        + "của UBND tỉnh.", "CT", "36-CT/TU", "2020-04-28", "Ban Thường vụ Tỉnh ủy"),
                Arguments.of("Mức phạt theo Nghị định 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính.", "NĐ",
                        "100/2019/NĐ-CP", null, null),
                Arguments.of("theo quyết định số 32/2014 của UBND tỉnh Bà Rịa - Vũng Tàu quy định hạn mức.", "QĐ",
                        "32/2014", null, "UBND tỉnh Bà Rịa - Vũng Tàu"),
                Arguments.of("Theo Thông tư số 01/2020/TT-BYT ngày 16 tháng 01 năm 2020 của Bộ Y tế, mức thu mới áp dụng.",
                        "TT", "01/2020/TT-BYT", "2020-01-16", "Bộ Y tế"),
                Arguments.of("theo văn bản số 109 / TB - VPCP ngày 14-7-2018 của Văn phòng Chính phủ.", "TB",
                        "109/TB-VPCP", "2018-07-14", "Văn phòng Chính phủ"),
                Arguments.of("UBND tỉnh có văn bản số 512/UBND-TH của UBND tỉnh gửi các sở.", "CV", "512/UBND-TH", null,
                        "UBND tỉnh"),
                Arguments.of("Ông A nhận Quyết định xử phạt vi phạm hành chính số 5585/QĐ-XPVPHC ngày 3/4/2019.", "QĐ",
                        "5585/QĐ-XPVPHC", "2019-04-03", null),
                Arguments.of("Căn cứ Luật Đất đai số 45/2013/QH13 của Quốc hội;", "L", "45/2013/QH13", null, "Quốc hội"),
                Arguments.of("triển khai Nghị quyết 54 của Quốc hội khóa XIV về thí điểm cơ chế đặc thù.", "NQ", "54", null,
                        "Quốc hội"),
                Arguments.of("theo Quyết định 12/2020/QĐ-UBND ngày 5/3 của UBND tỉnh.", "QĐ", "12/2020/QĐ-UBND",
                        "2020-03-05", "UBND tỉnh"),
                Arguments.of("sửa đổi quyết định số 2283 ngày 4-9 của UBND thành phố Cần Thơ.", "QĐ", "2283", "--09-04",
                        "UBND thành phố Cần Thơ"),
                Arguments.of("theo Nghị định 43 năm 2014 của Chính phủ hướng dẫn Luật Đất đai.", "NĐ", "43", null,
                        "Chính phủ"),
                Arguments.of("Cơ quan điều tra đã ra Quyết định khởi tố bị can số 202 đối với ông B.", "QĐ", "202", null,
                        null),
                Arguments.of("Các cơ sở Đảng học tập nghị quyết số 22 - NQ / TW của Bộ Chính trị.", "NQ", "22-NQ/TW", null,
                        "Bộ Chính trị"),
                Arguments.of("thực hiện Chỉ thị 15 ngày 27/3/2020 của Thủ tướng Chính phủ về quyết liệt phòng chống dịch.",
                        "CT", "15", "2020-03-27", "Thủ tướng Chính phủ"),
                Arguments.of("thực hiện Kế hoạch 41 của UBND huyện về đo đạc đất đai.", "KH", "41", null, "UBND huyện"),
                Arguments.of("việc thực hiện nghị quyết số 100/2015 / QH 13 phê duyệt chủ trương đầu tư.", "NQ",
                        "100/2015/QH13", null, null),
                Arguments.of("Căn cứ Bộ luật Hình sự số 100/2015/QH13 ngày 27/11/2015;", "L", "100/2015/QH13",
                        "2015-11-27", null),
                Arguments.of("theo Thông tư 01/2016 quy định nhiệm vụ, quyền hạn.", "TT", "01/2016", null, null),
                Arguments.of("Thực hiện Nghị quyết 42 của Chính phủ bảo đảm an sinh xã hội cho người dân.", "NQ", "42",
                        null, "Chính phủ"),
                Arguments.of("theo Nghị quyết 35 của Chính phủ hiện nay đang được sửa đổi.", "NQ", "35", null,
                        "Chính phủ"),
                Arguments.of("theo công văn số 226 / BC - TTr mà Thanh tra Bộ VH - TT & DL gửi Bộ trưởng.", "CV",
                        "226/BC-TTr", null, null),
                Arguments.of("thông tư số 46 của Bộ LĐ - TB & XH về chế độ.", "TT", "46", null, "Bộ LĐ - TB & XH"),
                Arguments.of("Thực hiện Nghị quyết số 05 của Bộ chính trị về tăng cường.", "NQ", "05", null,
                        "Bộ chính trị"),
                Arguments.of("thông qua Nghị quyết 2401 của Hội đồng Bảo an Liên Hợp Quốc, kêu gọi ngừng bắn.", "NQ",
                        "2401", null, "Hội đồng Bảo an Liên Hợp Quốc"),
                Arguments.of("Tại bản kết luận số 20 / VSDTTU - BTN ngày 1/11/2018 của Viện vệ sinh dịch tễ Trung ương đã"
                        + " tóm tắt.", "KL", "20/VSDTTU-BTN", "2018-11-01", "Viện vệ sinh dịch tễ Trung ương"),
                Arguments.of("UBND tỉnh đã có Kết luận thanh tra số 05 ngày 21-2-2019 của Thanh tra thành phố tại Tổng "
                        + "công ty.", "KL", "05", "2019-02-21", "Thanh tra thành phố"),
                Arguments.of("Điều tra viên xác định kết luận số 100 của VKS nói rằng bị can phạm tội.", "KL", "100",
                        null, "VKS"),
                Arguments.of("Cụ thể, quyết định số 1918 của Thủ tướng Chính phủ quy định nguồn kinh phí.", "QĐ", "1918",
                        null, "Thủ tướng Chính phủ"),
                Arguments.of("hành động có thể vi phạm Nghị quyết 2087 của Hội đồng Bảo an Liên Hợp Quốc.", "NQ", "2087",
                        null, "Hội đồng Bảo an Liên Hợp Quốc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citations")
    void readsTheCitation(String sentence, String kind, String number, String date, String issuer) {
        List<Reference> found = refs(sentence);
        assertThat(found).hasSize(1);
        Reference r = found.get(0);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.number()).isEqualTo(number);
        assertThat(r.date()).isEqualTo(date);
        assertThat(r.issuer()).isEqualTo(issuer);
        assertThat(sentence.substring(r.start(), r.end())).isEqualTo(r.text());
        assertThat(r.text().replaceAll("[\\s/–-]", "")).contains(number.replaceAll("[/-]", ""));
    }

    /** Numbers, dates and kind words that are not citations of a document. */
    static Stream<String> notCitations() {
        return Stream.of(
                "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ V đã thảo luận nhiều nội dung.",
                "Huyện ủy sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV.",
                "thực hiện nghiêm Công điện của UBND tỉnh về tiếp tục phòng chống dịch.",
                "Ngày 31/3/2020, huyện tổ chức hội nghị tổng kết; ngày 20 tháng 6 năm 2021 họp tiếp.",
                "tăng cường phòng chống dịch Covid-19 trên địa bàn huyện.",
                "Dự án nâng cấp tỉnh lộ 330 đoạn qua xã Tân Sơn đã hoàn thành.",
                "Mọi thông tin xin liên hệ số điện thoại 0204.3882.123 hoặc 0912 345 678.",
                "Kỳ họp thứ 14 HĐND tỉnh khóa XV khai mạc sáng nay.",
                "Tổng kinh phí hỗ trợ là 5,8 tỷ đồng cho 3.413 hộ.",
                "Ông được bầu làm đại biểu Quốc hội khóa XV.",
                "Chủ tịch UBND huyện trao Quyết định khen thưởng cho 12 tập thể.",
                "Huyện xây dựng Kế hoạch 5 năm 2021-2025 về phát triển kinh tế.",
                "Báo cáo 6 tháng đầu năm 2021 cho thấy kinh tế tăng trưởng khá.",
                "Hội nghị đã quyết định 3 nội dung quan trọng và kết luận 2 vấn đề.",
                "UBND huyện ban hành Kế hoạch 2021 về chuyển đổi số.",
                "Tỉnh triển khai Kế hoạch 2016/2020 về giảm nghèo bền vững.",
                "Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
                "Viện kiểm sát đã hoàn tất Cáo trạng số 08/CT-VKSTC truy tố các bị can.",
                "Tàu khu trục lớp Đô đốc Gorshkov (Đề án 22350) từ Hạm đội phương Bắc.",
                "Các bị cáo bị xử phạt theo Điều 12 Luật Đất đai năm 2013.",
                "Người vi phạm có thể bị phạt, quy định số tiền 711,5 triệu đồng phải nộp.",
                "Đồng chí hướng dẫn 5 bước triển khai và thông báo 3 trường hợp vi phạm.",
                "Quyết định số phận của doanh nghiệp nằm ở chất lượng sản phẩm.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCitations")
    void findsNoCitation(String sentence) {
        assertThat(refs(sentence)).isEmpty();
    }

    @Test
    void oneDocumentCitedTwiceIsOneEntryWithTheFullestNumber() {
        String raw = "V/v thực hiện kết luận số 105/TU của\nBCH Đảng bộ tỉnh\n\n"
                + "Thực hiện kết luận số 105/KL/TU ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh về thực hiện mục tiêu kép,"
                + " Ban Thường vụ Huyện ủy yêu cầu. Kết luận số 105-KL/TU cần được quán triệt.";
        List<Reference> found = refs(raw, DocType.OFFICIAL_LETTER);
        assertThat(found).hasSize(1);
        Reference r = found.get(0);
        assertThat(r.kind()).isEqualTo("KL");
        assertThat(r.number()).isEqualTo("105/KL/TU");
        assertThat(r.date()).isEqualTo("2021-06-15");
        assertThat(r.issuer()).isEqualTo("BCH Đảng bộ tỉnh");
        assertThat(r.text()).isEqualTo("kết luận số 105/TU của\nBCH Đảng bộ tỉnh");
        assertThat(r.start()).isEqualTo(raw.indexOf("kết luận số 105/TU"));
    }

    @Test
    void documentsWithTheSameNumberButAnotherSymbolStayApart() {
        List<Reference> found = refs("Thực hiện Chỉ thị 16/CT-TTg của Thủ tướng và Chỉ thị số 16/CT-UBND của UBND tỉnh,"
                + " nhất là Chỉ thị 16 về cách ly toàn xã hội.");
        assertThat(found).extracting(Reference::number).containsExactly("16/CT-TTg", "16/CT-UBND");
    }

    @Test
    void aListGivesOneEntryPerNumber() {
        List<Reference> found = refs("Quán triệt các Nghị quyết số 12-NQ/TU, 13-NQ/TU và 14-NQ/TU của Tỉnh ủy khóa XIX.");
        assertThat(found).extracting(Reference::number).containsExactly("12-NQ/TU", "13-NQ/TU", "14-NQ/TU");
        assertThat(found).extracting(Reference::kind).containsOnly("NQ");
        assertThat(found).extracting(Reference::issuer).containsOnly("Tỉnh ủy");
        assertThat(found.get(1).text()).isEqualTo("13-NQ/TU");
    }

    @Test
    void aListOfBareNumbersAfterTheKindWord() {
        List<Reference> found = refs("thực hiện nghiêm Chỉ thị 15, 16 và 19 của Thủ tướng Chính phủ.");
        assertThat(found).extracting(Reference::number).containsExactly("15", "16", "19");
        assertThat(found).extracting(Reference::issuer).containsOnly("Thủ tướng Chính phủ");
    }

    @Test
    void theOwnNumberOfALetterIsNoReference() {
        String raw = "ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN\n\nSố 334 - CV/HU\n\n"
                + "V/v thực hiện kết luận số 105/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLục Ngạn, ngày 20 tháng 6 năm 2021\n\n"
                + "Thực hiện Nghị quyết số 25-NQ/HU ngày 05/01/2021 của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ yêu cầu"
                + " thực hiện nghiêm công văn này (Công văn số 334-CV/HU).";
        List<Reference> found = refs(raw, DocType.OFFICIAL_LETTER);
        assertThat(found).extracting(Reference::number).containsExactly("105/TU", "25-NQ/HU");
    }

    @Test
    void theOwnNumberLineOfAnAdministrativeLetterInATable() {
        String raw = "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n| Số: 512/UBND-TH | Hậu Giang, ngày 3 tháng 5 năm 2021 |\n\n"
                + "Thực hiện Quyết định số 2087/QĐ-UBND ngày 20/7/2020 của UBND tỉnh, các sở triển khai.";
        List<Reference> found = refs(raw, DocType.OFFICIAL_LETTER);
        assertThat(found).extracting(Reference::number).containsExactly("2087/QĐ-UBND");
    }

    @Test
    void aCitationBrokenOverLines() {
        String raw = "Thực hiện Nghị quyết số\n20-NQ/TU ngày\n02/12/2019 của\nTỉnh ủy về phương hướng nhiệm vụ.";
        List<Reference> found = refs(raw);
        assertThat(found).hasSize(1);
        Reference r = found.get(0);
        assertThat(r.number()).isEqualTo("20-NQ/TU");
        assertThat(r.date()).isEqualTo("2019-12-02");
        assertThat(r.issuer()).isEqualTo("Tỉnh ủy");
        assertThat(r.text()).isEqualTo(raw.substring(raw.indexOf("Nghị quyết"), raw.indexOf(" về")));
    }

    @Test
    void aSymbolBrokenAfterItsSeparator() {
        List<Reference> found = refs("Căn cứ Nghị quyết số 245/2020/\nNQ-HĐND ngày 31/3/2020.");
        assertThat(found).extracting(Reference::number).containsExactly("245/2020/NQ-HĐND");
    }

    @Test
    void spansPointAtTheRawTextThroughNfdAndMarkdown() {
        String nfd = java.text.Normalizer.normalize("Thực hiện **Nghị quyết số 20-NQ/TU** ngày 02/12/2019 của Tỉnh ủy"
                + " về phương hướng, nhiệm vụ năm 2020.", java.text.Normalizer.Form.NFD);
        String raw = "# Tin hoạt động\n\n" + nfd;
        List<Reference> found = refs(raw);
        assertThat(found).hasSize(1);
        Reference r = found.get(0);
        assertThat(r.text()).isEqualTo(raw.substring(r.start(), r.end()));
        assertThat(r.text()).startsWith(java.text.Normalizer.normalize("Nghị", java.text.Normalizer.Form.NFD))
                .contains("20-NQ/TU").endsWith(java.text.Normalizer.normalize("Tỉnh ủy", java.text.Normalizer.Form.NFD));
        assertThat(r.issuer()).isEqualTo("Tỉnh ủy");
        assertThat(r.date()).isEqualTo("2019-12-02");
    }

    @Test
    void issuerInTheOtherTonePlacementIsStillRead() {
        Normalizer modern = Normalizer.create(TonePlacement.MODERN);
        List<Reference> found = EXTRACTOR.extract(new ExtractionContext(modern.normalize(
                "Theo Công văn hỏa tốc số 12/UBND-VX của Ủy ban nhân dân tỉnh về phòng dịch."), DocType.NEWS_ITEM, null));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).issuer()).isEqualTo("Uỷ ban nhân dân tỉnh");
        assertThat(found.get(0).number()).isEqualTo("12/UBND-VX");
    }

    @Test
    void inOrderOfFirstMention() {
        List<Reference> found = refs("Theo 25-NQ/HU, Chỉ thị 05 của Bộ Chính trị và Nghị định số 30/2020/NĐ-CP; "
                + "nhắc lại Chỉ thị 05.");
        assertThat(found).extracting(Reference::number).containsExactly("25-NQ/HU", "05", "30/2020/NĐ-CP");
        assertThat(found).extracting(Reference::kind).containsExactly("NQ", "CT", "NĐ");
    }

    @Test
    void pathologicalInputsFinishFast() {
        StringBuilder digits = new StringBuilder();
        StringBuilder kinds = new StringBuilder();
        StringBuilder list = new StringBuilder("Các Nghị quyết số ");
        StringBuilder titles = new StringBuilder("Luật");
        for (int i = 0; digits.length() < 1_000_000; i++) {
            digits.append(i % 10).append(i % 3 == 0 ? "/" : i % 3 == 1 ? "-" : "");
        }
        while (kinds.length() < 1_000_000) {
            kinds.append("Nghị quyết số 1/2020/NQ-HĐND-UBND-TU-HU-TW ngày 1/1 của Chỉ thị ");
        }
        for (int i = 0; list.length() < 1_000_000; i++) {
            list.append(i).append("-NQ/TU, ");
        }
        while (titles.length() < 1_000_000) {
            titles.append(" pháp luật số");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(refs(digits.toString())).isEmpty();
            assertThat(refs(kinds.toString())).hasSize(1);
            assertThat(refs(list.toString())).hasSizeGreaterThan(50_000);
            assertThat(refs(titles.toString())).isEmpty();
        });
    }
}
