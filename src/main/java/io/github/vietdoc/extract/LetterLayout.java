package io.github.vietdoc.extract;

import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the view into the pieces a letter block is read from. Blank and decorative lines go; a table row
 * ({@code | ỦY BAN NHÂN DÂN | CỘNG HÒA … |}) gives one piece per cell, and the cells of a table are read
 * column by column (the header's left column, then its right one) so that a column's lines stay together;
 * a line where PDF extraction or a flattened table put both header columns side by side
 * ({@code UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM}) is cut before and after the motto.
 * Linear in the length of the text.
 */
final class LetterLayout {
    /** A line of rules, stars or table borders only: {@code ----------}, {@code |---|---|}, {@code * * *}. */
    private static final Pattern DECORATIVE = Pattern.compile("^[-_=*~.|: ]+$");
    /** A rule inside a line, which separates what a converter put on one line: {@code TỈNH HẬU GIANG --------}. */
    private static final Pattern RULE = Pattern.compile(" *[-_=~*]{3,} *");

    private final LetterLexicon lex;

    LetterLayout(LetterLexicon lex) {
        this.lex = lex;
    }

    /** The pieces of the view lines {@code [fromLine, toLine)}. */
    List<LetterPiece> pieces(SourceText doc, int fromLine, int toLine) {
        List<LetterPiece> out = new ArrayList<>();
        List<List<LetterPiece>> table = new ArrayList<>();
        boolean tableBlank = false;
        boolean blank = false;
        List<TextRange> lines = doc.lines();
        for (int i = fromLine; i < toLine; i++) {
            String t = doc.text(lines.get(i)).strip();
            if (t.isEmpty()) {
                flush(table, tableBlank, out);
                blank = true;
                continue;
            }
            if (DECORATIVE.matcher(t).matches()) {
                continue;
            }
            if (t.indexOf('|') >= 0) {
                if (table.isEmpty()) {
                    tableBlank = blank;
                }
                String[] cells = t.split("\\|", -1);
                int first = t.startsWith("|") ? 1 : 0;
                for (int k = first; k < cells.length; k++) {
                    int column = k - first;
                    while (table.size() <= column) {
                        table.add(new ArrayList<>());
                    }
                    split(clean(cells[k]), i, false, table.get(column));
                }
                blank = false;
                continue;
            }
            flush(table, tableBlank, out);
            split(clean(t), i, blank, out);
            blank = false;
        }
        flush(table, tableBlank, out);
        return out;
    }

    /** The cell without the markdown residue at its edges: the {@code **} of {@code **Nơi nhận:**}. */
    private static String clean(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isEdgeResidue(cell.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeResidue(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean isEdgeResidue(char c) {
        return c == '*' || c == '_' || c == ' ' || c == '\t';
    }

    private static void flush(List<List<LetterPiece>> table, boolean blank, List<LetterPiece> out) {
        boolean first = true;
        for (List<LetterPiece> column : table) {
            for (LetterPiece p : column) {
                out.add(p.withBlankBefore(first && blank));
                first = false;
            }
        }
        table.clear();
    }

    /**
     * Adds the text as one piece, or as several when rules ({@code --------}) or the motto cut it. The
     * motto is cut out when it stands beside another column's text. The
     * text before the motto must look like a header column (capitals, or the number line) so that a
     * sentence naming {@code Đảng Cộng sản Việt Nam} is left whole.
     */
    private void split(String text, int line, boolean blank, List<LetterPiece> sink) {
        if (text.isEmpty()) {
            return;
        }
        if (text.contains("---") || text.contains("___") || text.contains("===") || text.contains("***")) {
            Matcher rule = RULE.matcher(text);
            int from = 0;
            while (rule.find()) {
                splitMotto(clean(text.substring(from, rule.start())), line, blank, sink);
                blank = false;
                from = rule.end();
            }
            splitMotto(clean(text.substring(from)), line, blank, sink);
            return;
        }
        splitMotto(text, line, blank, sink);
    }

    private void splitMotto(String text, int line, boolean blank, List<LetterPiece> sink) {
        if (text.isEmpty()) {
            return;
        }
        String key = LetterLexicon.key(text);
        if (!lex.mayHoldMotto(key)) {
            sink.add(new LetterPiece(text, key, line, blank));
            return;
        }
        Matcher m = lex.motto.matcher(key);
        int from = 0;
        while (m.find()) {
            String before = text.substring(from, m.start()).strip();
            String found = text.substring(m.start(), m.end());
            boolean mottoForm = LetterPiece.isCaps(found) || key.startsWith("ĐỘC LẬP", m.start());
            if (!mottoForm || !before.isEmpty() && !LetterPiece.isCaps(before)
                    && !LetterLexicon.key(before).startsWith("SỐ")) {
                continue;
            }
            if (!before.isEmpty()) {
                sink.add(LetterPiece.of(before, line, blank));
                blank = false;
            }
            sink.add(LetterPiece.of(found, line, blank));
            blank = false;
            from = m.end();
        }
        String rest = text.substring(from).strip();
        if (!rest.isEmpty()) {
            sink.add(LetterPiece.of(rest, line, blank));
        }
    }
}
