package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietNumberTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.209 | 1209
            5,8 | 5.8
            49,7 | 49.7
            3.416,27 | 3416.27
            615,472 | 615.472
            02 | 2
            2.450.000 | 2450000
            """)
    void readsDigits(String written, String value) {
        assertThat(VietNumber.parseDigits(written)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hai | 2
            mười | 10
            mười lăm | 15
            năm mươi tám | 58
            hai mươi mốt | 21
            một trăm | 100
            một trăm linh năm | 105
            ba trăm hai mươi tư | 324
            """)
    void readsWords(String written, String value) {
        assertThat(VietNumber.parseWords(written)).isEqualByComparingTo(value);
    }

    @Test
    void rejectsWordsThatAreNoNumber() {
        assertThat(VietNumber.parseWords("hai hộ")).isNull();
    }

    @Test
    void stacksScaleWords() {
        assertThat(VietNumber.scale(" nghìn")).isEqualByComparingTo("1000");
        assertThat(VietNumber.scale(" tỉ")).isEqualByComparingTo("1000000000");
        assertThat(VietNumber.scale(" nghìn tỷ")).isEqualByComparingTo("1000000000000");
        assertThat(VietNumber.scale("")).isEqualByComparingTo("1");
    }

    @Test
    void plainHasNoExponentNorTrailingZeros() {
        BigDecimal v = VietNumber.plain(VietNumber.parseDigits("5,8").multiply(VietNumber.scale(" tỷ")));
        assertThat(v.toString()).isEqualTo("5800000000");
        assertThat(VietNumber.plain(new BigDecimal("41.30")).toString()).isEqualTo("41.3");
    }
}
