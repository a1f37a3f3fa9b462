package io.github.vietdoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Document;
import io.github.vietdoc.model.Reference;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    private static final String RESOLUTION = "HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố:\n24/2023/NQ-HĐND\n"
            + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Nai, ngày 8 tháng 12 năm 2023\n\n"
            + "NGHỊ QUYẾT\nQuy định mức hỗ trợ lực lượng bảo vệ an ninh, trật tự ở cơ sở\n\n"
            + "Căn cứ Luật số 30/2023/QH15;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n\n"
            + "Điều 1. Phạm vi điều chỉnh.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A";

    @Test
    void aDocumentIsNeverItsOwnReference() {
        Document d = VietDoc.extractor().build().extract("nq.txt", RESOLUTION);
        assertThat(d.type()).isEqualTo(DocType.RESOLUTION);
        assertThat(d.letter()).isNotNull();
        assertThat(d.letter().number()).isEqualTo("24/2023/NQ-HĐND");
        assertThat(d.references()).extracting(Reference::number)
                .contains("30/2023/QH15", "30/2020/NĐ-CP").doesNotContain("24/2023/NQ-HĐND");
    }

    @Test
    void switchedOffExtractorsGiveEmptyResults() {
        Document d = VietDoc.extractor().features(Set.of(Feature.TASKS)).build().extract("nq.txt", RESOLUTION);
        assertThat(d.references()).isEmpty();
        assertThat(d.letter()).isNull();
        assertThat(d.type()).isEqualTo(DocType.RESOLUTION);
    }

    @Test
    void badInputGivesAnErrorDocumentNotAnException() {
        Extractor extractor = VietDoc.extractor().maxChars(100).build();
        assertThat(extractor.extract("a", "   ").error()).contains("empty");
        assertThat(extractor.extract("b", "x".repeat(101)).error()).contains("too large");
        assertThat(extractor.extract("c", new byte[] {0, 1, 2, 3, 0, 0}).error()).contains("binary");
    }
}
