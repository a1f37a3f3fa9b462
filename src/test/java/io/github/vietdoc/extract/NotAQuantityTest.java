package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotAQuantityTest {
    /** The phrase has the number at the first digit. */
    private static int numberAt(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (Character.isDigit(phrase.charAt(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException(phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cư trú tại quận 3 thành phố | true
            họp dân tại tổ 5 khu phố 2 | true
            theo khoản 2 Điều 5 | true
            Á hậu 1 cuộc thi | true
            dự kiến trong tháng 7/2019 vụ án | true
            năm 2017 người dân xã | true
            Kỳ họp thứ 14 HĐND | true
            có tổng số 3.413 đối tượng | false
            mức hỗ trợ hằng tháng 1.500.000 đồng | false
            toàn huyện có 55 hộ | false
            """)
    void identifiersAndDates(String phrase, boolean excluded) {
        assertThat(NotAQuantity.identifierOrDate(phrase, numberAt(phrase))).isEqualTo(excluded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hằng năm tổ chức lễ hội | năm | false
            đã có 15 năm lao động | năm | false
            chỉ có vài ba người | ba | false
            cả hai đơn vị | hai | false
            quan hệ giữa hai tỉnh | hai | false
            Một người đàn ông | Một | false
            Năm đối tượng bị bắt | Năm | true
            kết nạp hai đảng viên | hai | true
            """)
    void numberWords(String phrase, String words, boolean number) {
        assertThat(NotAQuantity.wordsAreANumber(phrase, phrase.indexOf(words), words, true)).isEqualTo(number);
    }

    @Test
    void oneWithAScaleIsANumber() {
        assertThat(NotAQuantity.wordsAreANumber("hơn một nghìn lượt", 4, "một", false)).isTrue();
    }

    @Test
    void wordsCountOnlyLowerCaseNounsThatNameNoGrade() {
        String grade = "đến năm lớp 9 thì";
        assertThat(NotAQuantity.wordsCountThis(grade, "lớp", grade.indexOf("lớp") + 3, "lớp")).isFalse();
        assertThat(NotAQuantity.wordsCountThis("Năm Đoàn kết", "Đoàn", 8, "đoàn")).isFalse();
        assertThat(NotAQuantity.wordsCountThis("hai nước thống nhất", "nước", 8, "nước")).isFalse();
        assertThat(NotAQuantity.wordsCountThis("hai đảng viên mới", "đảng viên", 13, "đảng viên")).isTrue();
    }

    @Test
    void yearsMapScalesAndLookalikes() {
        assertThat(NotAQuantity.isYear("2017")).isTrue();
        assertThat(NotAQuantity.isYear("2.017")).isFalse();
        assertThat(NotAQuantity.isYear("217")).isFalse();
        assertThat(NotAQuantity.mapScale("bản đồ tỷ lệ 1/2000", 13)).isTrue();
        assertThat(NotAQuantity.mapScale("đạt 15/15 xã", 4)).isFalse();
        assertThat(NotAQuantity.lookalike("Iran 2015 đồng thời áp", 14, "đồng")).isTrue();
        assertThat(NotAQuantity.lookalike("trị giá 2015 đồng thì", 14, "đồng")).isFalse();
    }
}
