package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.IndicatorKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoundReaderTest {
    private static final UnitLexicon.Unit DONG = new UnitLexicon.Unit("đồng", IndicatorKind.MONEY);
    private static final UnitLexicon.Unit HA = new UnitLexicon.Unit("ha", IndicatorKind.AREA);
    private static final UnitLexicon.Unit PERCENT = new UnitLexicon.Unit("%", IndicatorKind.PERCENT);

    @Test
    void repeatedTotal() {
        String text = "có 144.748 xe / 459.438 xe không truyền";
        BoundReader.Bound b = BoundReader.repeatedTotal(text, 13, UnitLexicon.get().lookup("xe"));
        assertThat(b.number()).isEqualByComparingTo("459438");
        assertThat(text.substring(0, b.end())).endsWith("459.438 xe");
        assertThat(BoundReader.repeatedTotal(text, 13, UnitLexicon.get().lookup("hộ"))).isNull();
    }

    @Test
    void rangeWithTheUnitAgain() {
        String text = "phạt tiền từ 5 triệu đồng đến 50 triệu đồng";
        int start = text.indexOf('5');
        int end = text.indexOf(" đến");
        BoundReader.Bound b = BoundReader.secondBound(text, start, end, new BigDecimal(5_000_000), DONG, null);
        assertThat(b.number()).isEqualByComparingTo("50000000");
        assertThat(b.end()).isEqualTo(text.length());
    }

    @Test
    void aRangeMustGrowButAChangeMayFall() {
        String range = "50 ha đến 15 ha";
        assertThat(BoundReader.secondBound(range, 0, 5, new BigDecimal(50), HA, null)).isNull();
        String change = "từ 4,12% xuống còn 2,87%";
        BoundReader.Bound b = BoundReader.secondBound(change, 3, 8, new BigDecimal("4.12"), PERCENT, null);
        assertThat(b.number()).isEqualByComparingTo("2.87");
    }

    @Test
    void bareConIsAChangeOnlyAfterTu() {
        String text = "đã hỗ trợ 5 hộ còn 3 hộ chưa nhận";
        UnitLexicon.Unit ho = UnitLexicon.get().lookup("hộ");
        assertThat(BoundReader.secondBound(text, 10, 14, new BigDecimal(5), ho, null)).isNull();
        String from = "giảm từ 42% còn 21%";
        assertThat(BoundReader.secondBound(from, 8, 11, new BigDecimal(42), PERCENT, null).number())
                .isEqualByComparingTo("21");
    }

    @Test
    void changeOverAYear() {
        String text = "tăng từ 3.200 ha năm 2020 lên 4.150 ha.";
        BoundReader.Bound b = BoundReader.secondBound(text, 8, 16, new BigDecimal(3200), HA, null);
        assertThat(b.number()).isEqualByComparingTo("4150");
    }

    @Test
    void ratesMustShareTheirDenominator() {
        String same = "40.000 đồng/hộ/tháng lên 70.000 đồng / hộ / tháng";
        assertThat(BoundReader.secondBound(same, 0, 20, new BigDecimal(40000), DONG, "/hộ/tháng")).isNotNull();
        String other = "40.000 đồng/hộ lên 70.000 đồng/người";
        assertThat(BoundReader.secondBound(other, 0, 14, new BigDecimal(40000), DONG, "/hộ")).isNull();
    }

    @Test
    void startSaidAfter() {
        String text = "đạt 64,7%, tăng từ 38,2% năm 2023.";
        BoundReader.Bound b = BoundReader.startSaidAfter(text, 9, PERCENT);
        assertThat(b.number()).isEqualByComparingTo("38.2");
        assertThat(text.substring(9, b.end())).isEqualTo(", tăng từ 38,2% năm 2023");
    }

    @Test
    void orMore() {
        String plain = "từ 10 ha trở lên";
        assertThat(BoundReader.orMoreEnd(plain, 3, 8)).isEqualTo(plain.length());
        String nouns = "quy mô từ 50 con trâu, bò trở lên phải";
        assertThat(BoundReader.orMoreEnd(nouns, 10, 16)).isEqualTo(nouns.indexOf(" phải"));
        String noFrom = "có 50 con trâu, bò trở lên";
        assertThat(BoundReader.orMoreEnd(noFrom, 3, 9)).isEqualTo(-1);
    }
}
