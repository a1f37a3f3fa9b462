package io.github.vietdoc.extract;

import io.github.vietdoc.model.Task;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.Span;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a {@link Task} from lines of the view: the content is the text of the lines without the item's
 * number and without page furniture, one line of content per line of text; a sentence that a page break
 * cut ({@code … cho công tác phòng,} / {@code Trang 2} / {@code chống dịch …}) is joined again with a space.
 * The span runs from the number to the end of the last line of text, furniture inside included.
 */
final class TaskBuilder {
    /** The document's end mark closing a task: {@code … thực hiện./.}, {@code … theo quy định ./.}. */
    private static final Pattern END_MARK = Pattern.compile(" *\\.? */\\.$");

    private TaskBuilder() {
    }

    /** The task numbered {@code number} over lines {@code first..last}; its words start {@code offset} into the first. */
    static Task task(SourceText doc, List<TaskLine> lines, String number, int first, int last, int offset) {
        StringBuilder content = new StringBuilder();
        int end = lines.get(first).range().end();
        for (int k = first; k <= last; k++) {
            TaskLine line = lines.get(k);
            if (line.isFurniture()) {
                continue;
            }
            String text = k == first ? line.text().substring(Math.min(offset, line.text().length())).strip() : line.text();
            if (text.isEmpty()) {
                continue;
            }
            if (content.length() > 0) {
                boolean cut = endsOpen(content.charAt(content.length() - 1)) && Character.isLowerCase(text.charAt(0));
                content.append(cut ? ' ' : '\n');
            }
            content.append(text);
            end = line.range().end();
        }
        String words = END_MARK.matcher(content).replaceFirst(".");
        Span span = doc.span(lines.get(first).range().start(), end);
        return new Task(number, words, span.start(), span.end(), span.text());
    }

    /** A task over the view range {@code [viewStart, viewEnd)}: its content is the view text there. */
    static Task piece(SourceText doc, String number, int viewStart, int viewEnd) {
        Span span = doc.span(viewStart, viewEnd);
        return new Task(number, doc.text().substring(viewStart, viewEnd), span.start(), span.end(), span.text());
    }

    private static boolean endsOpen(char c) {
        return Character.isLetterOrDigit(c) || c == ',';
    }
}
