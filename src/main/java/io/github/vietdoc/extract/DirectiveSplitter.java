package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.Task;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the directives a news item reports from a conclusion and splits them into tasks numbered
 * {@code 1}, {@code 2}… in order. A lead sentence holds a lead verb ({@code yêu cầu}, {@code đề nghị},
 * {@code nhấn mạnh:}) spoken in a meeting's conclusion ({@code Kết luận hội nghị, …}, {@code Phát biểu chỉ
 * đạo, …}) or by a comrade ({@code đồng chí …}), and followed by a colon or by whom it addresses
 * ({@code yêu cầu các cơ sở Đảng tiếp tục …}). The directives run from there (after the colon when there is
 * one) to the end of the paragraph, and on through the next paragraphs that go on giving orders: dash
 * bullets and paragraphs opening with an imperative verb ({@code Tăng cường …}). A sentence that reports
 * again ({@code Hội nghị cũng …}) ends them. They are split at sentence ends and at semicolons outside
 * brackets; the content is the directive without the lead-in, the separator and the closing {@code ./.}.
 */
final class DirectiveSplitter {
    private static final String START_OF_WORD = "(?<![\\p{L}\\p{M}\\p{Nd}])";
    private static final String END_OF_WORD = "(?![\\p{L}\\p{M}\\p{Nd}])";
    /** A directive needs a few words: {@code cán bộ tại các cơ quan, phòng ban} is one, {@code …} is not. */
    private static final int MIN_WORDS = 2;
    /**
     * A statement, not an order: the copula among its first words and no modal verb
     * ({@code TP. HCM là đô thị đặc biệt, …} after {@code nhấn mạnh:}).
     */
    private static final Pattern STATEMENT = Pattern.compile("^(?:[^ ]+ ){1,6}là ");
    /** A modal or imperative word that makes a sentence an order even with a copula: {@code … là phải …}. */
    private static final Pattern MODAL = Pattern.compile("(?u)" + START_OF_WORD + "(?:phải|cần|nên|hãy)" + END_OF_WORD);
    /** How far after the verb the colon closing the lead-in may be: {@code yêu cầu các cấp, các ngành …:}. */
    private static final int MAX_LEAD_IN_CHARS = 100;
    /** Characters trimmed off a directive's end: separators, full stops, the {@code ./.} end mark, ellipses. */
    private static final String TRAILING = " ;,:./…";
    /** Characters trimmed off a directive's start: bullets, a colon, quotes left open. */
    private static final String LEADING = " -+•*:…";

    /** The conclusion of a meeting opening a sentence: {@code Kết luận hội nghị, …}, {@code Phát biểu chỉ đạo, …}. */
    private final Pattern conclusion;
    /** A lead verb: {@code yêu cầu}, {@code đề nghị}; or one that needs a colon: {@code nhấn mạnh:}. */
    private final Pattern leadVerb;
    /** Who speaks before the lead verb: {@code đồng chí Lê Minh Hải … yêu cầu}; not those spoken to ({@code các đồng chí}). */
    private final Pattern speaker;
    /** Whom a directive addresses, right after the verb: {@code yêu cầu các cấp, các ngành …}. */
    private final Pattern addressee;
    /** A paragraph giving orders without a subject: {@code Tăng cường quản lý sau cách ly, …}. */
    private final Pattern action;
    /** A sentence that reports again: {@code Hội nghị cũng đã thông qua …}. */
    private final Pattern reportStart;
    /** Tasks named in a list intro: {@code … các nhiệm vụ, giải pháp trọng tâm sau:}. */
    private final Pattern taskNoun;

    DirectiveSplitter() {
        Map<String, List<String>> byKind = new HashMap<>();
        List<String> colonVerbs = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("directive-cues").entries()) {
            if ("lead-verb".equals(e.field(0)) && "colon".equals(e.field(1))) {
                colonVerbs.add(e.term());
            } else {
                byKind.computeIfAbsent(e.field(0), k -> new ArrayList<>()).add(e.term());
            }
        }
        this.conclusion = Pattern.compile("(?iu)^" + terms(byKind, "conclusion") + "(?![\\p{L}\\p{M}])");
        this.leadVerb = Pattern.compile("(?u)" + START_OF_WORD + "(?:(?<verb>" + terms(byKind, "lead-verb") + ")"
                + "|(?<colonVerb>" + Lexicon.alternation(colonVerbs) + ") *(?=:))" + END_OF_WORD);
        this.speaker = Pattern.compile("(?iu)" + START_OF_WORD + "(?<!các )" + terms(byKind, "speaker") + END_OF_WORD);
        this.addressee = Pattern.compile("(?u)^ *,? *" + terms(byKind, "addressee") + END_OF_WORD);
        this.action = Pattern.compile("(?u)^" + terms(byKind, "action") + END_OF_WORD);
        this.reportStart = Pattern.compile("(?iu)^" + terms(byKind, "report-start") + END_OF_WORD);
        this.taskNoun = Pattern.compile("(?iu)" + START_OF_WORD + terms(byKind, "task-noun") + END_OF_WORD);
    }

    private static String terms(Map<String, List<String>> byKind, String kind) {
        List<String> terms = byKind.get(kind);
        if (terms == null) {
            throw new IllegalStateException("directive-cues lexicon has no " + kind + " entries");
        }
        return Lexicon.alternation(terms);
    }

    /**
     * The directives of a document, as tasks numbered from 1. Lines {@code listStart..listEnd} hold the
     * numbered list (-1 when there is none) and are left to it: a lead whose colon introduces that list
     * gives no directive.
     */
    List<Task> split(SourceText doc, List<TaskLine> lines, int listStart, int listEnd) {
        List<TextRange> sentences = doc.sentences();
        List<TextRange> pieces = new ArrayList<>();
        int next = 0; // first sentence not before the current line
        int k = 0;
        while (k < lines.size()) {
            TaskLine line = lines.get(k);
            if (line.isFurniture() || (k >= listStart && k <= listEnd)) {
                k++;
                continue;
            }
            while (next < sentences.size() && sentences.get(next).end() <= line.range().start()) {
                next++;
            }
            List<TextRange> own = sentencesOf(sentences, next, line.range());
            k = readLine(doc, lines, k, own, listStart, pieces);
        }
        List<Task> out = new ArrayList<>(pieces.size());
        for (TextRange p : pieces) {
            out.add(TaskBuilder.piece(doc, String.valueOf(out.size() + 1), p.start(), p.end()));
        }
        return out;
    }

    /** The sentences inside {@code line}, clipped to it (a line always holds at least one). */
    private static List<TextRange> sentencesOf(List<TextRange> sentences, int from, TextRange line) {
        List<TextRange> out = new ArrayList<>();
        for (int i = from; i < sentences.size() && sentences.get(i).start() < line.end(); i++) {
            int s = Math.max(sentences.get(i).start(), line.start());
            int e = Math.min(sentences.get(i).end(), line.end());
            if (s < e) {
                out.add(new TextRange(s, e));
            }
        }
        if (out.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    /**
     * Reads the directives led from line {@code k} into {@code pieces}; returns the index of the next line to
     * read (past the paragraphs that carried the directives on).
     */
    private int readLine(SourceText doc, List<TaskLine> lines, int k, List<TextRange> own, int listStart,
                         List<TextRange> pieces) {
        String view = doc.text();
        boolean concluding = false;
        int j = 0;
        while (j < own.size()) {
            TextRange sentence = own.get(j);
            String text = view.substring(sentence.start(), sentence.end());
            Matcher c = conclusion.matcher(text);
            int searchFrom = 0;
            if (c.lookingAt()) {
                concluding = true;
                searchFrom = c.end();
            }
            int contentStart = leadEnd(text, searchFrom, concluding);
            if (contentStart < 0) {
                j++;
                continue;
            }
            int stop = j + 1;
            while (stop < own.size() && !reportStart.matcher(view.substring(own.get(stop).start(),
                    own.get(stop).end())).lookingAt()) {
                stop++;
            }
            List<TextRange> passage = new ArrayList<>();
            passage.add(new TextRange(sentence.start() + contentStart, sentence.end()));
            passage.addAll(own.subList(j + 1, stop));
            boolean empty = sentence.start() + contentStart >= sentence.end() && stop == j + 1;
            if (stop < own.size()) {
                splitInto(view, passage, pieces);
                j = stop;
                continue; // the rest of the line reports again and may lead again
            }
            int after = k + 1;
            while (after < lines.size() && lines.get(after).isFurniture()) {
                after++;
            }
            if (empty && after == listStart) {
                return after; // the colon introduces the numbered list: its items are the tasks
            }
            splitInto(view, passage, pieces);
            return carryOn(doc, lines, after, listStart, empty, pieces);
        }
        return k + 1;
    }

    /**
     * Where the directives start in a lead sentence (after the colon or the verb), or -1 when the sentence
     * leads none. Outside a conclusion the verb must have a comrade before it.
     */
    private int leadEnd(String sentence, int from, boolean concluding) {
        Matcher v = leadVerb.matcher(sentence);
        v.region(from, sentence.length());
        while (v.find()) {
            if (!concluding && !speaker.matcher(sentence).region(0, v.start()).find()) {
                continue;
            }
            int colon = colonAfter(sentence, v.end());
            if (v.group("colonVerb") != null) {
                return colon + 1;
            }
            if (addressee.matcher(sentence).region(v.end(), sentence.length()).lookingAt()) {
                return colon >= 0 ? colon + 1 : skipSpaces(sentence, v.end());
            }
            if (colon >= 0 && colon - v.end() <= 1) {
                return colon + 1;
            }
        }
        return -1;
    }

    /** The colon after the verb that opens the directive list, near it and before any semicolon; or -1. */
    private static int colonAfter(String sentence, int from) {
        for (int i = from; i < sentence.length() && i - from <= MAX_LEAD_IN_CHARS; i++) {
            char ch = sentence.charAt(i);
            if (ch == ':') {
                return i;
            }
            if (ch == ';') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * A line announcing a list of directives in a news item: it ends with a colon and speaks of tasks
     * ({@code … các nhiệm vụ trọng tâm sau:}) or has a lead verb followed by whom it addresses or by the
     * colon ({@code UBND tỉnh yêu cầu các sở, ngành thực hiện:}); not a petition's {@code yêu cầu 3 vấn đề:}.
     */
    boolean introducesDirectives(String line) {
        if (!line.endsWith(":")) {
            return false;
        }
        if (taskNoun.matcher(line).find()) {
            return true;
        }
        Matcher v = leadVerb.matcher(line);
        while (v.find()) {
            if (v.group("colonVerb") != null || line.length() - 1 - v.end() <= 1
                    || addressee.matcher(line).region(v.end(), line.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Carries the directives on through the next lines that give orders; returns the line after them. */
    private int carryOn(SourceText doc, List<TaskLine> lines, int k, int listStart, boolean empty,
                        List<TextRange> pieces) {
        String view = doc.text();
        while (k < lines.size() && k != listStart) {
            TaskLine line = lines.get(k);
            if (line.isFurniture()) {
                k++;
                continue;
            }
            String text = line.text();
            boolean orders = line.isBullet() || action.matcher(text).lookingAt()
                    || (empty && addressee.matcher(text).lookingAt() && Character.isUpperCase(text.charAt(0)));
            if (!orders || line.isEnd()) {
                break;
            }
            List<TextRange> own = sentencesOf(doc.sentences(), firstSentence(doc.sentences(), line.range()),
                    line.range());
            List<TextRange> passage = new ArrayList<>();
            for (TextRange s : own) {
                if (!passage.isEmpty() && reportStart.matcher(view.substring(s.start(), s.end())).lookingAt()) {
                    splitInto(view, passage, pieces);
                    return k + 1;
                }
                passage.add(s);
            }
            splitInto(view, passage, pieces);
            k++;
        }
        return k;
    }

    /** Index of the first sentence ending after the start of {@code range} (binary search). */
    private static int firstSentence(List<TextRange> sentences, TextRange range) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= range.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Splits each range of a passage at semicolons outside brackets and quotes, and adds the directives. */
    private static void splitInto(String view, List<TextRange> passage, List<TextRange> pieces) {
        for (TextRange r : passage) {
            int depth = 0;
            boolean quoted = false;
            int from = r.start();
            for (int i = r.start(); i < r.end(); i++) {
                char ch = view.charAt(i);
                if (ch == '(' || ch == '[') {
                    depth++;
                } else if ((ch == ')' || ch == ']') && depth > 0) {
                    depth--;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ';' && depth == 0 && !quoted) {
                    add(view, from, i, pieces);
                    from = i + 1;
                }
            }
            add(view, from, r.end(), pieces);
        }
    }

    private static void add(String view, int from, int to, List<TextRange> pieces) {
        while (from < to && LEADING.indexOf(view.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && TRAILING.indexOf(view.charAt(to - 1)) >= 0) {
            to--;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to && words < MIN_WORDS; i++) {
            boolean letter = Character.isLetterOrDigit(view.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        if (words < MIN_WORDS) {
            return;
        }
        String piece = view.substring(from, to);
        if (STATEMENT.matcher(piece).lookingAt() && !MODAL.matcher(piece).find()) {
            return;
        }
        pieces.add(new TextRange(from, to));
    }
}
