package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.Extractor;
import io.github.vietdoc.VietDoc;
import io.github.vietdoc.model.Document;
import io.github.vietdoc.model.Meeting;
import io.github.vietdoc.model.Person;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Meeting leads in the many shapes provincial and district portals write them, run through the whole pipeline:
 * the day met, who presided, and every named person with the titles the lead gives.
 */
class MeetingLeadVarietyTest {
    private static final Extractor EXTRACTOR = VietDoc.extractor().build();

    /** A title line, a publication stamp (or none) and the lead, as a portal page gives them. */
    private static String page(String title, String stamp, String lead) {
        return title + "\n\n" + (stamp == null ? "" : stamp + "\n\n") + lead + "\n";
    }

    /**
     * One case: label, page, expected date (null: no meeting), chairs separated by {@code ;},
     * people as {@code Name=Title|Title} separated by {@code ;}.
     */
    private static Arguments lead(String label, String title, String stamp, String lead, String date, String chairs,
                                  String people) {
        return Arguments.of(label, page(title, stamp, lead), date, chairs, people);
    }

    static Stream<Arguments> leads() {
        return Stream.of(
                lead("chair in the second sentence", "Huyện ủy Hướng Hóa sơ kết công tác xây dựng Đảng quý I",
                        "Thứ Ba, 07/03/2023 | 16:20",
                        "Sáng ngày 7/3/2023, tại Hội trường Huyện ủy, Huyện ủy Hướng Hóa tổ chức Hội nghị sơ kết công tác "
                                + "xây dựng Đảng quý I năm 2023. Đồng chí Hồ Đức Thuận, Bí thư Huyện ủy chủ trì hội nghị.",
                        "2023-03-07", "Hồ Đức Thuận", "Hồ Đức Thuận=Bí thư Huyện ủy"),
                lead("dưới sự chủ trì của", "Phiên họp chuyên đề về thu hút đầu tư", "15/05/2022 07:30",
                        "Chiều 14.5, UBND tỉnh Hà Tĩnh tổ chức phiên họp chuyên đề về thu hút đầu tư. Dưới sự chủ trì của "
                                + "đồng chí Võ Trọng Tín, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, phiên họp đã nghe báo cáo "
                                + "tiến độ các dự án trọng điểm.",
                        "2022-05-14", "Võ Trọng Tín", "Võ Trọng Tín=Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh"),
                lead("title before the name", "Hội nghị trực tuyến về phòng, chống thiên tai", "Ngày đăng: 10/10/2022",
                        "Sáng 9.10, UBND tỉnh Bình Định tổ chức hội nghị trực tuyến triển khai công tác phòng, chống thiên "
                                + "tai mùa mưa bão. Chủ tịch UBND tỉnh Nguyễn Văn Bình chủ trì hội nghị.",
                        "2022-10-09", "Nguyễn Văn Bình", "Nguyễn Văn Bình=Chủ tịch UBND tỉnh"),
                lead("department head before the name", "Triển khai dự toán ngân sách năm 2023", "24/11/2022 | 10:05",
                        "Ngày 23 - 11, Sở Tài chính tỉnh Quảng Ngãi tổ chức hội nghị triển khai dự toán ngân sách nhà nước "
                                + "năm 2023. Giám đốc Sở Tài chính Trần Quốc Hưng chủ trì hội nghị.",
                        "2022-11-23", "Trần Quốc Hưng", "Trần Quốc Hưng=Giám đốc Sở Tài chính"),
                lead("two chairs joined by và", "Giao ban trực tuyến Ban Thường vụ Tỉnh ủy với các huyện ủy",
                        "27/09/2021 06:40",
                        "Tối 26/9, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức hội nghị giao ban trực tuyến với các huyện ủy, "
                                + "thành ủy. Đồng chí Đinh Văn Thành, Bí thư Tỉnh ủy và đồng chí Lê Ngọc Tâm, Phó Bí thư "
                                + "Tỉnh ủy, Chủ tịch UBND tỉnh đồng chủ trì hội nghị.",
                        "2021-09-26", "Đinh Văn Thành;Lê Ngọc Tâm",
                        "Đinh Văn Thành=Bí thư Tỉnh ủy;Lê Ngọc Tâm=Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh"),
                lead("các đồng chí list co-chairing", "Quán triệt các văn bản mới của Trung ương", "13/04/2023 14:12",
                        "Ngày 12/4, Huyện ủy Mộc Châu tổ chức hội nghị quán triệt các văn bản mới của Trung ương. Các đồng "
                                + "chí: Lò Văn Mừng, Bí thư Huyện ủy; Hoàng Thị Sào, Phó Bí thư Thường trực Huyện ủy đồng "
                                + "chủ trì hội nghị.",
                        "2023-04-12", "Lò Văn Mừng;Hoàng Thị Sào",
                        "Lò Văn Mừng=Bí thư Huyện ủy;Hoàng Thị Sào=Phó Bí thư Thường trực Huyện ủy"),
                lead("chủ tọa kỳ họp", "Khai mạc kỳ họp thứ 5 HĐND tỉnh khóa X", "Cập nhật: 15/07/2022 08:10",
                        "Sáng nay 15/7, HĐND tỉnh Đắk Lắk khai mạc kỳ họp thứ 5, khóa X, nhiệm kỳ 2021 - 2026. Đồng chí "
                                + "Y Khuê Niê, Phó Chủ tịch HĐND tỉnh và đồng chí Trần Thị Lan, Phó Chủ tịch HĐND tỉnh "
                                + "chủ tọa kỳ họp.",
                        "2022-07-15", "Y Khuê Niê;Trần Thị Lan",
                        "Y Khuê Niê=Phó Chủ tịch HĐND tỉnh;Trần Thị Lan=Phó Chủ tịch HĐND tỉnh"),
                lead("ông and bà", "Họp về tiến độ giải ngân vốn đầu tư công", "04/11/2021 | 09:00",
                        "Chiều ngày 3/11, UBND huyện Cần Giuộc tổ chức cuộc họp về tiến độ giải ngân vốn đầu tư công. Ông "
                                + "Phan Văn Tâm, Chủ tịch UBND huyện chủ trì cuộc họp; bà Nguyễn Thị Thu Hà, Phó Chủ tịch "
                                + "UBND huyện cùng dự.",
                        "2021-11-03", "Phan Văn Tâm",
                        "Phan Văn Tâm=Chủ tịch UBND huyện;Nguyễn Thị Thu Hà=Phó Chủ tịch UBND huyện"),
                lead("collective chair", "Thường trực Huyện ủy nghe báo cáo công tác chuẩn bị đại hội", null,
                        "Ngày 20 tháng 6 năm 2021, Thường trực Huyện ủy Krông Pắc họp nghe báo cáo công tác chuẩn bị đại "
                                + "hội điểm cấp cơ sở. Cuộc họp do Thường trực Huyện ủy chủ trì, gồm các đồng chí: Nguyễn "
                                + "Hồng Quân, Bí thư Huyện ủy; Y Bhin Ayun, Phó Bí thư Thường trực Huyện ủy.",
                        "2021-06-20", "",
                        "Nguyễn Hồng Quân=Bí thư Huyện ủy;Y Bhin Ayun=Phó Bí thư Thường trực Huyện ủy"),
                lead("working visit led by", "Đoàn công tác Tỉnh ủy làm việc tại Mường Khương", "14/08/2022 17:25",
                        "Trong hai ngày 12 - 13/8, Đoàn công tác của Tỉnh ủy do đồng chí Sùng A Hồ, Phó Bí thư Thường trực "
                                + "Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Mường Khương về kết quả "
                                + "thực hiện nghị quyết đại hội.",
                        "2022-08-12", "Sùng A Hồ", "Sùng A Hồ=Phó Bí thư Thường trực Tỉnh ủy"),
                lead("attendee before the chair", "Yên Thế tổng kết công tác năm 2022", "05/01/2023 | 15:30",
                        "Sáng 4/1, UBND huyện Yên Thế tổ chức hội nghị tổng kết công tác năm 2022. Dự hội nghị có đồng chí "
                                + "Lê Thị Thu Hồng, Phó Chủ tịch UBND tỉnh. Đồng chí Hoàng Văn Đông, Chủ tịch UBND huyện chủ "
                                + "trì hội nghị.",
                        "2023-01-04", "Hoàng Văn Đông",
                        "Lê Thị Thu Hồng=Phó Chủ tịch UBND tỉnh;Hoàng Văn Đông=Chủ tịch UBND huyện"),
                lead("tham dự có các đồng chí", "Hội nghị chuyên đề về công tác cán bộ", "22/02/2024 08:00",
                        "Chiều 21/2, Ban Thường vụ Thị ủy Hương Thủy tổ chức hội nghị chuyên đề về công tác cán bộ. Đồng "
                                + "chí Trần Đức Minh, Bí thư Thị ủy chủ trì hội nghị. Tham dự có các đồng chí: Lê Văn Thành, "
                                + "Phó Bí thư Thường trực Thị ủy; Võ Thị Kim Anh, Chủ tịch UBND thị xã.",
                        "2024-02-21", "Trần Đức Minh",
                        "Trần Đức Minh=Bí thư Thị ủy;Lê Văn Thành=Phó Bí thư Thường trực Thị ủy;"
                                + "Võ Thị Kim Anh=Chủ tịch UBND thị xã"),
                lead("glued hyphen after the name", "Hội nghị Ban Chấp hành Đảng bộ xã mở rộng", "06/06/2023",
                        "Ngày 5/6, Đảng ủy xã Tân Hiệp tổ chức hội nghị Ban Chấp hành Đảng bộ xã mở rộng. Đồng chí Nguyễn "
                                + "Văn Hùng- Bí thư Đảng ủy xã chủ trì hội nghị.",
                        "2023-06-05", "Nguyễn Văn Hùng", "Nguyễn Văn Hùng=Bí thư Đảng ủy xã"),
                lead("UV BTV abbreviation", "Giao ban công tác tổ chức xây dựng Đảng quý I", "18/03/2022 10:45",
                        "Sáng 17/3, đồng chí Phạm Minh Tuấn, UV BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị "
                                + "giao ban công tác tổ chức xây dựng Đảng quý I.",
                        "2022-03-17", "Phạm Minh Tuấn", "Phạm Minh Tuấn=UV BTV Tỉnh ủy|Trưởng Ban Tổ chức Tỉnh ủy"),
                lead("PBT TT abbreviation", "Làm việc với Đảng ủy xã Phú Lộc", "29/10/2021 07:15",
                        "Ngày 28/10, đồng chí Đặng Văn Lực, PBT TT Huyện ủy chủ trì buổi làm việc với Đảng ủy xã Phú Lộc "
                                + "về công tác xây dựng nông thôn mới.",
                        "2021-10-28", "Đặng Văn Lực", "Đặng Văn Lực=PBT TT Huyện ủy"),
                lead("accident is no meeting", "Tai nạn giao thông trên Quốc lộ 1A, 2 người bị thương", "14/03/2023 11:20",
                        "Khoảng 6 giờ sáng 14/3, tại km 1120 Quốc lộ 1A đoạn qua xã Đức Lân, xe tải mang biển kiểm soát "
                                + "76C-123.45 đã va chạm với xe máy đi cùng chiều, làm 2 người bị thương.",
                        null, "", ""),
                lead("cited decision date", "Tập huấn quản lý chất lượng công trình xây dựng", "21/07/2022 | 14:00",
                        "Thực hiện Quyết định số 1250/QĐ-UBND ngày 15/6/2022 của UBND tỉnh, ngày 20/7, Sở Xây dựng tổ chức "
                                + "hội nghị tập huấn về quản lý chất lượng công trình xây dựng.",
                        "2022-07-20", "", ""),
                lead("city named after a person", "Hội nghị xúc tiến thương mại tại TP Hồ Chí Minh", "09/12/2022 06:30",
                        "Sáng 8/12, tại TP Hồ Chí Minh, Bộ Công Thương phối hợp với UBND TP Hồ Chí Minh tổ chức hội nghị "
                                + "xúc tiến thương mại. Thứ trưởng Bộ Công Thương Lê Minh Khoa chủ trì hội nghị.",
                        "2022-12-08", "Lê Minh Khoa", "Lê Minh Khoa=Thứ trưởng Bộ Công Thương"),
                lead("street named after a person", "Khánh thành tuyến phố văn minh", "03/10/2023 09:12",
                        "Sáng 2/10, UBND phường Hải Châu I tổ chức lễ khánh thành tuyến phố văn minh trên đường Lê Lợi. "
                                + "Ông Ngô Quang Vinh, Chủ tịch UBND phường phát biểu tại buổi lễ.",
                        "2023-10-02", "", "Ngô Quang Vinh=Chủ tịch UBND phường"),
                lead("school named after a person", "Trường THCS Trần Quốc Toản khai giảng năm học mới", "06/09/2023",
                        "Chiều 5/9, Trường THCS Trần Quốc Toản tổ chức lễ khai giảng năm học 2023 - 2024. Đồng chí Bùi "
                                + "Văn Khánh, Phó Chủ tịch UBND tỉnh dự và đánh trống khai giảng.",
                        "2023-09-05", "", "Bùi Văn Khánh=Phó Chủ tịch UBND tỉnh"),
                lead("four-syllable name", "Phiên họp thường kỳ tháng 5 của Thường trực HĐND tỉnh", "12/05/2022 16:00",
                        "Ngày 11/5, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ tháng 5. Đồng chí Nguyễn Thị Thanh "
                                + "Hương, Phó Chủ tịch HĐND tỉnh chủ trì phiên họp.",
                        "2022-05-11", "Nguyễn Thị Thanh Hương", "Nguyễn Thị Thanh Hương=Phó Chủ tịch HĐND tỉnh"),
                lead("standing vice chairman before the name", "Họp về công tác giải phóng mặt bằng", "25/04/2023 | 18:05",
                        "Chiều 25/4, Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Sỹ chủ trì cuộc họp nghe báo cáo công tác "
                                + "giải phóng mặt bằng các dự án giao thông.",
                        "2023-04-25", "Lê Văn Sỹ", "Lê Văn Sỹ=Phó Chủ tịch Thường trực UBND tỉnh"),
                lead("provincial secretary before the name", "Ban Thường vụ Tỉnh ủy họp cho ý kiến các đề án",
                        "19/08/2021 07:00",
                        "Ngày 18/8, Ban Thường vụ Tỉnh ủy Lạng Sơn họp cho ý kiến vào một số đề án quan trọng. Bí thư Tỉnh "
                                + "ủy Vy Văn Thành chủ trì hội nghị.",
                        "2021-08-18", "Vy Văn Thành", "Vy Văn Thành=Bí thư Tỉnh ủy"),
                lead("chủ trì hội nghị có đồng chí", "Sơ kết 3 năm thực hiện chương trình mục tiêu quốc gia",
                        "08/06/2023 | 10:10",
                        "Ngày 7/6, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Tuần Giáo tổ chức hội nghị sơ kết 3 "
                                + "năm thực hiện chương trình. Chủ trì hội nghị có đồng chí Lường Văn Khiêm, Phó Bí thư Huyện "
                                + "ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo.",
                        "2023-06-07", "Lường Văn Khiêm",
                        "Lường Văn Khiêm=Phó Bí thư Huyện ủy|Chủ tịch UBND huyện|Trưởng Ban Chỉ đạo"),
                lead("chủ trì là đồng chí", "Hội nghị triển khai nhiệm vụ năm 2024 ngành giáo dục", "30/08/2024 08:45",
                        "Sáng 29/8, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức hội nghị tổng kết năm học 2023 - 2024. Chủ "
                                + "trì hội nghị là đồng chí Giàng A Tông, Giám đốc Sở Giáo dục và Đào tạo.",
                        "2024-08-29", "Giàng A Tông", "Giàng A Tông=Giám đốc Sở Giáo dục và Đào tạo"),
                lead("passive do … chủ trì", "Rà soát tiến độ xây dựng nông thôn mới", "17/05/2024",
                        "Ngày 16/5, UBND huyện Cam Lộ tổ chức cuộc họp rà soát tiến độ xây dựng nông thôn mới. Cuộc họp do "
                                + "đồng chí Trương Đình Khôi, Phó Chủ tịch UBND huyện chủ trì.",
                        "2024-05-16", "Trương Đình Khôi", "Trương Đình Khôi=Phó Chủ tịch UBND huyện"),
                lead("receiving citizens", "Bí thư Huyện ủy tiếp công dân định kỳ", "04/11/2022 | 07:50",
                        "Chiều 3/11, đồng chí Lê Văn Tư, Bí thư Huyện ủy chủ trì buổi tiếp công dân định kỳ tháng 11 tại "
                                + "Trụ sở tiếp công dân huyện.",
                        "2022-11-03", "Lê Văn Tư", "Lê Văn Tư=Bí thư Huyện ủy"),
                lead("dự và chỉ đạo is no chair", "Hội nghị tổng kết công tác Mặt trận năm 2023", "20/12/2023 17:00",
                        "Chiều 19/12, Ủy ban MTTQ Việt Nam huyện Bảo Lâm tổ chức hội nghị tổng kết công tác Mặt trận năm "
                                + "2023. Dự và chỉ đạo hội nghị có đồng chí Ma Thị Thúy, Phó Bí thư Huyện ủy. Đồng chí Nông "
                                + "Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.",
                        "2023-12-19", "Nông Văn Hải",
                        "Ma Thị Thúy=Phó Bí thư Huyện ủy;Nông Văn Hải=Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
                lead("weekday in the lead", "Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số", "15/07/2023 | 06:00",
                        "Sáng thứ Sáu, ngày 14/7, UBND tỉnh Yên Bái tổ chức hội nghị trực tuyến triển khai kế hoạch chuyển "
                                + "đổi số năm 2023. Đồng chí Ngô Hạnh Phúc, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.",
                        "2023-07-14", "Ngô Hạnh Phúc", "Ngô Hạnh Phúc=Phó Chủ tịch UBND tỉnh"),
                lead("hôm qua with the date in brackets", "Họp bàn giải pháp tiêu thụ nông sản", "13/05/2022 05:30",
                        "Hôm qua (12/5), UBND huyện Lục Nam tổ chức cuộc họp bàn giải pháp tiêu thụ vải thiều. Ông Lưu Văn "
                                + "Tiến, Phó Chủ tịch UBND huyện chủ trì cuộc họp.",
                        "2022-05-12", "Lưu Văn Tiến", "Lưu Văn Tiến=Phó Chủ tịch UBND huyện"),
                lead("time before the date", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12", "16/09/2022 | 15:20",
                        "Vào lúc 8 giờ ngày 15/9, Ban Chấp hành Đảng bộ huyện Văn Chấn tổ chức hội nghị lần thứ 12. Đồng chí "
                                + "Hà Văn Ún, Bí thư Huyện ủy chủ trì hội nghị.",
                        "2022-09-15", "Hà Văn Ún", "Hà Văn Ún=Bí thư Huyện ủy"),
                lead("full date without comma", "UBND xã Ea Tiêu họp triển khai nhiệm vụ", null,
                        "Ngày 02/3/2024 UBND xã Ea Tiêu tổ chức cuộc họp triển khai nhiệm vụ tháng 3. Bà H'Yim Kđoh, Chủ "
                                + "tịch UBND xã chủ trì cuộc họp.",
                        "2024-03-02", "H'Yim Kđoh", "H'Yim Kđoh=Chủ tịch UBND xã"),
                lead("honorific name is no person", "Sơ kết học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                        "11/05/2023 09:00",
                        "Ngày 10/5, Ban Thường vụ Huyện ủy Đông Hưng tổ chức hội nghị sơ kết việc học tập và làm theo tư "
                                + "tưởng, đạo đức, phong cách Hồ Chí Minh. Đồng chí Phạm Văn Kiên, Bí thư Huyện ủy chủ trì.",
                        "2023-05-10", "Phạm Văn Kiên", "Phạm Văn Kiên=Bí thư Huyện ủy"),
                lead("spaced hyphen before the titles", "Họp Ban Chỉ đạo phòng, chống dịch bệnh", "03/02/2022",
                        "Ngày 2/2, Ban Chỉ đạo phòng, chống dịch tỉnh họp trực tuyến với các địa phương. Đồng chí Trần Hữu "
                                + "Thế - Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.",
                        "2022-02-02", "Trần Hữu Thế", "Trần Hữu Thế=Phó Chủ tịch UBND tỉnh|Trưởng Ban Chỉ đạo"),
                lead("title between cue and name", "Hội nghị Ban Chấp hành Đảng bộ huyện", "09/01/2024 | 16:45",
                        "Ngày 8/1, Ban Chấp hành Đảng bộ huyện Gio Linh tổ chức hội nghị lần thứ 15. Đồng chí Bí thư Huyện "
                                + "ủy Phan Văn Linh chủ trì hội nghị.",
                        "2024-01-08", "Phan Văn Linh", "Phan Văn Linh=Bí thư Huyện ủy"),
                lead("semicolon list of co-chairs with đồng chí", "Hội nghị liên tịch giữa Thường trực HĐND và UBND",
                        "27/06/2023 | 11:00",
                        "Sáng 26/6, Thường trực HĐND tỉnh và UBND tỉnh tổ chức hội nghị liên tịch chuẩn bị kỳ họp giữa năm. "
                                + "Đồng chí Mai Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Đỗ Minh Tuấn, "
                                + "Chủ tịch UBND tỉnh đồng chủ trì hội nghị.",
                        "2023-06-26", "Mai Văn Hùng;Đỗ Minh Tuấn",
                        "Mai Văn Hùng=Phó Bí thư Tỉnh ủy|Chủ tịch HĐND tỉnh;Đỗ Minh Tuấn=Chủ tịch UBND tỉnh"),
                lead("attendees after the chair, joined by cùng", "Phiên họp UBND huyện thường kỳ tháng 7",
                        "01/08/2023 08:30",
                        "Ngày 31/7, UBND huyện Ba Chẽ tổ chức phiên họp thường kỳ tháng 7. Đồng chí Lê Hữu Phúc, Chủ tịch "
                                + "UBND huyện chủ trì phiên họp; cùng dự có đồng chí Hoàng Thị Lụa, Phó Chủ tịch UBND huyện.",
                        "2023-07-31", "Lê Hữu Phúc",
                        "Lê Hữu Phúc=Chủ tịch UBND huyện;Hoàng Thị Lụa=Phó Chủ tịch UBND huyện"),
                lead("dash date with year", "Khai mạc hội thảo khoa học về lịch sử Đảng bộ tỉnh", null,
                        "Ngày 3-2-2024, Ban Tuyên giáo Tỉnh ủy Cao Bằng tổ chức hội thảo khoa học về lịch sử Đảng bộ tỉnh. "
                                + "Đồng chí Đàm Văn Lợi, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội thảo.",
                        "2024-02-03", "Đàm Văn Lợi", "Đàm Văn Lợi=Trưởng Ban Tuyên giáo Tỉnh ủy"),
                lead("no year anywhere", "Hội nghị giao ban khối Nội chính", null,
                        "Ngày 18/4, Ban Nội chính Huyện ủy Kỳ Sơn tổ chức hội nghị giao ban khối Nội chính quý I. Đồng chí "
                                + "Vi Văn Sơn, Phó Bí thư Huyện ủy chủ trì hội nghị.",
                        "--04-18", "Vi Văn Sơn", "Vi Văn Sơn=Phó Bí thư Huyện ủy"),
                lead("working visit by a vice chairman", "Phó Chủ tịch UBND tỉnh làm việc với huyện Krông Bông",
                        "Thứ Năm, 21/03/2024 - 19:15",
                        "Chiều 21/3, đồng chí Võ Văn Cảnh, Phó Chủ tịch UBND tỉnh đã có buổi làm việc với UBND huyện Krông "
                                + "Bông về tiến độ giải ngân vốn đầu tư công. Cùng làm việc có đồng chí Ksor Y Phun, Phó Giám "
                                + "đốc Sở Kế hoạch và Đầu tư.",
                        "2024-03-21", "Võ Văn Cảnh",
                        "Võ Văn Cảnh=Phó Chủ tịch UBND tỉnh;Ksor Y Phun=Phó Giám đốc Sở Kế hoạch và Đầu tư"),
                lead("city party secretary with the member title", "Thành ủy Hạ Long sơ kết 6 tháng đầu năm",
                        "Cập nhật lúc 10:30, 12/07/2022",
                        "Sáng 11/7, Thành ủy Hạ Long tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2022. Đồng chí Vũ Văn "
                                + "Diện, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Hạ Long chủ trì hội nghị.",
                        "2022-07-11", "Vũ Văn Diện", "Vũ Văn Diện=Ủy viên Ban Thường vụ Tỉnh ủy|Bí thư Thành ủy Hạ Long"),
                lead("lễ with a speaker only", "Lễ kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ", "28/07/2022 | 07:10",
                        "Tối 27/7, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Tủa Chùa tổ chức lễ kỷ niệm 75 năm Ngày "
                                + "Thương binh - Liệt sĩ. Đồng chí Vàng A Chu, Bí thư Huyện ủy đọc diễn văn tại buổi lễ.",
                        "2022-07-27", "", "Vàng A Chu=Bí thư Huyện ủy"),
                lead("kỳ họp HĐND huyện chaired by the chairwoman", "Kỳ họp thứ 9 HĐND huyện khóa XX", "14/12/2023",
                        "Sáng 13/12, HĐND huyện Bắc Mê khóa XX tổ chức kỳ họp thứ 9. Bà Lý Thị Mai, Phó Bí thư Huyện ủy, "
                                + "Chủ tịch HĐND huyện chủ tọa kỳ họp.",
                        "2023-12-13", "Lý Thị Mai", "Lý Thị Mai=Phó Bí thư Huyện ủy|Chủ tịch HĐND huyện"),
                lead("chủ trì có các đồng chí list", "Hội nghị sơ kết 6 tháng đầu năm của Đảng ủy Khối", "15/07/2023 | 09:20",
                        "Sáng 14/7, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Chủ trì "
                                + "hội nghị có các đồng chí: Triệu Thị Ngọc Diễm, Bí thư Đảng ủy Khối; Nguyễn Văn Tấn, Phó "
                                + "Bí thư Thường trực Đảng ủy Khối.",
                        "2023-07-14", "Triệu Thị Ngọc Diễm;Nguyễn Văn Tấn",
                        "Triệu Thị Ngọc Diễm=Bí thư Đảng ủy Khối;Nguyễn Văn Tấn=Phó Bí thư Thường trực Đảng ủy Khối"),
                lead("street with a three-syllable name", "Ra quân chỉnh trang đô thị", "11/03/2024 | 16:00",
                        "Sáng 10/3, UBND phường Trần Phú tổ chức lễ ra quân chỉnh trang đô thị trên đường Trần Hưng Đạo. "
                                + "Đồng chí Lâm Văn Tới, Chủ tịch UBND phường phát biểu phát động.",
                        "2024-03-10", "", "Lâm Văn Tới=Chủ tịch UBND phường"),
                lead("school with a three-syllable name", "Trao học bổng cho học sinh nghèo vượt khó", "21/11/2023",
                        "Chiều 20/11, tại Trường THPT Lê Quý Đôn, Hội Khuyến học tỉnh tổ chức lễ trao học bổng cho học sinh "
                                + "nghèo vượt khó. Bà Đỗ Thị Hồng Vân, Chủ tịch Hội Khuyến học tỉnh trao học bổng.",
                        "2023-11-20", "", "Đỗ Thị Hồng Vân=Chủ tịch Hội Khuyến học tỉnh"),
                lead("dash after name, ông cue", "Họp bàn phương án ứng phó bão số 3", "06/09/2024 | 21:10",
                        "Tối 5/9, UBND huyện Cô Tô tổ chức cuộc họp khẩn triển khai phương án ứng phó bão số 3. Ông Nguyễn "
                                + "Văn Thắng - Chủ tịch UBND huyện chủ trì cuộc họp.",
                        "2024-09-05", "Nguyễn Văn Thắng", "Nguyễn Văn Thắng=Chủ tịch UBND huyện"),
                lead("Đ/c cue", "Giao ban Đảng ủy xã tháng 4", "03/05/2022",
                        "Ngày 2/5, Đảng ủy xã Thạch Đà tổ chức giao ban tháng 4. Đ/c Lưu Văn Tuấn, Bí thư Đảng ủy xã chủ "
                                + "trì hội nghị.",
                        "2022-05-02", "Lưu Văn Tuấn", "Lưu Văn Tuấn=Bí thư Đảng ủy xã"),
                lead("sáng qua with a bracketed date", "Khai mạc Hội thao Công an tỉnh", "14/05/2023 | 06:30",
                        "Sáng qua (13/5), Công an tỉnh Quảng Bình tổ chức lễ khai mạc Hội thao năm 2023. Đồng chí Đinh Văn "
                                + "Lộc, Phó Giám đốc Công an tỉnh chủ trì buổi lễ.",
                        "2023-05-13", "Đinh Văn Lộc", "Đinh Văn Lộc=Phó Giám đốc Công an tỉnh"),
                lead("bracketed weekday after the date", "Ban Thường vụ Huyện ủy họp thường kỳ", "20/10/2022",
                        "Chiều 19/10 (thứ Tư), Ban Thường vụ Huyện ủy Sơn Dương họp thường kỳ tháng 10. Đồng chí Triệu Đức "
                                + "Huy, Bí thư Huyện ủy chủ trì cuộc họp.",
                        "2022-10-19", "Triệu Đức Huy", "Triệu Đức Huy=Bí thư Huyện ủy"),
                lead("dateline with a portal name", "Phiên họp thường kỳ tháng 6 UBND tỉnh", "01/07/2021 18:00",
                        "(Baoquangngai.vn)- Chiều 30/6, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6. Chủ tịch UBND tỉnh "
                                + "Đặng Văn Minh chủ trì phiên họp.",
                        "2021-06-30", "Đặng Văn Minh", "Đặng Văn Minh=Chủ tịch UBND tỉnh"),
                lead("attendees listed with semicolons after có", "Hội nghị tiếp xúc cử tri trước kỳ họp", "02/12/2022 | 15:40",
                        "Ngày 1/12, Thường trực HĐND huyện Đầm Hà tổ chức hội nghị tiếp xúc cử tri tại xã Tân Bình. Tham dự "
                                + "có các đồng chí: Hà Thị Hồng, Phó Chủ tịch HĐND huyện; Hoàng Minh Phương, Ủy viên Ban "
                                + "Thường vụ Huyện ủy.",
                        "2022-12-01", "",
                        "Hà Thị Hồng=Phó Chủ tịch HĐND huyện;Hoàng Minh Phương=Ủy viên Ban Thường vụ Huyện ủy"),
                lead("delegation led by, dẫn đầu", "Đoàn công tác của tỉnh thăm, làm việc tại huyện đảo", "18/04/2024 | 20:00",
                        "Ngày 17/4, đoàn công tác của tỉnh do đồng chí Cao Tường Huy, Chủ tịch UBND tỉnh dẫn đầu đã làm "
                                + "việc với Huyện ủy Vân Đồn về tiến độ các công trình trọng điểm.",
                        "2024-04-17", "Cao Tường Huy", "Cao Tường Huy=Chủ tịch UBND tỉnh"),
                lead("two titled chairs before their names", "Hội nghị đối thoại với nhân dân năm 2023", "29/09/2023 | 17:30",
                        "Sáng 28/9, Huyện ủy Hòa Vang tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với "
                                + "nhân dân. Bí thư Huyện ủy Nguyễn Thị Hoàng Yến và Chủ tịch UBND huyện Phạm Ngọc Chính đồng "
                                + "chủ trì hội nghị.",
                        "2023-09-28", "Nguyễn Thị Hoàng Yến;Phạm Ngọc Chính",
                        "Nguyễn Thị Hoàng Yến=Bí thư Huyện ủy;Phạm Ngọc Chính=Chủ tịch UBND huyện"),
                lead("a dialogue with citizens after a place clause", "Bí thư Huyện ủy đối thoại với Nhân dân xã Tà Xùa",
                        "13/06/2024 | 09:10",
                        "Sáng 12-6, tại hội trường UBND xã Tà Xùa, đồng chí Lường Văn Khiêm, Bí thư Huyện ủy Bắc Yên chủ trì "
                                + "buổi đối thoại trực tiếp với Nhân dân về những vấn đề người dân quan tâm.",
                        "2024-06-12", "Lường Văn Khiêm", "Lường Văn Khiêm=Bí thư Huyện ủy Bắc Yên"),
                lead("a supervision visit led by a deputy chair", "Giám sát thực hiện Chương trình MTQG tại Tuần Giáo",
                        "23/07/2024 | 08:30",
                        "Ngày 22/7, Đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Quàng Văn Thiêm, Phó Chủ tịch HĐND "
                                + "tỉnh làm trưởng đoàn đã giám sát kết quả thực hiện Chương trình tại huyện Tuần Giáo.",
                        "2024-07-22", "Quàng Văn Thiêm", "Quàng Văn Thiêm=Phó Chủ tịch HĐND tỉnh"),
                lead("an inspection by a provincial leader", "Kiểm tra khắc phục hậu quả mưa lũ tại Lục Yên",
                        "Cập nhật: 13/10/2024",
                        "(CTTĐT) - Chiều 12/10, đồng chí Hà Quang Trung, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh đã đi kiểm tra "
                                + "công tác khắc phục hậu quả mưa lũ tại xã Khánh Hòa, huyện Lục Yên.",
                        "2024-10-12", "Hà Quang Trung", "Hà Quang Trung=Tỉnh ủy viên|Phó Chủ tịch UBND tỉnh"),
                lead("commune named after a person", "Xã Hồ Tùng Mậu tổ chức lễ đón nhận chuẩn nông thôn mới", "16/01/2024",
                        "Sáng 15/1, tại xã Hồ Tùng Mậu, UBND xã tổ chức lễ đón nhận quyết định công nhận xã đạt chuẩn nông "
                                + "thôn mới nâng cao. Ông Lê Đình Phong, Chủ tịch UBND xã phát biểu khai mạc.",
                        "2024-01-15", "", "Lê Đình Phong=Chủ tịch UBND xã"),
                lead("night ceremony", "Lễ đón giao thừa tại Quảng trường trung tâm", "01/01/2024 | 00:45",
                        "Đêm 31/12, UBND thành phố Tuy Hòa tổ chức lễ chào đón năm mới 2024 tại Quảng trường 1 tháng 4. "
                                + "Ông Lê Tấn Hổ, Chủ tịch UBND thành phố dự và phát biểu.",
                        "2023-12-31", "", "Lê Tấn Hổ=Chủ tịch UBND thành phố"),
                lead("three-day range with từ ngày", "Lớp bồi dưỡng kiến thức quốc phòng và an ninh", "15/08/2023 | 08:00",
                        "Từ ngày 12 - 14/8, Ban Chỉ huy Quân sự huyện Ba Tơ tổ chức hội nghị bồi dưỡng kiến thức quốc phòng "
                                + "và an ninh cho đối tượng 4. Đồng chí Đinh Văn Thương, Bí thư Huyện ủy chủ trì khai mạc.",
                        "2023-08-12", "Đinh Văn Thương", "Đinh Văn Thương=Bí thư Huyện ủy"),
                lead("đã chủ trì after two titles", "Ban Chỉ đạo 35 huyện họp triển khai nhiệm vụ", "08/03/2023 | 14:30",
                        "Chiều 7/3, đồng chí Nguyễn Thanh Tùng, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo 35 "
                                + "huyện đã chủ trì hội nghị triển khai nhiệm vụ năm 2023.",
                        "2023-03-07", "Nguyễn Thanh Tùng",
                        "Nguyễn Thanh Tùng=Phó Bí thư Thường trực Huyện ủy|Trưởng Ban Chỉ đạo 35 huyện"),
                lead("noon date with dash", "Họp khẩn về sự cố sạt lở", "02/10/2022 | 13:15",
                        "Trưa 1-10, UBND huyện Nam Trà My tổ chức cuộc họp khẩn về sự cố sạt lở tại xã Trà Leng. Ông Hồ "
                                + "Quang Bửu, Chủ tịch UBND huyện chủ trì cuộc họp.",
                        "2022-10-01", "Hồ Quang Bửu", "Hồ Quang Bửu=Chủ tịch UBND huyện"),
                lead("titles in brackets", "Hội nghị học tập chuyên đề năm 2024", "26/03/2024 | 10:20",
                        "Ngày 25/3, Huyện ủy Thạch Thành tổ chức hội nghị học tập, quán triệt chuyên đề năm 2024. Đồng chí "
                                + "Hoàng Văn Hùng (Bí thư Huyện ủy) chủ trì hội nghị.",
                        "2024-03-25", "Hoàng Văn Hùng", "Hoàng Văn Hùng=Bí thư Huyện ủy"),
                lead("en dash between titles", "Họp Ban Chỉ đạo phòng, chống thiên tai huyện", "12/10/2023",
                        "Chiều 11/10, Ban Chỉ huy phòng, chống thiên tai huyện Đakrông họp triển khai ứng phó mưa lũ. Đồng "
                                + "chí Nguyễn Văn Hóa – Phó Chủ tịch UBND huyện – Trưởng ban chủ trì cuộc họp.",
                        "2023-10-11", "Nguyễn Văn Hóa", "Nguyễn Văn Hóa=Phó Chủ tịch UBND huyện|Trưởng ban"),
                lead("shared verb after a semicolon list", "Hội nghị cán bộ chủ chốt huyện", "07/04/2022 | 16:40",
                        "Sáng 6/4, Huyện ủy Đô Lương tổ chức hội nghị cán bộ chủ chốt. Đồng chí Bùi Đình Long, Bí thư Huyện "
                                + "ủy; đồng chí Nguyễn Thị Hồng Hoa, Chủ tịch UBND huyện chủ trì hội nghị.",
                        "2022-04-06", "Bùi Đình Long;Nguyễn Thị Hồng Hoa",
                        "Bùi Đình Long=Bí thư Huyện ủy;Nguyễn Thị Hồng Hoa=Chủ tịch UBND huyện"),
                lead("comma before the chair verb", "Hội nghị tổng kết 10 năm xây dựng nông thôn mới", "19/12/2020",
                        "HÀ TĨNH - Chiều 18.12, UBND huyện Can Lộc tổ chức hội nghị tổng kết 10 năm xây dựng nông thôn mới. "
                                + "Ông Trần Thế Dũng, Chủ tịch UBND huyện, chủ trì hội nghị.",
                        "2020-12-18", "Trần Thế Dũng", "Trần Thế Dũng=Chủ tịch UBND huyện"),
                lead("full date in another year than the stamp", "Nhìn lại hội nghị xúc tiến đầu tư", "05/02/2024 | 09:00",
                        "Ngày 12/12/2023, UBND tỉnh Hậu Giang tổ chức hội nghị xúc tiến đầu tư. Đồng chí Đồng Văn Thanh, Phó "
                                + "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
                        "2023-12-12", "Đồng Văn Thanh", "Đồng Văn Thanh=Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh"),
                lead("Y of medicine is no Ê Đê name", "Lễ trao bằng tốt nghiệp năm 2023", "06/06/2023",
                        "Sáng 5/6, Trường Đại học Y Dược Thái Bình tổ chức lễ trao bằng tốt nghiệp cho sinh viên. Bệnh viện "
                                + "Y học cổ truyền tỉnh và Trung tâm Y tế huyện Vũ Thư cùng dự. Đại diện tân cử nhân, anh Y "
                                + "Lâm Niê phát biểu cảm tưởng.",
                        "2023-06-05", "", "Y Lâm Niê="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leads")
    void readsTheLead(String label, String raw, String date, String chairs, String people) {
        Document doc = EXTRACTOR.extract("t.txt", raw);
        List<Meeting> meetings = doc.meetings();
        if (date == null) {
            assertThat(meetings).as("meetings").isEmpty();
        } else {
            assertThat(meetings).as("meetings").hasSize(1);
            Meeting meeting = meetings.get(0);
            assertThat(meeting.date()).as("date").isEqualTo(date);
            List<String> chairNames = new ArrayList<>();
            for (Person chair : meeting.chairs()) {
                chairNames.add(fold(chair.name()));
            }
            assertThat(chairNames).as("chairs").containsExactlyInAnyOrderElementsOf(split(chairs, ";"));
        }
        Map<String, TreeSet<String>> expected = new LinkedHashMap<>();
        for (String entry : split(people, ";")) {
            String[] parts = entry.split("=", 2);
            expected.put(parts[0], new TreeSet<>(split(parts[1], "\\|")));
        }
        Map<String, TreeSet<String>> actual = new LinkedHashMap<>();
        for (Person person : doc.people()) {
            TreeSet<String> titles = new TreeSet<>();
            for (String title : person.titles()) {
                titles.add(fold(title));
            }
            actual.put(fold(person.name()), titles);
        }
        assertThat(actual).as("people with titles").isEqualTo(expected);
    }

    private static List<String> split(String list, String separator) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(separator)) {
            if (!part.isBlank()) {
                out.add(fold(part));
            }
        }
        return out;
    }

    /** Compared as the scorer does: NFC, case folded, spaces folded (tone placement is the same on both sides here). */
    private static String fold(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        return String.join(" ", Arrays.asList(nfc.split("[ \\u00A0]+")));
    }
}
