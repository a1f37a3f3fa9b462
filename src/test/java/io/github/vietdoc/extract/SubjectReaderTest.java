package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Sản lượng vải thiều ước đạt  | sản lượng vải thiều
            Tổng diện tích gieo trồng đạt  | diện tích gieo trồng
            thu ngân sách nhà nước trên địa bàn trong tháng ước đạt hơn  | thu ngân sách nhà nước trên địa bàn
            tỷ lệ trưởng thôn là đảng viên thấp (mới đạt  | -
            Toàn huyện thành lập  | -
            """)
    void readsSubject(String before, String subject) {
        assertThat(SubjectReader.read(before + " 1 tấn", before.length() + 1)).isEqualTo(subject);
    }
}
