package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskLineTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);

    private static List<TaskLine> read(String raw) {
        return TaskLine.read(NORMALIZER.normalize(raw), new ListItemParser(), new ClosingMatter());
    }

    @Test
    void linesCarryTheirMarkerAndTheirStrippedRange() {
        List<TaskLine> lines = read("Yêu cầu:\n\n  1. Tăng cường kiểm tra.  \n- Rà soát hồ sơ.\n");
        assertThat(lines).extracting(TaskLine::text)
                .containsExactly("Yêu cầu:", "1. Tăng cường kiểm tra.", "- Rà soát hồ sơ.");
        assertThat(lines.get(1).marker().label()).isEqualTo("1");
        assertThat(lines.get(0).marker()).isNull();
        assertThat(lines.get(2).isBullet()).isTrue();
        assertThat(lines.get(1).isBullet()).isFalse();
    }

    @Test
    void paragraphsOpenAfterBlankLinesOrAfterAFinishedSentence() {
        List<TaskLine> lines = read("1. Tăng cường kiểm tra.\nGiao Văn phòng theo dõi.\n\nchống dịch hiệu quả\nTập trung");
        assertThat(lines).extracting(TaskLine::paragraphStart).containsExactly(true, true, true, false);
    }

    @Test
    void aShortLineRepeatedOnEveryPageIsARunningHeader() {
        List<TaskLine> lines = read("Công văn số 15/UBND-VP\n\n1. Sở Y tế chủ trì.\n\nCông văn số 15/UBND-VP\n\n"
                + "2. Sở Tài chính bố trí kinh phí.\n\n- Như trên;\n\n- Như trên;");
        assertThat(lines.get(0).isFurniture()).isTrue();
        assertThat(lines.get(2).isFurniture()).isTrue();
        assertThat(lines.get(1).isFurniture()).isFalse();
        assertThat(lines.get(4).isFurniture()).as("a repeated bullet is text").isFalse();
    }

    @Test
    void stampFieldsAfterAStampNeverReachTheTask() {
        // the normalizer drops the stamp and its fields before tasks are read
        List<TaskLine> lines = read("1. Sở Y tế chủ trì.\nKý bởi: Văn phòng UBND tỉnh\nCơ quan: Tỉnh Hậu Giang\n"
                + "Thời gian ký: 15.01.2024\nCơ quan chức năng kiểm tra.");
        assertThat(lines).extracting(TaskLine::text).containsExactly("1. Sở Y tế chủ trì.", "Cơ quan chức năng kiểm tra.");
        assertThat(lines).extracting(TaskLine::isFurniture).containsExactly(false, false);
    }
}
