package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonReaderTest {
    @Test
    void readsPercentOfBaseline() {
        String text = "1.858 ha, bằng 170% với cùng kỳ; tích cực";
        ComparisonReader.Comparison c = ComparisonReader.read(text, 8);
        assertThat(c.relative().percent()).isEqualByComparingTo("170");
        assertThat(c.relative().baseline()).isEqualTo("cùng kỳ");
        assertThat(text.substring(8, c.end())).isEqualTo(", bằng 170% với cùng kỳ");
    }

    @Test
    void readsPlanShare() {
        ComparisonReader.Comparison c = ComparisonReader.read("X, đạt 68,2% kế hoạch", 1);
        assertThat(c.relative().percent()).isEqualByComparingTo("68.2");
        assertThat(c.relative().baseline()).isEqualTo("kế hoạch");
    }

    @Test
    void decreaseIsNegative() {
        ComparisonReader.Comparison c = ComparisonReader.read("X, giảm 2% so với cùng kỳ", 1);
        assertThat(c.relative().changePercent()).isEqualByComparingTo("-2");
        assertThat(c.relative().percent()).isNull();
    }

    @Test
    void baselineKeepsItsYear() {
        ComparisonReader.Comparison c = ComparisonReader.read("X, tăng 137% so với năm 2017. Ông", 1);
        assertThat(c.relative().baseline()).isEqualTo("năm 2017");
        ComparisonReader.Comparison d = ComparisonReader.read("X, bằng 96% so với cùng kỳ năm 2022, đứng", 1);
        assertThat(d.relative().baseline()).isEqualTo("cùng kỳ năm 2022");
    }

    @Test
    void increaseIsPositive() {
        ComparisonReader.Comparison c = ComparisonReader.read("X, tăng 6,18% so với cùng kỳ", 1);
        assertThat(c.relative().changePercent()).isEqualByComparingTo("6.18");
    }

    @Test
    void percentWithoutBaselineIsNoComparison() {
        // no comma after the value: the share is a figure of its own (tỷ lệ … mới đạt 49,7% dân số)
        assertThat(ComparisonReader.read("X mới đạt 49,7% dân số", 1)).isNull();
        assertThat(ComparisonReader.read("X; bằng 170% với cùng kỳ", 1)).isNull();
    }

    @Test
    void afterAValueAndACommaTheShareNamesItsBaseline() {
        ComparisonReader.Comparison c = ComparisonReader.read("X, đạt 49,7% dân số", 1);
        assertThat(c.relative().percent()).isEqualByComparingTo("49.7");
        assertThat(c.relative().baseline()).isEqualTo("dân số");
        ComparisonReader.Comparison d = ComparisonReader.read("X rừng tập trung, đạt 109,7% kế hoạch", 1);
        assertThat(d.relative().baseline()).isEqualTo("kế hoạch");
    }

    @Test
    void equivalentShareIsAPercentOfTheBaseline() {
        ComparisonReader.Comparison c = ComparisonReader.read("X, tương đương 64,3% kế hoạch vốn", 1);
        assertThat(c.relative().percent()).isEqualByComparingTo("64.3");
        assertThat(c.relative().baseline()).isEqualTo("kế hoạch vốn");
    }

    @Test
    void aChangeAfterACommaKeepsOnlyANamedBaseline() {
        ComparisonReader.Comparison c = ComparisonReader.read("X, tăng 12% trong năm", 1);
        assertThat(c.relative().changePercent()).isEqualByComparingTo("12");
        assertThat(c.relative().baseline()).isNull();
    }
}
