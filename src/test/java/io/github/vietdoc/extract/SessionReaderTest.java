package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionReaderTest {
    private static SessionReader.Session read(String s) {
        return SessionReader.read(s, 0, s.length());
    }

    @Test
    void readsRomanAndArabicSessionsAndTerms() {
        assertThat(read("hội nghị lần thứ V, Ban Chấp hành (BCH) Đảng bộ huyện Lục Ngạn khóa XXV, nhiệm kỳ 2020- 2025."))
                .isEqualTo(new SessionReader.Session(5, 25, 2020, 2025));
        assertThat(read("khai mạc Kỳ họp thứ 14, HĐND tỉnh khóa XVIII")).isEqualTo(new SessionReader.Session(14, 18, 0, 0));
        assertThat(read("Đại hội đại biểu lần thứ X, nhiệm kỳ 2021 - 2026").session()).isEqualTo(10);
    }

    @Test
    void findsNothingWhereThereIsNone() {
        assertThat(read("Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.")).isEqualTo(new SessionReader.Session(0, 0, 0, 0));
        assertThat(read("lần thứ IIII, khóa VX").session()).isZero();
        assertThat(read("nhiệm kỳ 2025-2020").termFrom()).isZero();
    }

    @Test
    void stepsOverASessionAfterTheKind() {
        String s = "hội nghị lần thứ V, Ban Chấp hành";
        assertThat(SessionReader.sessionAt(s, 8, s.length())).isEqualTo(" lần thứ V".length());
        assertThat(SessionReader.sessionAt(s, 0, s.length())).isZero();
    }
}
