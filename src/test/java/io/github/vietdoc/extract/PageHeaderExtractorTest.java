package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PageHeaderExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final String HEADING = "Huyện ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm";
    private static final String BODY = "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội "
            + "6 tháng đầu năm, chỉ ra những tồn tại, hạn chế và đề ra các giải pháp trọng tâm cho thời gian tới. "
            + "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến vào dự thảo báo cáo của Ban Thường vụ.";
    private static final String CLOSING = "Kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cơ sở đảng tập trung "
            + "lãnh đạo sản xuất vụ mùa, bảo đảm an ninh trật tự và phòng, chống thiên tai./.";

    private static PageHeader header(String raw, DocType type) {
        return new PageHeaderExtractor().extract(NORMALIZER.normalize(raw), type);
    }

    private static PageHeader news(String raw) {
        return header(raw, DocType.NEWS_ITEM);
    }

    static Stream<Arguments> stamps() {
        return Stream.of(
                Arguments.of("05/05/2020 09:00", "2020-05-05T09:00"),
                Arguments.of("Thứ 6, 14/02/2025 | 08:45", "2025-02-14T08:45"),
                Arguments.of("Thứ Hai, 12/06/2023 - 10:15", "2023-06-12T10:15"),
                Arguments.of("Cập nhật: 10:31 26/06/2018", "2018-06-26T10:31"),
                Arguments.of("Ngày đăng: 26/06/2018", "2018-06-26"),
                Arguments.of("quantri gửi vào T3, 2018-06-26 10:31", "2018-06-26T10:31"),
                Arguments.of("Chủ nhật, 03/11/2024, 07:30 (GMT+7)", "2024-11-03T07:30"),
                Arguments.of("Đăng lúc: 08h30 ngày 15/7/2022", "2022-07-15T08:30"),
                Arguments.of("Thứ ba, 10/1/2023, 16:05 (GMT+7)", "2023-01-10T16:05"),
                Arguments.of("Thứ Năm, 10/08/2023 14:20 GMT+7", "2023-08-10T14:20"),
                Arguments.of("09:15 | 20/03/2024", "2024-03-20T09:15"),
                Arguments.of("Cập nhật lúc 15:42, Thứ tư, 05/04/2023", "2023-04-05T15:42"),
                Arguments.of("Ngày xuất bản: 21/09/2021", "2021-09-21"),
                Arguments.of("Thứ Sáu, 20/10/2023, 09:12:45", "2023-10-20T09:12"),
                Arguments.of("2023-04-05 08:30:12", "2023-04-05T08:30"),
                Arguments.of("Thứ Tư, ngày 05/04/2023", "2023-04-05"),
                Arguments.of("Ngày đăng: 20/3/2024 | Lượt xem: 152", "2024-03-20"),
                Arguments.of("Thứ 2, 27/05/2024 02:15 PM", "2024-05-27T14:15"),
                Arguments.of("Thứ bảy, 01/07/2023 12:05 SA", "2023-07-01T00:05"),
                Arguments.of("Thứ Hai, 12 Tháng 6 2023 10:15", "2023-06-12T10:15"),
                Arguments.of("Ngày đăng: 12 tháng 6 năm 2023", "2023-06-12"),
                Arguments.of("Người đăng: Quản trị viên | 26.06.2018 10:31", "2018-06-26T10:31"),
                Arguments.of("Cập nhật 26-06-2018 10:31", "2018-06-26T10:31"),
                Arguments.of("Posted on 2019-11-02T08:00:00+07:00", "2019-11-02T08:00"),
                Arguments.of("T7, 16/03/2024 - 7:05", "2024-03-16T07:05"),
                Arguments.of("Thứ Năm, 10/08/2023 14:20:00 +0700", "2023-08-10T14:20"),
                Arguments.of("(Ngày đăng: 02/01/2022 15:00)", "2022-01-02T15:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stamps")
    void readsTheStampUnderTheHeading(String stamp, String iso) {
        PageHeader h = news(HEADING + "\n\n" + stamp + "\n\n" + BODY + "\n\n" + CLOSING);
        assertThat(h.published()).isEqualTo(iso);
        assertThat(h.title()).isEqualTo(HEADING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stamps")
    void readsTheStampAtTheFootOfThePage(String stamp, String iso) {
        PageHeader h = news(HEADING + "\n\n" + BODY + "\n\n" + CLOSING + "\n\nQuang Huấn\n\n" + stamp);
        assertThat(h.published()).isEqualTo(iso);
    }

    @Test
    void readsAStampGluedBeforeTheHeading() {
        PageHeader h = news(" date 2021-06 Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy\n\n" + BODY);
        assertThat(h.published()).isEqualTo("2021-06");
        assertThat(h.title()).isEqualTo("Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy");
    }

    static Stream<String> notStamps() {
        return Stream.of(
                "Ngày 11/6, đồng chí Nguyễn Việt Oanh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị lần thứ V.",
                "Lục Ngạn, ngày 20 tháng 6 năm 2021",
                "Ngày 20 tháng 6 năm 2021",
                "Kết quả triển khai từ ngày 11-5-2021 đến nay cho thấy nhiều chuyển biến tích cực.",
                "31/02/2021 08:00",
                "Thứ 4, 30/02/2022",
                "Điện thoại: 0204.3882.123 - Hotline: 0912.06.2021",
                "Số: 2087/QĐ-UBND",
                "Số: 12/2021/NĐ-CP ngày 15/3/2021 của Chính phủ",
                "Lãnh đạo huyện thăm mô hình trồng vải thiều ngày 9/3/2021.",
                "Ngày 15/7/2022 lúc 10h30, xe tải bốc cháy trên quốc lộ 31.",
                "Hạn nộp hồ sơ trước 17:00 ngày 15/7/2022",
                "Giai đoạn 2021-2025",
                "2020-2025",
                "Cập nhật: 10:31",
                "26/06-2018 10:31",
                "Sinh ngày: 02/02/1994 tại Thái Nguyên",
                "Thời gian: 8h00 ngày 20/7/2022",
                "Kỳ họp thứ 14 khai mạc lúc 8h00 ngày 10/7/2020 tại Hội trường huyện.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notStamps")
    void aDateInTheTextIsNotThePagesStamp(String line) {
        PageHeader h = news(HEADING + "\n\n" + line + "\n\n" + BODY + "\n\n" + CLOSING + "\n\n" + line);
        assertThat(h.published()).isNull();
    }

    @Test
    void aTitleThatNamesADateKeepsItsTitleAndGivesNoStamp() {
        String title = "Thông báo lịch thi tuyển viên chức ngày 20/7/2022 lúc 8h00";
        PageHeader h = news(title + "\n\n" + BODY);
        assertThat(h.title()).isEqualTo(title);
        assertThat(h.published()).isNull();
    }

    @Test
    void aWholeStampLineOnTopIsNotReadAsAGluedPrefix() {
        PageHeader h = news("Ngày đăng: 20/3/2024 | Lượt xem: 152\n\n" + HEADING + "\n\n" + BODY);
        assertThat(h.published()).isEqualTo("2024-03-20");
        assertThat(h.title()).isEqualTo(HEADING);
    }

    @Test
    void aStampBeforeTheHeadingIsSkippedForTheTitle() {
        PageHeader h = news("05/05/2020 09:00\n\n" + HEADING + "\n\n" + BODY);
        assertThat(h.title()).isEqualTo(HEADING);
        assertThat(h.published()).isEqualTo("2020-05-05T09:00");
    }

    @Test
    void aDateDeepInTheBodyIsNotLookedAt() {
        StringBuilder raw = new StringBuilder(HEADING).append("\n\n");
        for (int i = 0; i < 8; i++) {
            raw.append(BODY).append("\n\n");
        }
        raw.append("05/05/2020 09:00\n\n");
        for (int i = 0; i < 8; i++) {
            raw.append(BODY).append("\n\n");
        }
        assertThat(news(raw.toString()).published()).isNull();
    }

    @Test
    void aLongLeadParagraphIsNotATitle() {
        String lead = "Ngày 11/6, đồng chí Nguyễn Việt Oanh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị lần thứ V, "
                + "Ban Chấp hành Đảng bộ huyện khóa XXV, nhiệm kỳ 2020-2025, đánh giá kết quả lãnh đạo, chỉ đạo "
                + "6 tháng đầu năm và bàn phương hướng, nhiệm vụ 6 tháng cuối năm.";
        PageHeader h = news(lead + "\n\n" + BODY);
        assertThat(h.title()).isNull();
    }

    @Test
    void aShortLeadSentenceIsNotATitle() {
        PageHeader h = news("Sáng 04/5, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.\n\n" + BODY);
        assertThat(h.title()).isNull();
    }

    @Test
    void aLongQuestionHeadlineIsATitle() {
        String title = "Vì sao nhiều xã vùng cao của huyện vẫn chưa hoàn thành tiêu chí nông thôn mới dù đã được đầu tư "
                + "hàng trăm tỷ đồng trong suốt giai đoạn vừa qua và người dân nói gì?";
        PageHeader h = news(title + "\n\n" + BODY);
        assertThat(h.title()).isEqualTo(title);
    }

    @Test
    void aHeadlineEndingInAnEllipsisIsATitle() {
        String title = "Mùa vải thiều Lục Ngạn: Những chuyến xe đêm chở hàng sang cửa khẩu...";
        assertThat(news(title + "\n\n" + BODY).title()).isEqualTo(title);
    }

    @Test
    void anOfficialLetterGetsNoTitle() {
        PageHeader h = header(HEADING + "\n\n" + BODY, DocType.OFFICIAL_LETTER);
        assertThat(h.title()).isNull();
    }

    @Test
    void anEmptyPageHasNeitherTitleNorStamp() {
        PageHeader h = news("   \n\n");
        assertThat(h.title()).isNull();
        assertThat(h.published()).isNull();
    }
}
