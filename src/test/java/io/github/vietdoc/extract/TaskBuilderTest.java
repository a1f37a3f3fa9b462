package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.Task;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskBuilderTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);

    @Test
    void contentDropsTheNumberAndFurnitureAndJoinsACutSentence() {
        String raw = "2. Sở Tài chính bố trí kinh phí cho công tác phòng,\n\nTrang 3\n\nchống dịch.\n\nBáo cáo kết quả./.";
        SourceText doc = NORMALIZER.normalize(raw);
        List<TaskLine> lines = TaskLine.read(doc, new ListItemParser(), new ClosingMatter());
        Task t = TaskBuilder.task(doc, lines, "2", 0, lines.size() - 1, lines.get(0).marker().contentOffset());
        assertThat(t.number()).isEqualTo("2");
        assertThat(t.content()).isEqualTo("Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch.\nBáo cáo kết quả.");
        assertThat(t.text()).isEqualTo(raw).isEqualTo(raw.substring(t.start(), t.end()));
    }

    @Test
    void aPieceIsTheViewTextOverItsRawSpan() {
        String raw = "Đồng chí yêu cầu  các   xã hoàn thành.";
        SourceText doc = NORMALIZER.normalize(raw);
        int at = doc.text().indexOf("các");
        Task t = TaskBuilder.piece(doc, "1", at, at + "các xã hoàn thành".length());
        assertThat(t.content()).isEqualTo("các xã hoàn thành");
        assertThat(t.text()).isEqualTo("các   xã hoàn thành").isEqualTo(raw.substring(t.start(), t.end()));
    }
}
