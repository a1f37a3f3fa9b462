package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.extract.ClosingMatter.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClosingMatterTest {
    private static final ClosingMatter CLOSING = new ClosingMatter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nơi nhận:", "Nơi nhận: - Như trên;", "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH", "Q. CHỦ TỊCH", "PHÓ BÍ THƯ", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG"})
    void closingLinesEndTheList(String line) {
        assertThat(CLOSING.role(line, false)).isEqualTo(Role.END);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Trang 2", "Trang 2/5", "--- PAGE BREAK ---", "- 3 -", "12", "CÔNG BÁO/Số 12 + 13/Ngày 15-01-2024",
        "Số 12 + 13/Ngày 15-01-2024 CÔNG BÁO", "Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Thời gian ký: 15.01.2024 10:20:33 +07:00",
        "Người ký: Ủy ban nhân dân tỉnh Hậu Giang"})
    void furnitureIsSkipped(String line) {
        assertThat(CLOSING.role(line, false)).isEqualTo(Role.FURNITURE);
    }

    @Test
    void stampFieldsFollowAStamp() {
        assertThat(CLOSING.role("Cơ quan: Tỉnh Hậu Giang", true)).isEqualTo(Role.FURNITURE);
        assertThat(CLOSING.role("Cơ quan: Tỉnh Hậu Giang", false)).isEqualTo(Role.TEXT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Trang bị đầy đủ phương tiện phòng hộ.", "Giao thông thông suốt.", "Chủ tịch UBND tỉnh yêu cầu:",
        "TM. Nguyễn Văn A phát biểu", "Tiếp tục nâng cao chất lượng CÔNG BÁO điện tử của tỉnh trong năm 2024 và những năm tiếp theo.",
        "2. Sở Y tế chủ trì."})
    void textIsText(String line) {
        assertThat(CLOSING.role(line, false)).isEqualTo(Role.TEXT);
    }

    @Test
    void closingParagraphs() {
        assertThat(CLOSING.closesList("Giao UBND huyện chủ trì, phối hợp với Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện."))
                .isTrue();
        assertThat(CLOSING.closesList("Giao Văn phòng Huyện ủy tổng hợp, báo cáo kết quả thực hiện công văn này ./.")).isTrue();
        assertThat(CLOSING.closesList("Đề nghị các chi, đảng bộ nghiêm túc thực hiện./.")).isTrue();
        assertThat(CLOSING.closesList("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Y tế.")).isTrue();
        assertThat(CLOSING.closesList("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy nghiêm túc triển khai thực hiện./.")).isTrue();
        assertThat(CLOSING.closesList("UBND huyện giao đồng chí Y Khâm Byă, Phó Chủ tịch UBND huyện theo dõi, chỉ đạo việc "
                + "thực hiện; nếu có khó khăn, vướng mắc, kịp thời báo cáo để xem xét, giải quyết./.")).isTrue();
    }

    @Test
    void paragraphsThatBelongToTheLastTask() {
        assertThat(CLOSING.closesList("Giao Sở Y tế chủ trì hướng dẫn các địa phương lập khu cách ly.")).isFalse();
        assertThat(CLOSING.closesList("Giao thông nông thôn được cứng hóa, bảo đảm đi lại thuận tiện.")).isFalse();
        assertThat(CLOSING.closesList("Thời gian gửi báo cáo trước ngày 25 hằng tháng./.")).isFalse();
        assertThat(CLOSING.closesList("Chủ động phương án bảo đảm tổ chức thành công kỳ thi.")).isFalse();
        assertThat(CLOSING.closesList("UBND các xã giao nhiệm vụ cho tổ dân phố rà soát các hộ.")).isFalse();
    }

    @Test
    void recipientsIntro() {
        assertThat(CLOSING.isRecipients("Kính gửi:")).isTrue();
        assertThat(CLOSING.isRecipients("Kính gửi các đồng chí")).isTrue();
        assertThat(CLOSING.isRecipients("Ban Thường vụ yêu cầu:")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aFooterTableRowEndsTheListAndTheTableRuleIsFurniture() {
        ClosingMatter closing = new ClosingMatter();
        assertThat(closing.role("| Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH |", false))
                .isEqualTo(ClosingMatter.Role.END);
        assertThat(closing.role("|---|---|", false)).isEqualTo(ClosingMatter.Role.FURNITURE);
        assertThat(closing.role("| Số lượng | 12 |", false)).isEqualTo(ClosingMatter.Role.TEXT);
    }

    @org.junit.jupiter.api.Test
    void theDocumentSpeakingOfItselfOrTheNextArticleClosesTheList() {
        ClosingMatter closing = new ClosingMatter();
        assertThat(closing.closesList("Chỉ thị này thay thế Chỉ thị số 05-CT/TU ngày 11/4/2016 và được phổ biến đến chi bộ."))
                .isTrue();
        assertThat(closing.closesList("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")).isTrue();
        assertThat(closing.closesList("Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị, địa phương biết, "
                + "thực hiện.")).isTrue();
        assertThat(closing.closesList("Điều chỉnh kế hoạch vốn cho phù hợp với tiến độ.")).isFalse();
        assertThat(closing.closesList("Kế hoạch sản xuất vụ đông được triển khai kịp thời.")).isFalse();
    }
}
