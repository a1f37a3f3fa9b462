package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RomanNumeralTest {
    @ParameterizedTest
    @CsvSource({"I,1", "IV,4", "V,5", "IX,9", "XIV,14", "XV,15", "XVIII,18", "XXIV,24", "XXV,25", "XL,40", "xiii,13",
            "MCMXC,1990", "MMXXI,2021"})
    void readsWellFormedNumerals(String roman, int value) {
        assertThat(RomanNumeral.parse(roman)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"IIII", "VX", "IC", "ABC", "XXVV", "''"})
    void rejectsMalformedOnes(String roman) {
        assertThat(RomanNumeral.parse(roman)).isEqualTo(-1);
    }

    @Test
    void formatsAndReadsOrdinalsInBothScripts() {
        assertThat(RomanNumeral.format(25)).isEqualTo("XXV");
        assertThat(RomanNumeral.parseOrdinal("14")).isEqualTo(14);
        assertThat(RomanNumeral.parseOrdinal("XIV")).isEqualTo(14);
        assertThat(RomanNumeral.parse(null)).isEqualTo(-1);
        assertThatThrownBy(() -> RomanNumeral.format(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
