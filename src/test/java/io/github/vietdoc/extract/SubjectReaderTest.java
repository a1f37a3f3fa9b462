package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.IndicatorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Sản lượng vải thiều ước đạt  | MASS | sản lượng vải thiều
            Tổng diện tích gieo trồng đạt  | AREA | diện tích gieo trồng
            thu ngân sách nhà nước trên địa bàn trong tháng ước đạt hơn  | MONEY | thu ngân sách nhà nước trên địa bàn
            tỷ lệ trưởng thôn là đảng viên thấp (mới đạt  | PERCENT | -
            Toàn huyện thành lập  | COUNT | -
            """)
    void readsSubject(String before, String kind, String subject) {
        assertThat(SubjectReader.read(before + " 1", before.length() + 1, IndicatorKind.valueOf(kind))).isEqualTo(subject);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            vốn điều lệ  | MONEY | vốn điều lệ
            chiếc máy bay này vốn nặng  | MASS | -
            Tổng diện tích gieo trồng đạt  | AREA | diện tích gieo trồng
            Tổng diện tích gieo trồng đạt  | MONEY | -
            diện tích rừng bị cháy giảm  | PERCENT | diện tích rừng bị cháy
            giá trị sản xuất công nghiệp đạt  | MONEY | giá trị sản xuất công nghiệp
            số lượng khách du lịch đã  | PERCENT | số lượng khách du lịch
            tỷ lệ hộ nghèo giảm còn  | PERCENT | tỷ lệ hộ nghèo
            doanh thu chỉ  | MONEY | doanh thu
            """)
    void subjectFitsTheKindOfValue(String before, String kind, String subject) {
        assertThat(SubjectReader.read(before + " 1", before.length() + 1, IndicatorKind.valueOf(kind))).isEqualTo(subject);
    }
}
