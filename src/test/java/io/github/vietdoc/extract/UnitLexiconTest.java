package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.IndicatorKind;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitLexiconTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tấn | tấn | MASS
            héc-ta | ha | AREA
            hécta | ha | AREA
            m² | m2 | AREA
            m³ | m3 | VOLUME
            đô la | USD | MONEY
            USD | USD | MONEY
            nhân dân tệ | CNY | MONEY
            VNĐ | đồng | MONEY
            cây số | km | LENGTH
            kWh | kWh | OTHER
            vụ cháy | vụ | COUNT
            hộ nghèo | hộ | COUNT
            Tổ | tổ | COUNT
            lò sấy | lò sấy | COUNT
            thành  viên | thành viên | COUNT
            """)
    void looksUpCanonicalUnits(String term, String canonical, String kind) {
        UnitLexicon.Unit u = UnitLexicon.get().lookup(term);
        assertThat(u).isNotNull();
        assertThat(u.canonical()).isEqualTo(canonical);
        assertThat(u.kind()).isEqualTo(IndicatorKind.valueOf(kind));
    }

    @Test
    void rateDenominatorsHaveACanonicalForm() {
        assertThat(UnitLexicon.get().rateDenominator("giờ")).isEqualTo("h");
        assertThat(UnitLexicon.get().rateDenominator("héc-ta")).isEqualTo("ha");
        assertThat(UnitLexicon.get().rateDenominator("Hộ")).isEqualTo("hộ");
    }

    @Test
    void percentIsAUnitOfItsOwn() {
        assertThat(UnitLexicon.get().forText(" %").kind()).isEqualTo(IndicatorKind.PERCENT);
        assertThat(UnitLexicon.get().forText(" mét vuông").canonical()).isEqualTo("m2");
        assertThat(UnitLexicon.get().forText("tháng")).isNull();
    }

    @Test
    void unknownWordsAreNoUnits() {
        assertThat(UnitLexicon.get().lookup("tháng")).isNull();
        assertThat(UnitLexicon.get().lookup("năm")).isNull();
    }

    @Test
    void longerTermsComeFirst() {
        var m = Pattern.compile(UnitLexicon.get().alternation()).matcher("đồng chí");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group()).isEqualTo("đồng chí");
    }
}
