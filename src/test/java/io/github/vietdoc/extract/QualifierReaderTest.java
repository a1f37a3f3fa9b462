package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            sản lượng khoảng | APPROXIMATE | false
            gần như | APPROXIMATE | false
            xấp xỉ | APPROXIMATE | false
            kinh phí hơn | MORE_THAN | false
            Trên | MORE_THAN | false
            ước đạt gần | LESS_THAN | true
            chưa đến | LESS_THAN | false
            ít nhất | AT_LEAST | false
            tối thiểu | AT_LEAST | false
            tối đa | AT_MOST | false
            không quá | AT_MOST | false
            dự kiến khoảng | APPROXIMATE | true
            sản lượng ước đạt | - | true
            ước tính | - | true
            với | - | false
            """)
    void readsCues(String before, String qualifier, boolean estimated) {
        String text = before + " 5 tấn";
        QualifierReader.Cue cue = QualifierReader.read(text, before.length() + 1, false);
        assertThat(cue.qualifier()).isEqualTo(qualifier == null ? null : Qualifier.valueOf(qualifier));
        assertThat(cue.estimated()).isEqualTo(estimated);
    }

    @Test
    void fromIsAtLeastOnlyWithOrMore() {
        assertThat(QualifierReader.read("từ 10 ha", 3, true).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(QualifierReader.read("từ 10 ha", 3, false).qualifier()).isNull();
    }

    @Test
    void cueStartsTheSpan() {
        String text = "thu ước đạt hơn 1,7 tỷ đồng";
        assertThat(QualifierReader.read(text, text.indexOf('1'), false).start()).isEqualTo(text.indexOf("ước"));
    }

    @Test
    void wordEndingLikeACueIsNoCue() {
        assertThat(QualifierReader.read("thơn 5", 5, false).qualifier()).isNull();
    }
}
