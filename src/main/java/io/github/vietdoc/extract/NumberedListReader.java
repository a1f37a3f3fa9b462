package io.github.vietdoc.extract;

import io.github.vietdoc.extract.ListItemParser.Kind;
import io.github.vietdoc.extract.ListItemParser.Marker;
import io.github.vietdoc.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the directive list of a document among its lines and cuts it into tasks. The top level is the
 * first scheme that forms a list: Roman sections ({@code I.}, {@code II.}) holding numbered items
 * ({@code II.3}; a section without items is one task), else numbered items ({@code 1.}, {@code 2.}), else
 * lettered items alone ({@code a)}, {@code b)}). Items of another scheme or punctuation inside an item
 * ({@code a)} inside {@code 2.}, {@code 1.1.}, dash bullets) stay in it.
 *
 * <p>A list starts at a first item ({@code 1}, {@code I}, {@code a}) that the next item of its level
 * follows before the closing matter, or that a list intro announces ({@code … giải pháp trọng tâm sau:}).
 * In a news item, where numbered lines are more often quoted law or timelines, the list also needs an intro
 * that speaks of tasks or directives. A task runs to the next item of its level; the last one runs to the
 * closing matter, less a closing paragraph ({@link ClosingMatter#closesList}); in a news item the last one
 * keeps only its own line and the sub-items right under it, since the article goes on after the list.
 */
final class NumberedListReader {
    /** A task found: its number as written and its first and last line (indices into the lines read). */
    record Item(String number, int first, int last) {
    }

    /** Lines before a first item searched for its intro, past page furniture. */
    private static final int INTRO_LOOK_BACK = 3;

    private final ClosingMatter closing;
    /** An intro of an administrative list: it speaks of tasks or ends with {@code sau:}. */
    private final Pattern intro;
    /** An intro of a list in a news item: it announces tasks or directives. */
    private final Predicate<String> directiveIntro;

    NumberedListReader(ClosingMatter closing, Predicate<String> directiveIntro) {
        this.closing = closing;
        this.directiveIntro = directiveIntro;
        List<String> listIntro = new ArrayList<>();
        List<String> directive = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("directive-cues").entries()) {
            switch (e.field(0)) {
                case "list-intro" -> listIntro.add(e.term());
                case "task-noun", "lead-verb" -> directive.add(e.term());
                default -> {
                }
            }
        }
        listIntro.addAll(directive);
        this.intro = wordPattern(listIntro);
    }

    private static Pattern wordPattern(List<String> terms) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\p{Nd}])" + Lexicon.alternation(terms) + "(?![\\p{L}\\p{M}\\p{Nd}])");
    }

    /** The tasks of the first directive list among {@code lines}, or none. */
    List<Item> read(List<TaskLine> lines, boolean newsItem) {
        int[] endAt = endIndex(lines);
        int start = findStart(lines, Kind.ROMAN, endAt, newsItem);
        if (start >= 0) {
            return sections(lines, start, endAt[start], newsItem);
        }
        for (Kind kind : List.of(Kind.ARABIC, Kind.LETTER)) {
            start = findStart(lines, kind, endAt, newsItem);
            if (start >= 0) {
                return items(lines, start, endAt[start], newsItem);
            }
        }
        return List.of();
    }

    /** For each line, the index of the first closing line at or after it (the size when there is none). */
    private static int[] endIndex(List<TaskLine> lines) {
        int[] out = new int[lines.size() + 1];
        out[lines.size()] = lines.size();
        for (int k = lines.size() - 1; k >= 0; k--) {
            out[k] = lines.get(k).isEnd() ? k : out[k + 1];
        }
        return out;
    }

    /**
     * The line of the first item of a list of {@code kind}, or -1. The list starts before the closing matter:
     * numbered lines in the distribution list or under the signature are not tasks.
     */
    private int findStart(List<TaskLine> lines, Kind kind, int[] endAt, boolean newsItem) {
        for (int i = 0; i < endAt[0]; i++) {
            Marker m = lines.get(i).marker();
            if (m == null || m.kind() != kind || m.ordinal() != 1) {
                continue;
            }
            String introLine = introLine(lines, i);
            if (introLine != null && introLine.endsWith(":") && closing.isRecipients(introLine)) {
                continue;
            }
            boolean announced = introLine != null && (newsItem ? directiveIntro.test(introLine)
                    : introLine.endsWith(":") && intro.matcher(introLine).find());
            boolean followed = nextAtLevelFollows(lines, i, endAt[i]);
            if (newsItem ? announced && followed : (announced && kind != Kind.ROMAN) || followed) {
                return i;
            }
        }
        return -1;
    }

    /** The last text line before line {@code i}, past page furniture, or null. */
    private static String introLine(List<TaskLine> lines, int i) {
        for (int k = i - 1; k >= 0 && k >= i - INTRO_LOOK_BACK; k--) {
            if (!lines.get(k).isFurniture()) {
                return lines.get(k).text();
            }
        }
        return null;
    }

    /** The next marker of the level of line {@code i}, before {@code end}, is the item after it. */
    private static boolean nextAtLevelFollows(List<TaskLine> lines, int i, int end) {
        Marker first = lines.get(i).marker();
        for (int k = i + 1; k < end; k++) {
            Marker m = lines.get(k).marker();
            if (first.sameLevel(m)) {
                return first.isFollowedBy(m);
            }
        }
        return false;
    }

    /** A list of numbered or lettered items starting at line {@code start}. */
    private List<Item> items(List<TaskLine> lines, int start, int end, boolean newsItem) {
        List<Item> out = new ArrayList<>();
        int current = start;
        Marker marker = lines.get(start).marker();
        for (int k = start + 1; k < end; k++) {
            Marker m = lines.get(k).marker();
            if (marker.isFollowedBy(m)) {
                out.add(new Item(marker.label(), current, lastText(lines, current, k - 1)));
                current = k;
                marker = m;
            } else if (m != null && m.kind() == Kind.ROMAN && marker.kind() != Kind.ROMAN && m.ordinal() > 1) {
                end = k; // a new section after the list: the list is over
                break;
            }
        }
        out.add(new Item(marker.label(), current, lastLine(lines, current, end, newsItem)));
        return out;
    }

    /** Roman sections starting at line {@code start}, each cut into its numbered items or kept whole. */
    private List<Item> sections(List<TaskLine> lines, int start, int end, boolean newsItem) {
        List<Item> out = new ArrayList<>();
        int section = start;
        Marker sectionMarker = lines.get(start).marker();
        int item = -1;
        Marker itemMarker = null;
        Marker lastItem = null;
        char itemStyle = 0;
        for (int k = start + 1; k < end; k++) {
            Marker m = lines.get(k).marker();
            if (m == null) {
                continue;
            }
            if (sectionMarker.isFollowedBy(m)) {
                if (item >= 0) {
                    out.add(new Item(sectionMarker.label() + "." + itemMarker.label(), item, lastText(lines, item, k - 1)));
                } else {
                    out.add(new Item(sectionMarker.label(), section, lastText(lines, section, k - 1)));
                }
                section = k;
                sectionMarker = m;
                item = -1;
                itemMarker = null;
            } else if (m.kind() == Kind.ARABIC && (itemStyle == 0 || m.style() == itemStyle)) {
                boolean opens = itemMarker == null ? m.ordinal() == 1 || (lastItem != null && lastItem.isFollowedBy(m))
                        : itemMarker.isFollowedBy(m);
                if (!opens) {
                    continue;
                }
                if (item >= 0) {
                    out.add(new Item(sectionMarker.label() + "." + itemMarker.label(), item, lastText(lines, item, k - 1)));
                }
                itemStyle = m.style();
                item = k;
                itemMarker = m;
                lastItem = m;
            }
        }
        if (item >= 0) {
            out.add(new Item(sectionMarker.label() + "." + itemMarker.label(), item, lastLine(lines, item, end, newsItem)));
        } else {
            out.add(new Item(sectionMarker.label(), section, lastLine(lines, section, end, newsItem)));
        }
        return out;
    }

    /** The last line of the list's last task, which starts at line {@code first}; the list ends before {@code end}. */
    private int lastLine(List<TaskLine> lines, int first, int end, boolean newsItem) {
        Marker own = lines.get(first).marker();
        int last = first;
        for (int k = first + 1; k < end; k++) {
            TaskLine line = lines.get(k);
            if (line.isFurniture()) {
                continue;
            }
            if (newsItem) {
                boolean subItem = line.isBullet() || (line.marker() != null && !own.sameLevel(line.marker()));
                if (!subItem) {
                    break;
                }
            } else if (line.paragraphStart() && line.marker() == null && !isHeading(lines.get(last).text())
                    && closing.closesList(paragraph(lines, k, end))) {
                break; // a heading ("III. TỔ CHỨC THỰC HIỆN") is not closed by the paragraph that fills it
            }
            last = k;
        }
        return last;
    }

    /** A line that does not end like a sentence: a section heading waiting for its text. */
    private static boolean isHeading(String line) {
        char c = line.charAt(line.length() - 1);
        return Character.isLetterOrDigit(c) || c == ':' || c == ')';
    }

    /** The text of the paragraph that opens at line {@code k}, its lines joined by spaces. */
    private static String paragraph(List<TaskLine> lines, int k, int end) {
        StringBuilder sb = new StringBuilder(lines.get(k).text());
        for (int m = k + 1; m < end && !lines.get(m).paragraphStart(); m++) {
            if (!lines.get(m).isFurniture()) {
                sb.append(' ').append(lines.get(m).text());
            }
        }
        return sb.toString();
    }

    /** {@code last}, or the last line before it that is not furniture (never before {@code first}). */
    private static int lastText(List<TaskLine> lines, int first, int last) {
        int k = last;
        while (k > first && lines.get(k).isFurniture()) {
            k--;
        }
        return k;
    }
}
