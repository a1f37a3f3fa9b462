package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.PartOfDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingDateParserTest {
    private static MeetingDateParser.LeadDate read(String s) {
        return MeetingDateParser.readLead(s, 0, s.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ngày 11/6, đồng chí|11|6|0|0",
            "Ngày 8-6, đồng chí|8|6|0|0",
            "Sáng ngày 7/3/2023, UBND|7|3|2023|0",
            "Chiều 14.5, Thường trực|14|5|0|0",
            "Ngày 23 - 11, Huyện ủy|23|11|0|0",
            "ngày 20 tháng 6 năm 2021, Ủy ban|20|6|2021|0",
            "trong hai ngày 12 - 13/8, Ban|12|8|0|13",
            "Ngày 12-13 tháng 8 năm 2022 tại|12|8|2022|13",
            "sáng nay 15/7, Hội đồng|15|7|0|0"})
    void readsEveryForm(String s, int day, int month, int year, int lastDay) {
        MeetingDateParser.LeadDate d = read(s);
        assertThat(d).isNotNull();
        assertThat(d.day()).isEqualTo(day);
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.year()).isEqualTo(year);
        assertThat(d.lastDay()).isEqualTo(lastDay);
        assertThat(s.substring(d.start(), d.end())).doesNotEndWith(",").doesNotEndWith(" ");
    }

    @Test
    void readsThePartOfDay() {
        assertThat(read("Tối 26/9, tại").partOfDay()).isEqualTo(PartOfDay.EVENING);
        assertThat(read("Chiều ngày 3/11, đồng chí").partOfDay()).isEqualTo(PartOfDay.AFTERNOON);
        assertThat(read("Ngày 3/11, đồng chí").partOfDay()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Từ ngày 11-5-2021 đến nay, huyện",
            "Theo Nghị quyết ngày 31/3/2020, huyện",
            "11/6, đồng chí",
            "Ngày 11/6/21, đồng chí",
            "Ngày 12 - 12/8, Ban",
            "Ngày 30/2, Ban"})
    void refusesWhatIsNoLeadDate(String s) {
        assertThat(read(s)).isNull();
    }
}
