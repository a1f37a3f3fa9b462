package io.github.vietdoc.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocTypeClassifierTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final DocTypeClassifier CLASSIFIER = new DocTypeClassifier();

    private static Classification classify(String text) {
        return CLASSIFIER.classify(NORMALIZER.normalize(text));
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN\n*\nSố 334 - CV/HU\nV/v thực hiện kết luận\n"
                        + "ĐẢNG CỘNG SẢN VIỆT NAM\nKính gửi: Các chi bộ.", DocType.OFFICIAL_LETTER, "Công văn"),
                Arguments.of("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 512/UBND-TH\nV/v báo cáo tình hình\n"
                        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKính gửi: Các sở, ngành tỉnh.\n"
                        + "Nội dung.\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", DocType.OFFICIAL_LETTER, null),
                Arguments.of("TỈNH ỦY QUẢNG NINH\nSố 312-KL/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nKẾT LUẬN\n"
                        + "của Ban Thường vụ Tỉnh ủy về công tác cán bộ", DocType.CONCLUSION, "Kết luận"),
                Arguments.of("HUYỆN ỦY TRỰC NINH\nSố 45-TB/HU\nTHÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY\n"
                        + "tại buổi làm việc với Đảng ủy xã", DocType.CONCLUSION, "Thông báo kết luận"),
                Arguments.of("HỘI ĐỒNG NHÂN DÂN\nTỈNH HẬU GIANG\nSố:\n18/2023/NQ-HĐND\nNGHỊ QUYẾT\nQuy định mức hỗ trợ",
                        DocType.RESOLUTION, "Nghị quyết"),
                Arguments.of("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC GIANG | Độc lập - Tự do - Hạnh phúc\n"
                        + "Số: 2087/QĐ-UBND | Bắc Giang, ngày 5 tháng 6 năm 2023\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch",
                        DocType.DECISION, "Quyết định"),
                Arguments.of("UBND TỈNH NAM ĐỊNH\nSố: 2087/QĐUBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "Nam Định, ngày 1 tháng 2 năm 2024\nVề việc thành lập tổ công tác", DocType.DECISION, "Quyết định"),
                Arguments.of("TỈNH ỦY BẮC GIANG\nSố 15-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nCHỈ THỊ\nvề tăng cường lãnh đạo",
                        DocType.DIRECTIVE, "Chỉ thị"),
                Arguments.of("ỦY BAN NHÂN DÂN\nHUYỆN LỤC NGẠN\nSố: 45/KH-UBND\nKẾ HOẠCH\nThực hiện chương trình",
                        DocType.PLAN, "Kế hoạch"),
                Arguments.of("ỦY BAN NHÂN DÂN\nXÃ NAM SƠN\nSố: 20/BC-UBND\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023",
                        DocType.REPORT, "Báo cáo"),
                Arguments.of("BAN TUYÊN GIÁO TỈNH ỦY\nSố 10-HD/BTGTU\nHƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập",
                        DocType.GUIDANCE, "Hướng dẫn"),
                Arguments.of("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 30/TTr-UBND\nTỜ TRÌNH\nVề việc đề nghị ban hành nghị quyết",
                        DocType.OTHER_DOCUMENT, "Tờ trình"),
                Arguments.of("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/CĐ-UBND\nCÔNG ĐIỆN\nVề việc ứng phó bão số 3",
                        DocType.OFFICIAL_LETTER, "Công điện"),
                Arguments.of("UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ Độc lập - Tự do - Hạnh phúc\n"
                        + "PHÁT TRIỂN NÔNG THÔN\nSố: 1587/SNN-TTBVTV Phú Thọ, ngày 18 tháng 8 năm 2023\n"
                        + "V/v tập trung phòng trừ rầy nâu\n\nKính gửi: UBND huyện Lâm Thao.",
                        DocType.OFFICIAL_LETTER, null));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void headersDecideByRule(String text, DocType type, String kind) {
        Classification c = classify(text);
        assertThat(c.type()).as(c.evidence().toString()).isEqualTo(type);
        if (kind != null) {
            assertThat(c.documentKind()).isEqualTo(kind);
        }
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(c.evidence()).anyMatch(e -> e.startsWith("rule:"));
    }

    static Stream<Arguments> webPagesAndNews() {
        return Stream.of(
                Arguments.of("Thông báo kết luận của Thường trực Huyện ủy tại buổi làm việc với Đảng ủy xã Tân Lập\n\n"
                        + "Ngày 09/3/2023, Thường trực Huyện ủy làm việc với Đảng ủy xã. Sau khi nghe báo cáo, Thường trực "
                        + "Huyện ủy kết luận như sau:\n1. Đảng ủy xã tập trung lãnh đạo.\n2. Rà soát quy hoạch.", DocType.CONCLUSION),
                Arguments.of("Kết luận của đồng chí Bí thư Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy Yên Thế\n\n"
                        + "Ngày 12/5, đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy. Đồng chí kết luận:\n"
                        + "1. Tập trung phát triển kinh tế.\n2. Làm tốt công tác cán bộ.", DocType.CONCLUSION),
                Arguments.of("Huyện ủy triển khai kế hoạch thực hiện Nghị quyết Đại hội\n\nSáng 9/10, Ban Thường vụ Huyện ủy "
                        + "tổ chức hội nghị triển khai Kế hoạch số 12-KH/HU về thực hiện Nghị quyết Đại hội Đảng bộ huyện. "
                        + "Đồng chí Bí thư Huyện ủy chủ trì hội nghị.", DocType.NEWS_ITEM),
                Arguments.of("Tỉnh ban hành quyết định phê duyệt quy hoạch\n\nChiều 14.5, UBND tỉnh công bố Quyết định số "
                        + "2087/QĐ-UBND phê duyệt quy hoạch chung đô thị. Phó Chủ tịch UBND tỉnh phát biểu tại lễ công bố.",
                        DocType.NEWS_ITEM),
                Arguments.of("Bắt đối tượng trộm cắp tài sản\n\nNgày 25/2, Công an huyện bắt giữ đối tượng trộm 3 xe máy "
                        + "của người dân. Vụ việc đang được điều tra làm rõ.", DocType.NEWS_ITEM),
                Arguments.of("Giá vàng hôm nay tăng mạnh\n\nGiá vàng trong nước sáng nay tăng 500.000 đồng mỗi lượng, theo "
                        + "thông báo của các doanh nghiệp kinh doanh vàng.", DocType.NEWS_ITEM));
    }

    @ParameterizedTest
    @MethodSource("webPagesAndNews")
    void webPagesWithoutHeaders(String text, DocType type) {
        Classification c = classify(text);
        assertThat(c.type()).as(c.evidence().toString()).isEqualTo(type);
    }

    @Test
    void aNewsItemCitingDocumentsIsNews() {
        Classification c = classify("Ban Thường vụ Huyện ủy đánh giá kết quả công tác tháng 4\n\n05/05/2020 09:00\n\n"
                + "Ngày 04/5, Ban Thường vụ Huyện ủy tổ chức hội nghị. Kết luận hội nghị, đồng chí Bí thư yêu cầu thực "
                + "hiện nghiêm Chỉ thị số 36-CT/TU ngày 28/4/2020 và Kết luận số 656-KL/TU của Ban Thường vụ Tỉnh ủy.");
        assertThat(c.type()).isEqualTo(DocType.NEWS_ITEM);
        assertThat(c.documentKind()).isNull();
        assertThat(c.evidence()).contains("news lead").noneMatch(e -> e.startsWith("number line"));
    }

    @Test
    void aNewsSentenceStartingWithSoIsNoNumberLine() {
        Classification c = classify("Tin tức\n\nSố 3 bệnh nhân đã khỏi bệnh.\nSố lượng khách tăng.");
        assertThat(c.evidence()).noneMatch(e -> e.startsWith("number line"));
    }

    @Test
    void evidenceNamesTheCues() {
        Classification c = classify("ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN\nSố 334 - CV/HU\nV/v thực hiện\n"
                + "ĐẢNG CỘNG SẢN VIỆT NAM\nNội dung.\nNơi nhận:\n- Lưu.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ");
        assertThat(c.evidence()).contains("motto", "issuer header", "number line CV", "V/v line", "Nơi nhận", "signer block");
    }

    @Test
    void crossValidatedAccuracyOfTheCategorizer() throws Exception {
        List<DocTypeModel.Example> examples = DocTypeModel.Examples.load();
        assertThat(examples.stream().map(DocTypeModel.Example::type).distinct().count()).isGreaterThanOrEqualTo(11);
        double accuracy = DocTypeModel.crossValidate(examples, 5);
        System.out.printf(java.util.Locale.ROOT, "document-type categorizer: %d examples, 5-fold accuracy %.3f%n",
                examples.size(), accuracy);
        // openings without any header are often ambiguous between the administrative kinds
        assertThat(accuracy).isGreaterThan(0.7);
    }

    @Test
    void crossValidatedAccuracyOfRulesAndCategorizerTogether() {
        List<DocTypeModel.Example> examples = DocTypeModel.Examples.load();
        int folds = 5;
        int right = 0;
        for (int k = 0; k < folds; k++) {
            List<DocTypeModel.Example> train = new java.util.ArrayList<>();
            List<DocTypeModel.Example> test = new java.util.ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % folds == k ? test : train).add(examples.get(i));
            }
            DocTypeClassifier classifier = new DocTypeClassifier(DocTypeModel.train(train));
            for (DocTypeModel.Example e : test) {
                if (classifier.classify(NORMALIZER.normalize(e.text().replace(" | ", "\n"))).type() == e.type()) {
                    right++;
                }
            }
        }
        double accuracy = (double) right / examples.size();
        System.out.printf(java.util.Locale.ROOT, "document-type classifier (rules + categorizer): 5-fold accuracy %.3f%n",
                accuracy);
        assertThat(accuracy).isGreaterThan(0.8);
    }
}
