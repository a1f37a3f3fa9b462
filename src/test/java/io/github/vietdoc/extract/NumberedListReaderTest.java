package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedListReaderTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final NumberedListReader READER =
            new NumberedListReader(new ClosingMatter(), new DirectiveSplitter()::introducesDirectives);

    private static List<NumberedListReader.Item> read(String raw, boolean news) {
        List<TaskLine> lines = TaskLine.read(NORMALIZER.normalize(raw), new ListItemParser(), new ClosingMatter());
        return READER.read(lines, news);
    }

    @Test
    void itemsPointAtTheirLines() {
        List<NumberedListReader.Item> items = read("Mở đầu.\n\n1. Một.\n\nTiếp theo.\n\n2. Hai.\n\nGiao Văn phòng theo dõi.\n\n"
                + "Nơi nhận:\n- Lưu.", false);
        assertThat(items).containsExactly(new NumberedListReader.Item("1", 1, 2), new NumberedListReader.Item("2", 3, 3));
    }

    @Test
    void theLastTaskOfANewsListKeepsOnlyItsLineAndSubItems() {
        String raw = "Tỉnh yêu cầu các huyện thực hiện các nhiệm vụ sau:\n1. Một.\n2. Hai.\n- Hai phụ.\nBài báo tiếp tục.";
        assertThat(read(raw, true)).containsExactly(new NumberedListReader.Item("1", 1, 1),
                new NumberedListReader.Item("2", 2, 3));
        assertThat(read(raw, false)).last().isEqualTo(new NumberedListReader.Item("2", 2, 4));
    }

    @Test
    void aNewsListNeedsADirectiveIntro() {
        assertThat(read("Diễn biến như sau:\n1. Một.\n2. Hai.", true)).isEmpty();
        assertThat(read("Diễn biến như sau:\n1. Một.\n2. Hai.", false)).hasSize(2);
    }

    @Test
    void romanSectionsComeFirst() {
        List<NumberedListReader.Item> items = read("1. Lạc chỗ.\n\nI. Phần một\n\n1. Một.\n\nII. Phần hai", false);
        assertThat(items).extracting(NumberedListReader.Item::number).containsExactly("I.1", "II");
    }
}
