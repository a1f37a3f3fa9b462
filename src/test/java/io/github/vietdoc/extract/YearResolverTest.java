package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearResolverTest {
    @Test
    void theAnchorGivesTheLatestYearNotAfterIt() {
        assertThat(YearResolver.fromAnchor(6, 25, "2018-06-26T10:31", "s").year()).isEqualTo(2018);
        assertThat(YearResolver.fromAnchor(6, 27, "2018-06-26T10:31", "s").year()).isEqualTo(2017);
        assertThat(YearResolver.fromAnchor(12, 28, "2021-01-03", "s").year()).isEqualTo(2020);
        assertThat(YearResolver.fromAnchor(6, 30, "2021-06", "s").year()).isEqualTo(2021);
        assertThat(YearResolver.fromAnchor(7, 1, "2021-06", "s").year()).isEqualTo(2020);
        assertThat(YearResolver.fromAnchor(12, 31, "2021", "s").year()).isEqualTo(2021);
        assertThat(YearResolver.fromAnchor(1, 1, "soon", "s")).isNull();
    }

    @Test
    void anchorsComeInOrderStampLetterReference() {
        assertThat(YearResolver.resolve(5, 4, "2020-05-05", "2019-01-01", LocalDate.of(2010, 1, 1), "năm 2030").source())
                .contains("publication");
        assertThat(YearResolver.resolve(5, 4, null, "2019-06-01", LocalDate.of(2010, 1, 1), "").year()).isEqualTo(2019);
        assertThat(YearResolver.resolve(5, 4, null, null, LocalDate.of(2010, 1, 1), "năm 2021").year()).isEqualTo(2009);
        assertThat(YearResolver.resolve(5, 4, null, null, null, "không có năm").year()).isNull();
    }

    @Test
    void textYearsLeaveOutRangesTargetsAndNumbers() {
        assertThat(YearResolver.latestTextYear("nhiệm kỳ 2020- 2025; năm 2021; nhiệm kỳ 2021 - 2026")).isEqualTo(2021);
        assertThat(YearResolver.latestTextYear("tháng 5 năm 2020, phấn đấu đến năm 2030, tầm nhìn 2045")).isEqualTo(2020);
        assertThat(YearResolver.latestTextYear("6 tháng cuối năm 2021")).isEqualTo(2021);
        assertThat(YearResolver.latestTextYear("Nghị quyết số 245/2020/NQ-HĐND ngày 31/3/2019")).isEqualTo(2019);
        assertThat(YearResolver.latestTextYear("giai đoạn 2021-2025 và khóa 2026")).isZero();
        assertThat(YearResolver.latestTextYear("12020 người, mã 20215")).isZero();
        assertThat(YearResolver.latestTextYear("vòng chung kết Euro 2024 có 2023 khán giả")).isZero();
        assertThat(YearResolver.latestTextYear("từ ngày 11-5-2021 đến nay")).isEqualTo(2021);
    }
}
