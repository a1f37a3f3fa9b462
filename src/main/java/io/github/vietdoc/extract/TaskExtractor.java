package io.github.vietdoc.extract;

import io.github.vietdoc.model.Task;
import io.github.vietdoc.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tasks of a document: the numbered items of its directive list ({@code 1.}, {@code II.3},
 * {@code a)}; see {@link NumberedListReader}) and, in a news item, the directives it reports from a
 * conclusion ({@code Kết luận hội nghị, đồng chí … yêu cầu: …; …}; see {@link DirectiveSplitter}).
 * Immutable and thread-safe once built; the lexicons are read once.
 */
public final class TaskExtractor {
    private final ListItemParser parser = new ListItemParser();
    private final ClosingMatter closing = new ClosingMatter();
    private final DirectiveSplitter directives = new DirectiveSplitter();
    private final NumberedListReader lists = new NumberedListReader(closing, directives::introducesDirectives);

    public TaskList extract(ExtractionContext ctx) {
        SourceText doc = ctx.doc();
        boolean news = !ctx.type().isAdministrative();
        List<TaskLine> lines = TaskLine.read(doc, parser, closing);
        List<NumberedListReader.Item> items = lists.read(lines, news);
        List<Task> numbered = new ArrayList<>(items.size());
        for (NumberedListReader.Item item : items) {
            TaskLine first = lines.get(item.first());
            numbered.add(TaskBuilder.task(doc, lines, item.number(), item.first(), item.last(),
                    first.marker().contentOffset()));
        }
        List<Task> found = List.of();
        if (news) {
            int listStart = items.isEmpty() ? -1 : items.get(0).first();
            int listEnd = items.isEmpty() ? -1 : items.get(items.size() - 1).last();
            found = directives.split(doc, lines, listStart, listEnd);
        }
        return new TaskList(numbered, found);
    }
}
