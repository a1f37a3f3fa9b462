package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.Task;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveSplitterTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final DirectiveSplitter SPLITTER = new DirectiveSplitter();

    private static List<String> split(String raw) {
        SourceText doc = NORMALIZER.normalize(raw);
        List<TaskLine> lines = TaskLine.read(doc, new ListItemParser(), new ClosingMatter());
        List<Task> tasks = SPLITTER.split(doc, lines, -1, -1);
        for (Task t : tasks) {
            assertThat(t.text()).isEqualTo(raw.substring(t.start(), t.end()));
        }
        return tasks.stream().map(Task::content).toList();
    }

    @Test
    void splitsOnSemicolonsOutsideBrackets() {
        assertThat(split("Kết luận hội nghị, đồng chí Bí thư yêu cầu các cơ sở chuẩn bị Kỳ họp thứ 14 (kỳ họp thường lệ; "
                + "giữa năm); đẩy mạnh phong trào \"Dân vận khéo; hiệu quả\"; giữ vững an ninh./."))
                .containsExactly("các cơ sở chuẩn bị Kỳ họp thứ 14 (kỳ họp thường lệ; giữa năm)",
                        "đẩy mạnh phong trào \"Dân vận khéo; hiệu quả\"", "giữ vững an ninh");
    }

    @Test
    void splitsAtSentenceEnds() {
        assertThat(split("Đồng chí Chủ tịch nhấn mạnh: Quan tâm chăm lo an sinh xã hội. Giữ vững quốc phòng - an ninh."))
                .containsExactly("Quan tâm chăm lo an sinh xã hội", "Giữ vững quốc phòng - an ninh");
    }

    @Test
    void bulletsAfterALeadAreDirectives() {
        assertThat(split("Phát biểu chỉ đạo, đồng chí Phó Bí thư Tỉnh ủy yêu cầu:\n- Kiểm tra các hồ đập;\n"
                + "- Sơ tán dân khỏi vùng nguy hiểm.\nNhiều đại biểu đã phát biểu."))
                .containsExactly("Kiểm tra các hồ đập", "Sơ tán dân khỏi vùng nguy hiểm");
    }

    @Test
    void anAddresseeWithoutColonStartsTheDirectiveAfterTheVerb() {
        assertThat(split("Kết luận cuộc họp, Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện đề án."))
                .containsExactly("các bộ, ngành khẩn trương hoàn thiện đề án");
    }

    @Test
    void withoutConclusionOrComradeThereIsNoLead() {
        assertThat(split("Ông Nguyễn Văn A yêu cầu các cơ quan xem xét lại; trả lời bằng văn bản.")).isEmpty();
        assertThat(split("Cơ quan điều tra kết luận và đề nghị truy tố bị can.")).isEmpty();
    }

    @Test
    void directiveIntros() {
        assertThat(SPLITTER.introducesDirectives("UBND tỉnh yêu cầu các sở, ngành thực hiện:")).isTrue();
        assertThat(SPLITTER.introducesDirectives("Thủ tướng yêu cầu:")).isTrue();
        assertThat(SPLITTER.introducesDirectives("Hội nghị thống nhất các nhiệm vụ trọng tâm sau:")).isTrue();
        assertThat(SPLITTER.introducesDirectives("Nội dung đơn yêu cầu 3 vấn đề chính:")).isFalse();
        assertThat(SPLITTER.introducesDirectives("Nguyên tắc xử phạt bao gồm:")).isFalse();
        assertThat(SPLITTER.introducesDirectives("UBND tỉnh yêu cầu các sở, ngành thực hiện")).isFalse();
    }
}
