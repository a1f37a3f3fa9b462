package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.extract.ListItemParser.Kind;
import io.github.vietdoc.extract.ListItemParser.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListItemParserTest {
    private static final ListItemParser PARSER = new ListItemParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1. Quán triệt và thống nhất quan điểm|ARABIC|1|1|.|Quán triệt",
        "12) Tăng cường kiểm tra|ARABIC|12|12|)|Tăng cường",
        "3- Rà soát đảng viên|ARABIC|3|3|-|Rà soát",
        "4 - Báo cáo kết quả|ARABIC|4|4|-|Báo cáo",
        "5.Tiếp tục thực hiện|ARABIC|5|5|.|Tiếp tục",
        "2. \"Chống dịch như chống giặc\"|ARABIC|2|2|.|\"Chống",
        "II. NHIỆM VỤ, GIẢI PHÁP|ROMAN|II|2|.|NHIỆM VỤ",
        "IV- Tổ chức thực hiện|ROMAN|IV|4|-|Tổ chức",
        "IX. Khen thưởng|ROMAN|IX|9|.|Khen thưởng",
        "I.NHIỆM VỤ CHUNG|ROMAN|I|1|.|NHIỆM VỤ",
        "III.- Kinh phí|ROMAN|III|3|.|Kinh phí",
        "a) Tổ chức tiêm vắc xin|LETTER|a|1|)|Tổ chức",
        "đ) Phân công cán bộ|LETTER|đ|5|)|Phân công",
        "b. Chuẩn bị khu cách ly|LETTER|b|2|.|Chuẩn bị",
        "2.1. Hỗ trợ tiêu thụ nông sản|OUTLINE|2.1|0|.|Hỗ trợ",
    })
    void readsMarkers(String line, Kind kind, String label, int ordinal, char style, String contentStart) {
        Marker m = PARSER.parse(line);
        assertThat(m).isNotNull();
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.label()).isEqualTo(label);
        assertThat(m.ordinal()).isEqualTo(ordinal);
        if (kind != Kind.OUTLINE) {
            assertThat(m.style()).isEqualTo(style);
        }
        assertThat(line.substring(m.contentOffset())).startsWith(contentStart);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "1.209 tổ xung kích", "5,8 tỷ đồng", "2.820 lò sấy", "3 bệnh nhân COVID-19", "2021. Đến nay",
        "22-9, tại Phủ Chủ tịch", "1-3-2017: Bị cáo", "V.Thi - T.Lâm", "Điều 5. Hiệu lực", "- Như trên;",
        "0. Không có", "123. Quá dài", "XL. Không phải số La Mã của văn bản", "Trang 2", " - Như trên"
    })
    void ignoresNumbersThatOpenNoItem(String line) {
        assertThat(PARSER.parse(line)).isNull();
    }

    @Test
    void itemsFollowOnlyAtTheSameLevel() {
        Marker one = PARSER.parse("1. Một");
        assertThat(one.isFollowedBy(PARSER.parse("2. Hai"))).isTrue();
        assertThat(one.isFollowedBy(PARSER.parse("3. Ba"))).isFalse();
        assertThat(one.isFollowedBy(PARSER.parse("2) Hai"))).isFalse();
        assertThat(PARSER.parse("I. Một").isFollowedBy(PARSER.parse("II. Hai"))).isTrue();
        assertThat(PARSER.parse("a) Một").isFollowedBy(PARSER.parse("b) Hai"))).isTrue();
    }

    @Test
    void lettersMaySkipĐAndLettersVietnameseLacks() {
        Marker d = PARSER.parse("d) Bốn");
        assertThat(d.isFollowedBy(PARSER.parse("đ) Năm"))).isTrue();
        assertThat(d.isFollowedBy(PARSER.parse("e) Năm"))).isTrue();
        assertThat(PARSER.parse("e) Sáu").isFollowedBy(PARSER.parse("g) Bảy"))).isTrue();
        assertThat(PARSER.parse("a) Một").isFollowedBy(PARSER.parse("c) Ba"))).isFalse();
    }

    @Test
    void romanValues() {
        assertThat(ListItemParser.romanValue("XIV")).isEqualTo(14);
        assertThat(ListItemParser.romanValue("XXXIX")).isEqualTo(39);
        assertThat(ListItemParser.romanValue("VIII")).isEqualTo(8);
    }

    @Test
    void leadingSpacesAreAllowed() {
        Marker m = PARSER.parse("   3. Công an tỉnh");
        assertThat(m.label()).isEqualTo("3");
        assertThat("   3. Công an tỉnh".substring(m.contentOffset())).isEqualTo("Công an tỉnh");
    }
}
