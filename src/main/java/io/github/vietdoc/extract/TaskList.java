package io.github.vietdoc.extract;

import io.github.vietdoc.model.Task;
import java.util.List;

/**
 * The tasks of a document: {@code numbered} items of a directive list ({@code 1.}, {@code II.3},
 * {@code a)}), and the unnumbered {@code directives} a news item reports from a conclusion
 * ({@code Kết luận hội nghị, đồng chí … yêu cầu: …; …}), numbered in order of appearance.
 */
public record TaskList(List<Task> numbered, List<Task> directives) {
    public static final TaskList EMPTY = new TaskList(List.of(), List.of());

    public TaskList {
        numbered = List.copyOf(numbered);
        directives = List.copyOf(directives);
    }
}
