package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Task;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final TaskExtractor EXTRACTOR = new TaskExtractor();

    private static final String PARTY_HEADER = "ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN\n\nSố 120-CV/HU\n\n"
            + "V/v triển khai nhiệm vụ trọng tâm tháng 7\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            + "Lục Ngạn, ngày 5 tháng 7 năm 2021\n\nKính gửi: Các chi, đảng bộ trực thuộc.\n\n";
    private static final String PARTY_FOOTER = "\n\nNơi nhận:\n\n- Như trên (thực hiện),\n- Thường trực Huyện ủy,\n"
            + "- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn Bình\n";
    private static final String STATE_HEADER = "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 1520/UBND-VP\n\n"
            + "V/v tăng cường phòng, chống dịch bệnh\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            + "Hậu Giang, ngày 12 tháng 3 năm 2024\n\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n"
            + "- UBND các huyện, thị xã, thành phố.\n\n";
    private static final String STATE_FOOTER = "\n\nNơi nhận:\n- Như trên;\n- TT: TU, HĐND tỉnh;\n- Lưu: VT.\n\n"
            + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Huyến\n";
    private static final String NEWS_LEAD = "Huyện Lục Ngạn triển khai nhiệm vụ 6 tháng cuối năm\n\n"
            + "Ngày 11/6, Ban Thường vụ Huyện ủy Lục Ngạn tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm, "
            + "triển khai nhiệm vụ 6 tháng cuối năm 2021.\n\n";

    private static TaskList extract(String raw, DocType type) {
        SourceText doc = NORMALIZER.normalize(raw);
        TaskList tasks = EXTRACTOR.extract(new ExtractionContext(doc, type, null));
        for (Task t : tasks.numbered()) {
            assertThat(t.text()).as("span of task %s", t.number()).isEqualTo(raw.substring(t.start(), t.end()));
        }
        for (Task t : tasks.directives()) {
            assertThat(t.text()).as("span of directive %s", t.number()).isEqualTo(raw.substring(t.start(), t.end()));
        }
        return tasks;
    }

    private static List<Task> letter(String body) {
        return extract(PARTY_HEADER + body + PARTY_FOOTER, DocType.OFFICIAL_LETTER).numbered();
    }

    private static List<String> numbers(List<Task> tasks) {
        return tasks.stream().map(Task::number).toList();
    }

    // ---- numbered lists of administrative documents ----

    @Test
    void numberedItemsKeepTheirContinuationParagraphs() {
        List<Task> tasks = letter("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy tập trung thực hiện tốt các nhiệm vụ sau:\n\n"
                + "1. Tập trung lãnh đạo, chỉ đạo phòng, chống dịch Covid-19.\n\n"
                + "Các cấp ủy đảng chịu trách nhiệm trước Ban Thường vụ Huyện ủy về kết quả thực hiện.\n\n"
                + "2. Đẩy mạnh tiêu thụ vải thiều, hỗ trợ nhân dân thu hoạch.\n\n"
                + "Chủ động kết nối với các doanh nghiệp xuất khẩu.\n\n"
                + "3. Chuẩn bị tốt các kỳ họp HĐND các cấp nhiệm kỳ 2021-2026.");
        assertThat(numbers(tasks)).containsExactly("1", "2", "3");
        assertThat(tasks.get(0).content()).isEqualTo("Tập trung lãnh đạo, chỉ đạo phòng, chống dịch Covid-19.\n"
                + "Các cấp ủy đảng chịu trách nhiệm trước Ban Thường vụ Huyện ủy về kết quả thực hiện.");
        assertThat(tasks.get(1).content()).endsWith("\nChủ động kết nối với các doanh nghiệp xuất khẩu.");
        assertThat(tasks.get(0).text()).startsWith("1. Tập trung").endsWith("về kết quả thực hiện.");
        assertThat(tasks.get(2).content()).isEqualTo("Chuẩn bị tốt các kỳ họp HĐND các cấp nhiệm kỳ 2021-2026.")
                .doesNotContain("Nơi nhận");
    }

    @Test
    void romanSectionsHoldNumberedItems() {
        String body = "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Quán triệt sâu sắc nội dung Kết luận của Ban Chấp hành Đảng bộ tỉnh.\n\n"
                + "2. Xác định rõ trách nhiệm của người đứng đầu.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n"
                + "Các cơ quan, đơn vị tập trung thực hiện:\n\n1. Tăng cường công tác tuyên truyền.\n\n"
                + "2. Đẩy mạnh cải cách hành chính.\n\n3. Kiểm tra, giám sát việc thực hiện.";
        List<Task> tasks = extract(STATE_HEADER + body + STATE_FOOTER, DocType.PLAN).numbered();
        assertThat(numbers(tasks)).containsExactly("I.1", "I.2", "II.1", "II.2", "II.3");
        assertThat(tasks.get(1).content()).isEqualTo("Xác định rõ trách nhiệm của người đứng đầu.");
        assertThat(tasks.get(4).content()).isEqualTo("Kiểm tra, giám sát việc thực hiện.");
    }

    @Test
    void itemsNumberedOnAcrossSectionsKeepTheirNumbers() {
        String body = "I. VỀ CÔNG TÁC XÂY DỰNG ĐẢNG\n\n1. Tiếp tục sắp xếp, kiện toàn tổ chức bộ máy.\n\n"
                + "2. Làm tốt công tác phát triển đảng viên.\n\nII. VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI\n\n"
                + "3. Đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n\n4. Tập trung xây dựng nông thôn mới nâng cao.";
        List<Task> tasks = extract(STATE_HEADER + body + STATE_FOOTER, DocType.CONCLUSION).numbered();
        assertThat(numbers(tasks)).containsExactly("I.1", "I.2", "II.3", "II.4");
        assertThat(tasks.get(2).content()).startsWith("Đẩy nhanh tiến độ giải ngân");
    }

    @Test
    void aSectionWithoutItemsIsOneTask() {
        String body = "I- Tiếp tục quán triệt, thực hiện nghiêm các chỉ đạo của Trung ương về phòng, chống dịch.\n\n"
                + "Các cấp ủy, chính quyền không được chủ quan, lơ là.\n\nII- Về phát triển kinh tế:\n\n"
                + "1- Đẩy mạnh sản xuất nông nghiệp.\n\n2- Tháo gỡ khó khăn cho doanh nghiệp.";
        List<Task> tasks = letter(body);
        assertThat(numbers(tasks)).containsExactly("I", "II.1", "II.2");
        assertThat(tasks.get(0).content()).isEqualTo("Tiếp tục quán triệt, thực hiện nghiêm các chỉ đạo của Trung ương "
                + "về phòng, chống dịch.\nCác cấp ủy, chính quyền không được chủ quan, lơ là.");
        assertThat(tasks.get(0).text()).startsWith("I- Tiếp tục");
    }

    @Test
    void sectionsAloneAreTheTasks() {
        String body = "Ban Thường vụ Tỉnh ủy kết luận như sau:\n\nI. Đồng ý với báo cáo của Ban cán sự đảng UBND tỉnh.\n\n"
                + "II. Giao Ban cán sự đảng UBND tỉnh chỉ đạo hoàn thiện đề án.\n\n"
                + "III. Các huyện ủy, thành ủy tổ chức quán triệt đến cán bộ, đảng viên.";
        List<Task> tasks = extract(STATE_HEADER + body + STATE_FOOTER, DocType.CONCLUSION).numbered();
        assertThat(numbers(tasks)).containsExactly("I", "II", "III");
        assertThat(tasks.get(1).content()).startsWith("Giao Ban cán sự đảng");
    }

    @Test
    void aLastSectionHeadingKeepsTheParagraphThatFillsIt() {
        String body = "I. NHIỆM VỤ\n\n1. Tăng cường tuyên truyền.\n\n2. Đẩy mạnh cải cách hành chính.\n\n"
                + "II. TỔ CHỨC THỰC HIỆN\n\nĐề nghị các sở, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện./.";
        List<Task> tasks = extract(STATE_HEADER + body + STATE_FOOTER, DocType.PLAN).numbered();
        assertThat(numbers(tasks)).containsExactly("I.1", "I.2", "II");
        assertThat(tasks.get(2).content()).isEqualTo("TỔ CHỨC THỰC HIỆN\nĐề nghị các sở, ngành căn cứ chức năng, "
                + "nhiệm vụ triển khai thực hiện.");
    }

    @Test
    void aListOfLetteredItemsAloneGivesLetteredTasks() {
        List<Task> tasks = letter("Để kịp thời ứng phó với dịch bệnh, Ban Thường vụ Huyện ủy đề nghị:\n\n"
                + "a) Các xã, thị trấn kiện toàn Tổ Covid cộng đồng.\n\nb) Trung tâm Y tế huyện chuẩn bị đủ vật tư.\n\n"
                + "c) Công an huyện bảo đảm an ninh tại các khu cách ly.");
        assertThat(numbers(tasks)).containsExactly("a", "b", "c");
        assertThat(tasks.get(1).content()).isEqualTo("Trung tâm Y tế huyện chuẩn bị đủ vật tư.");
    }

    @Test
    void letteredListsMaySkipĐ() {
        List<Task> tasks = letter("Đề nghị các đơn vị:\n\na) Rà soát.\n\nb) Tổng hợp số liệu.\n\nc) Báo cáo.\n\n"
                + "d) Lập kế hoạch cụ thể.\n\nđ) Phân công cán bộ theo dõi.\n\ne) Tổ chức sơ kết.");
        assertThat(numbers(tasks)).containsExactly("a", "b", "c", "d", "đ", "e");
    }

    @Test
    void itemsNumberedWithADashOrABracket() {
        assertThat(numbers(letter("1- Tổ chức quán triệt đến chi bộ.\n\n2- Rà soát đảng viên.\n\n3- Báo cáo kết quả.")))
                .containsExactly("1", "2", "3");
        assertThat(numbers(letter("1) Tổ chức quán triệt đến chi bộ.\n\n2) Rà soát đảng viên."))).containsExactly("1", "2");
        assertThat(numbers(letter("1 - Tổ chức quán triệt đến chi bộ.\n\n2 - Rà soát đảng viên."))).containsExactly("1", "2");
    }

    @Test
    void letteredSubItemsStayInsideTheirItem() {
        List<Task> tasks = letter("1. Tăng cường công tác tuyên truyền.\n\n2. Sở Y tế chủ trì:\n\n"
                + "a) Tổ chức tiêm vắc xin cho người dân.\n\nb) Chuẩn bị các khu cách ly tập trung.\n\n"
                + "3. Công an tỉnh bảo đảm an ninh trật tự.");
        assertThat(numbers(tasks)).containsExactly("1", "2", "3");
        assertThat(tasks.get(1).content()).isEqualTo("Sở Y tế chủ trì:\na) Tổ chức tiêm vắc xin cho người dân.\n"
                + "b) Chuẩn bị các khu cách ly tập trung.");
    }

    @Test
    void dashBulletsAndOutlineNumbersStayInsideTheirItem() {
        List<Task> tasks = letter("1. Về công tác phòng, chống dịch:\n- Duy trì hoạt động của tổ Covid cộng đồng;\n"
                + "- Kiểm soát chặt người ra, vào địa bàn.\n\n2. Về phát triển kinh tế\n\n"
                + "2.1. Hỗ trợ tiêu thụ nông sản.\n\n2.2. Đẩy nhanh giải ngân vốn đầu tư công.");
        assertThat(numbers(tasks)).containsExactly("1", "2");
        assertThat(tasks.get(0).content()).contains("\n- Duy trì hoạt động", "\n- Kiểm soát chặt");
        assertThat(tasks.get(1).content()).contains("2.1. Hỗ trợ tiêu thụ nông sản.", "2.2. Đẩy nhanh");
    }

    @Test
    void aPageBreakInsideATaskIsLeftOutOfItsContent() {
        String raw = STATE_HEADER + "1. Sở Tài chính bố trí kinh phí cho công tác phòng,\n\n--- PAGE BREAK ---\n\n"
                + "chống dịch theo quy định.\n\nTrang 2\n\nĐồng thời hướng dẫn các địa phương thực hiện.\n\n"
                + "2. Sở Y tế theo dõi tình hình dịch bệnh." + STATE_FOOTER;
        List<Task> tasks = extract(raw, DocType.OFFICIAL_LETTER).numbered();
        assertThat(numbers(tasks)).containsExactly("1", "2");
        assertThat(tasks.get(0).content()).isEqualTo("Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch "
                + "theo quy định.\nĐồng thời hướng dẫn các địa phương thực hiện.");
        assertThat(tasks.get(0).text()).contains("PAGE BREAK", "Trang 2");
    }

    @Test
    void aSignatureStampAndTheGazetteHeaderAreLeftOut() {
        String raw = STATE_HEADER + "1. Các sở, ngành rà soát thủ tục hành chính.\n"
                + "Ký bởi: Văn phòng Ủy ban nhân dân tỉnh\nThời gian ký: 15.01.2024 10:20:33 +07:00\n"
                + "Hoàn thành trước ngày 30/6/2024.\n\nCÔNG BÁO/Số 12 + 13/Ngày 15-01-2024\n\n"
                + "2. UBND các huyện công khai kết quả giải quyết hồ sơ." + STATE_FOOTER;
        List<Task> tasks = extract(raw, DocType.DIRECTIVE).numbered();
        assertThat(numbers(tasks)).containsExactly("1", "2");
        assertThat(tasks.get(0).content()).isEqualTo("Các sở, ngành rà soát thủ tục hành chính.\n"
                + "Hoàn thành trước ngày 30/6/2024.");
        assertThat(tasks.get(0).text()).contains("Ký bởi").doesNotContain("CÔNG BÁO");
    }

    @Test
    void theAssignmentParagraphClosesTheLastTask() {
        List<Task> tasks = letter("1. Tập trung tiêu thụ vải thiều.\n\n2. Các đồng chí Huyện ủy viên phải gương mẫu.\n\n"
                + "Giao UBND huyện chủ trì, phối hợp với Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện "
                + "công văn này ./.");
        assertThat(tasks.get(1).content()).isEqualTo("Các đồng chí Huyện ủy viên phải gương mẫu.");
        assertThat(tasks.get(1).text()).doesNotContain("Giao");
    }

    @Test
    void aClosingRequestClosesTheLastTask() {
        List<Task> tasks = letter("1. Rà soát danh sách đảng viên.\n\n2. Báo cáo kết quả về Ban Tổ chức Huyện ủy.\n\n"
                + "Đề nghị các chi, đảng bộ nghiêm túc triển khai thực hiện./.");
        assertThat(tasks.get(1).content()).isEqualTo("Báo cáo kết quả về Ban Tổ chức Huyện ủy.");
        List<Task> other = letter("1. Rà soát danh sách đảng viên.\n\n2. Báo cáo kết quả về Ban Tổ chức Huyện ủy.\n\n"
                + "Ban Thường vụ Huyện ủy yêu cầu các chi, đảng bộ nghiêm túc thực hiện./.");
        assertThat(other.get(1).content()).doesNotContain("nghiêm túc");
    }

    @Test
    void aClosingMarkParagraphThatIsPartOfTheLastTaskStays() {
        List<Task> tasks = letter("1. Rà soát danh sách đảng viên.\n\n2. Tổng hợp kết quả kiểm điểm.\n\n"
                + "Thời gian gửi báo cáo trước ngày 25 hằng tháng./.");
        assertThat(tasks.get(1).content()).isEqualTo("Tổng hợp kết quả kiểm điểm.\n"
                + "Thời gian gửi báo cáo trước ngày 25 hằng tháng.");
        assertThat(tasks.get(1).text()).endsWith("hằng tháng./.");
    }

    @Test
    void theSignerBlockEndsTheListWithoutADistributionList() {
        String raw = STATE_HEADER + "1. Sở Công Thương kiểm tra thị trường.\n\n2. Công an tỉnh xử lý vi phạm.\n\n"
                + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Huyến\n";
        List<Task> tasks = extract(raw, DocType.OFFICIAL_LETTER).numbered();
        assertThat(numbers(tasks)).containsExactly("1", "2");
        assertThat(tasks.get(1).content()).isEqualTo("Công an tỉnh xử lý vi phạm.");
    }

    @Test
    void aListIntroAnnouncesASingleItem() {
        List<Task> tasks = letter("Ban Thường vụ Huyện ủy yêu cầu thực hiện một số nhiệm vụ, giải pháp trọng tâm sau:\n\n"
                + "1. Khẩn trương hoàn thành việc kiện toàn cấp ủy sau đại hội.");
        assertThat(numbers(tasks)).containsExactly("1");
        assertThat(tasks.get(0).content()).startsWith("Khẩn trương hoàn thành");
    }

    @Test
    void theItemsOwnClosingMarkIsDroppedFromItsContent() {
        List<Task> tasks = letter("1. Rà soát quy hoạch cán bộ.\n\n2. Các cơ quan, đơn vị chủ động thực hiện./.");
        assertThat(tasks.get(1).content()).isEqualTo("Các cơ quan, đơn vị chủ động thực hiện.");
    }

    @Test
    void itemsOnConsecutiveLinesWithoutBlankLines() {
        String raw = STATE_HEADER + "Chủ tịch UBND tỉnh yêu cầu:\n1. Các sở, ngành tăng cường kiểm tra.\n"
                + "2. UBND các huyện chỉ đạo các xã thực hiện.\n3. Báo Hậu Giang đẩy mạnh tuyên truyền.\n"
                + "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.\n" + STATE_FOOTER;
        List<Task> tasks = extract(raw, DocType.OFFICIAL_LETTER).numbered();
        assertThat(numbers(tasks)).containsExactly("1", "2", "3");
        assertThat(tasks.get(2).content()).isEqualTo("Báo Hậu Giang đẩy mạnh tuyên truyền.");
    }

    @Test
    void boldNumbersKeepRawSpans() {
        String raw = STATE_HEADER + "**1. Sở Y tế** chủ trì thực hiện.\n\n**2. Sở Tài chính** bố trí kinh phí." + STATE_FOOTER;
        List<Task> tasks = extract(raw, DocType.OFFICIAL_LETTER).numbered();
        assertThat(numbers(tasks)).containsExactly("1", "2");
        assertThat(tasks.get(0).content()).isEqualTo("Sở Y tế chủ trì thực hiện.");
        assertThat(tasks.get(1).text()).contains("Sở Tài chính");
    }

    @Test
    void romanSectionsWithBracketItems() {
        String body = "I. Nhiệm vụ chung\n\n1) Giữ vững ổn định chính trị.\n\n2) Phát triển kinh tế.\n\n"
                + "II. Nhiệm vụ cụ thể\n\n1) Hoàn thành đại hội chi bộ.";
        assertThat(numbers(letter(body))).containsExactly("I.1", "I.2", "II.1");
    }

    @Test
    void aNewsItemWithADirectiveListGivesNumberedTasks() {
        String raw = NEWS_LEAD + "Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các cấp, các ngành tập trung "
                + "thực hiện các nhiệm vụ sau:\n\n1. Đẩy mạnh tiêu thụ vải thiều.\n\n2. Kiểm soát chặt các khu cách ly.\n\n"
                + "Hội nghị cũng đã thông qua các báo cáo quan trọng khác.\n\nQuang Huấn";
        TaskList tasks = extract(raw, DocType.NEWS_ITEM);
        assertThat(numbers(tasks.numbered())).containsExactly("1", "2");
        assertThat(tasks.numbered().get(1).content()).isEqualTo("Kiểm soát chặt các khu cách ly.");
        assertThat(tasks.directives()).isEmpty();
    }

    // ---- directives of a news item ----

    @Test
    void aConclusionSplitsIntoDirectives() {
        String raw = NEWS_LEAD + "Kết luận hội nghị, đồng chí Lê Minh Hải - Bí thư Huyện ủy yêu cầu các cơ sở Đảng "
                + "tiếp tục đẩy mạnh công tác tuyên truyền; chuẩn bị tốt đại hội chi bộ; tăng cường kiểm tra, giám sát./.\n\n"
                + "Bình Minh";
        TaskList tasks = extract(raw, DocType.NEWS_ITEM);
        assertThat(tasks.numbered()).isEmpty();
        assertThat(numbers(tasks.directives())).containsExactly("1", "2", "3");
        assertThat(tasks.directives().get(0).content()).isEqualTo("các cơ sở Đảng tiếp tục đẩy mạnh công tác tuyên truyền");
        assertThat(tasks.directives().get(2).content()).isEqualTo("tăng cường kiểm tra, giám sát");
    }

    @Test
    void directivesAfterAColonGoOnInImperativeParagraphs() {
        String raw = NEWS_LEAD + "Kết luận hội nghị, đồng chí Nguyễn Việt Oanh nhấn mạnh: Các ủy viên Ban Chấp hành "
                + "tích cực xuống cơ sở; cần kiểm soát chặt chẽ các khu cách ly.\n\n"
                + "Tăng cường quản lý sau cách ly. Đặc biệt, chuẩn bị đón công nhân trở về.\n\n"
                + "Về công tác cán bộ, đồng chí đề nghị các ngành làm tốt công tác phối hợp.\n\nQuang Huấn";
        List<Task> directives = extract(raw, DocType.NEWS_ITEM).directives();
        assertThat(directives).extracting(Task::content).containsExactly(
                "Các ủy viên Ban Chấp hành tích cực xuống cơ sở",
                "cần kiểm soát chặt chẽ các khu cách ly",
                "Tăng cường quản lý sau cách ly",
                "Đặc biệt, chuẩn bị đón công nhân trở về",
                "các ngành làm tốt công tác phối hợp");
        assertThat(numbers(directives)).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void aComradeAddressingTheSectorsLeadsDirectives() {
        String raw = NEWS_LEAD + "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các cấp, các ngành "
                + "trong thời gian tới: chủ động phương án phòng, chống thiên tai; bảo đảm an toàn hồ đập.\n\nThu Hà";
        assertThat(extract(raw, DocType.NEWS_ITEM).directives()).extracting(Task::content)
                .containsExactly("chủ động phương án phòng, chống thiên tai", "bảo đảm an toàn hồ đập");
    }

    @Test
    void aReportingSentenceEndsTheDirectives() {
        String raw = NEWS_LEAD + "Phát biểu kết luận, đồng chí Bí thư yêu cầu các xã hoàn thành thu hoạch vụ chiêm; "
                + "chuẩn bị vụ mùa. Hội nghị cũng đã biểu quyết thông qua nghị quyết.\n\nThu Hà";
        assertThat(extract(raw, DocType.NEWS_ITEM).directives()).extracting(Task::content)
                .containsExactly("các xã hoàn thành thu hoạch vụ chiêm", "chuẩn bị vụ mùa");
    }

    // ---- negatives ----

    @ParameterizedTest
    @ValueSource(strings = {
        "Toàn huyện thành lập nhiều tổ phòng, chống dịch.\n1.209 tổ xung kích đã ra quân.\n2.820 lò sấy sẵn sàng hoạt động.",
        "Tổng kinh phí hỗ trợ là\n5,8 tỷ đồng cho 3.413 đối tượng.",
        "Trên địa bàn huyện ghi nhận\n\n3 bệnh nhân COVID-19 trong một nhà.\n\n2 bệnh nhân đang điều trị.",
        "Kế hoạch được ban hành năm\n2021. Đến nay đã hoàn thành.",
        "1. Bối cảnh\n\nNăm nay vải thiều được mùa.\n\n2. Tiêu thụ\n\nVải được bán chủ yếu tại thị trường phía Nam.",
        "Nguyên tắc xử phạt vi phạm hành chính bao gồm:\na) Mọi vi phạm phải được phát hiện kịp thời;\n"
                + "b) Việc xử phạt được tiến hành nhanh chóng.",
        "Diễn biến phiên tòa:\n1-3-2017: Bị cáo lần đầu xuất hiện tại tòa.\n16-6-2017: Phiên tòa được dời lại.",
        "Nội dung đơn kiến nghị tập thể yêu cầu 3 vấn đề chính:\n1) Khởi tố vụ án.\n2) Bảo vệ nạn nhân.",
        "Ông Nguyễn Văn\nV. mời nhiều người trong buôn đến dự.\nI. Kharitonov cũng có mặt.",
        "22-9, tại Phủ Chủ tịch, Chủ tịch nước tiếp đoàn đại biểu.\n19-10, Bộ Chính trị làm việc với Thành ủy.",
    })
    void numberedLinesInNewsProseAreNotTasks(String body) {
        TaskList tasks = extract(NEWS_LEAD + body + "\n\nQuang Huấn", DocType.NEWS_ITEM);
        assertThat(tasks.numbered()).isEmpty();
    }

    @Test
    void aLoneNumberedLineInALetterIsNotAList() {
        assertThat(letter("Thực hiện Kết luận của Ban Thường vụ, đề nghị các đơn vị rà soát lại.\n\n"
                + "1. Kết quả rà soát gửi về Văn phòng trước ngày 30/7.")).isEmpty();
    }

    @Test
    void recipientsNumberedAfterKínhGửiAreNotTasks() {
        String raw = "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nKính gửi:\n1. Sở Y tế;\n2. Sở Tài chính.\n\n"
                + "Ủy ban nhân dân tỉnh đề nghị các đơn vị phối hợp thực hiện." + STATE_FOOTER;
        assertThat(extract(raw, DocType.OFFICIAL_LETTER).numbered()).isEmpty();
    }

    @Test
    void numberedLinesUnderTheSignatureAreNotTasks() {
        String raw = STATE_HEADER + "Đề nghị các đơn vị phối hợp thực hiện." + STATE_FOOTER
                + "\n1. Phụ lục số liệu kèm theo.\n2. Danh sách đơn vị.\n";
        assertThat(extract(raw, DocType.OFFICIAL_LETTER).numbered()).isEmpty();
    }

    @Test
    void anInvestigationConclusionLeadsNoDirectives() {
        String raw = NEWS_LEAD + "Cơ quan điều tra đã hoàn tất kết luận điều tra, đề nghị truy tố các bị can; "
                + "hồ sơ đã chuyển sang Viện kiểm sát.\n\nKết luận giám định cho thấy nạn nhân không bị thương tích.";
        assertThat(extract(raw, DocType.NEWS_ITEM).directives()).isEmpty();
    }

    @Test
    void comradesSpokenToAreNotTheSpeaker() {
        String raw = NEWS_LEAD + "\"Các đồng chí phải đánh giá chính xác tình hình\", Thủ tướng nói và đề nghị các đại biểu "
                + "tìm nguyên nhân chủ quan; khắc phục yếu kém.\n\nThu Hà";
        assertThat(extract(raw, DocType.NEWS_ITEM).directives()).isEmpty();
    }

    @Test
    void aStatementAfterEmphasisIsNotADirective() {
        String raw = NEWS_LEAD + "Phát biểu kết luận buổi làm việc, đồng chí Tổng Bí thư nhấn mạnh: Thành phố là đô thị "
                + "đặc biệt, một trung tâm lớn về kinh tế, văn hóa của cả nước.\n\nThu Hà";
        assertThat(extract(raw, DocType.NEWS_ITEM).directives()).isEmpty();
    }

    @Test
    void aLeadVerbWithoutAddresseeOrColonLeadsNothing() {
        String raw = NEWS_LEAD + "Đồng chí Bí thư cho rằng kết quả chưa đáp ứng yêu cầu nhiệm vụ; cần nỗ lực hơn.\n\nThu Hà";
        assertThat(extract(raw, DocType.NEWS_ITEM).directives()).isEmpty();
    }

    @Test
    void administrativeDocumentsHaveNoDirectives() {
        String raw = STATE_HEADER + "Kết luận hội nghị, đồng chí Chủ tịch yêu cầu các sở tập trung rà soát; báo cáo kết quả."
                + STATE_FOOTER;
        assertThat(extract(raw, DocType.NOTICE).directives()).isEmpty();
    }

    @Test
    void aNewsItemWithoutListsOrConclusionsHasNoTasks() {
        TaskList tasks = extract(NEWS_LEAD + "Năm nay vải thiều được mùa, sản lượng ước đạt 120 nghìn tấn.\n\nQuang Huấn",
                DocType.NEWS_ITEM);
        assertThat(tasks.numbered()).isEmpty();
        assertThat(tasks.directives()).isEmpty();
    }
}
