package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.Letter;
import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Meeting;
import io.github.vietdoc.model.Person;
import io.github.vietdoc.model.Role;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.Span;
import io.github.vietdoc.text.TextRange;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the meeting a document reports: the first sentence that opens with a date phrase
 * ({@link MeetingDateParser}) and names a gathering from the {@code meeting-kinds} lexicon
 * ({@code Ngày 11/6, đồng chí … chủ trì hội nghị …}; in a thông báo kết luận, {@code Ngày 22/7/2024, ông …
 * chủ trì cuộc họp …}). One meeting per document: the lead. Its year comes from {@link YearResolver}, its
 * body from {@link MeetingBodyReader}, its chairs and attendees from the people's mentions with role CHAIR
 * and ATTENDEE in the lead paragraph (anywhere in the document when the lead paragraph has no chair).
 */
public final class MeetingExtractor {
    private static final Lexicon KINDS = Lexicon.named("meeting-kinds");

    /** A meeting word with letter boundaries, case ignored, e.g. {@code hội nghị}, {@code Làm việc với}. */
    private static final Pattern KIND = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + KINDS.alternation() + ")(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Kind written out for each term: {@code làm việc với} → {@code buổi làm việc}. */
    private static final Map<String, String> KIND_NAMES = kindNames();

    /** {@code Lễ} that is no ceremony: {@code lễ hội} (a festival), {@code nghi lễ}, {@code lễ phép}. */
    private static final Pattern NOT_CEREMONY = Pattern.compile("lễ (?:hội|phép|vật|tết)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What before a meeting word makes it no gathering of this lead: a venue ({@code Trung tâm Hội nghị Quốc gia},
     * {@code hội trường}), something prepared for ({@code chuẩn bị cho hội nghị}); checked on the 16 characters before.
     */
    private static final Pattern NOT_THE_EVENT_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:trung tâm|cung|nhà|hội trường|phòng|chuẩn bị cho|chuẩn bị|trước|sau|nghỉ|nghi|bên lề)[ \\t]+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A meeting a conclusion or notice reports before its date: {@code Tại hội nghị ngày 08/5/2024, …},
     * {@code Tại phiên họp thường kỳ tháng 4 ngày 16/4/2024, …}; the date follows within the clause.
     */
    private static final Pattern REPORTED = Pattern.compile("(?<![\\p{L}\\p{M}])(?:tại|trong) +(?<kind>"
            + KINDS.alternation() + ")(?![\\p{L}\\p{M}])[^.;:\\n]{0,60}?[ ,]+(?=ngày)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The kind of an inspection visit ({@code đi kiểm tra}), a meeting only when its leader is named. */
    private static final String INSPECTION = "buổi kiểm tra";

    /** The heading of an invitation, on its own line. */
    private static final Pattern INVITATION = Pattern.compile("(?m)^[ \\t*#]*GIẤY MỜI[ \\t*]*$");
    /** The line of an invitation that gives the time: {@code Thời gian: 01 buổi, … thứ Hai, ngày 22/4/2024.} */
    private static final Pattern TIME_LINE = Pattern.compile("(?m)^[ \\t*-]*Thời gian *:");
    /** The day in an invitation's time line: {@code ngày 22/4/2024}, {@code ngày 22-4}. */
    private static final Pattern INVITED_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])ngày +(?<d>[0-9]{1,2}) *[/.-] *(?<m>[0-9]{1,2})(?: *[/.-] *(?<y>(?:19|20)[0-9]{2}))?(?![0-9])");

    /** How many paragraphs from the top (the header lines of a letter included) a reported meeting is looked for. */
    private static final int MAX_REPORT_PARAGRAPHS = 14;

    /** How far into the document the lead may be: meetings are reported up front, not in the 40th paragraph. */
    private static final int MAX_LEAD_PARAGRAPHS = 20;

    /** {@code people} gives chairs and attendees; {@code letter} (or null) gives the document's own date. */
    public List<Meeting> extract(ExtractionContext ctx, PeopleResult people, Letter letter) {
        SourceText doc = ctx.doc();
        String text = doc.text();
        List<TextRange> paragraphs = doc.paragraphs();
        List<TextRange> sentences = doc.sentences();
        Set<Integer> starts = new LinkedHashSet<>();
        int limit = paragraphs.isEmpty() ? text.length()
                : paragraphs.get(Math.min(MAX_LEAD_PARAGRAPHS, paragraphs.size()) - 1).end();
        for (TextRange p : paragraphs) {
            starts.add(p.start());
        }
        for (TextRange s : sentences) {
            starts.add(s.start());
        }
        List<Integer> ordered = new ArrayList<>(starts);
        ordered.sort(null);
        int pi = 0;
        int si = 0;
        for (int start : ordered) {
            if (start >= limit) {
                break;
            }
            while (pi < paragraphs.size() && paragraphs.get(pi).end() <= start) {
                pi++;
            }
            TextRange paragraph = pi < paragraphs.size() && paragraphs.get(pi).start() <= start
                    ? paragraphs.get(pi) : new TextRange(start, text.length());
            MeetingDateParser.LeadDate date = MeetingDateParser.readLead(text, start, paragraph.end());
            if (date == null) {
                date = MeetingDateParser.readAfterClause(text, start, sentenceEnd(sentences, start, paragraph.end()));
            }
            if (date == null) {
                continue;
            }
            while (si < sentences.size() && sentences.get(si).end() <= date.end()) {
                si++;
            }
            int end = si < sentences.size() && sentences.get(si).start() <= date.end()
                    ? Math.min(sentences.get(si).end(), paragraph.end()) : paragraph.end();
            while (end > date.end() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            Matcher kind = KIND.matcher(text).region(date.end(), end);
            String kindTerm = null;
            while (kind.find()) {
                if (!NOT_CEREMONY.matcher(text).region(kind.start(), end).lookingAt()
                        && !NOT_THE_EVENT_BEFORE.matcher(text).region(Math.max(date.end(), kind.start() - 16),
                                kind.start()).find()) {
                    kindTerm = kind.group().toLowerCase(Locale.ROOT).replaceAll(" +", " ");
                    break;
                }
            }
            if (kindTerm == null) {
                continue;
            }
            String body = MeetingBodyReader.read(text, date.end(), end, kind.start(), kind.end(),
                    letter == null ? null : letter.place());
            String iso = isoDate(ctx, letter, date);
            Span dateSpan = doc.span(date.start(), date.end());
            Span span = doc.span(date.start(), end);
            List<Person> chairs = persons(people, Role.CHAIR, paragraph, true);
            if (chairs.isEmpty() && INSPECTION.equals(KIND_NAMES.getOrDefault(kindTerm, kindTerm))) {
                continue; // "nhiều người … đi kiểm tra" is no visit: an inspection is led by someone named
            }
            List<Person> attendees = persons(people, Role.ATTENDEE, paragraph, false);
            SessionReader.Session session = SessionReader.read(text, date.start(), end);
            return List.of(new Meeting(iso, dateSpan.text(), date.partOfDay(), body,
                    KIND_NAMES.getOrDefault(kindTerm, kindTerm), chairs, attendees, lastDate(iso, date),
                    positive(session.session()), positive(session.term()),
                    session.termFrom() > 0 ? session.termFrom() + "-" + session.termTo() : null,
                    span.start(), span.end(), span.text()));
        }
        // a conclusion or its notice opens by reporting the meeting it concludes; other documents cite meetings
        boolean concludes = ctx.type() == DocType.CONCLUSION || ctx.type() == DocType.NOTICE;
        if (concludes) {
            return reported(ctx, people, letter, paragraphs);
        }
        return INVITATION.matcher(text).find() ? invited(ctx, people, letter) : List.of();
    }

    /**
     * The meeting an invitation ({@code GIẤY MỜI}) calls: its date from the line {@code Thời gian: … ngày 22/4/2024},
     * its chair from the line {@code Chủ trì: Đồng chí …}.
     */
    private static List<Meeting> invited(ExtractionContext ctx, PeopleResult people, Letter letter) {
        String text = ctx.doc().text();
        Matcher time = TIME_LINE.matcher(text);
        if (!time.find()) {
            return List.of();
        }
        int lineEnd = text.indexOf('\n', time.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        Matcher day = INVITED_DATE.matcher(text).region(time.end(), lineEnd);
        if (!day.find()) {
            return List.of();
        }
        int d = Integer.parseInt(day.group("d"));
        int m = Integer.parseInt(day.group("m"));
        if (d < 1 || d > 31 || m < 1 || m > 12) {
            return List.of();
        }
        MeetingDateParser.LeadDate date = new MeetingDateParser.LeadDate(day.start(), day.end(), d, 0, m,
                day.group("y") == null ? 0 : Integer.parseInt(day.group("y")), null);
        String iso = isoDate(ctx, letter, date);
        Span dateSpan = ctx.doc().span(date.start(), date.end());
        Span span = ctx.doc().span(time.start(), date.end());
        return List.of(new Meeting(iso, dateSpan.text(), date.partOfDay(), null, null,
                persons(people, Role.CHAIR, null, false), List.of(), lastDate(iso, date), null, null, null,
                span.start(), span.end(), span.text()));
    }

    /**
     * The meeting a conclusion or notice reports ({@code Tại hội nghị ngày 08/5/2024, … Ban Thường vụ
     * Huyện ủy kết luận như sau}), from its first paragraphs; its body is the document's issuer when no chair
     * or body is named in the sentence.
     */
    private static List<Meeting> reported(ExtractionContext ctx, PeopleResult people, Letter letter,
            List<TextRange> paragraphs) {
        String text = ctx.doc().text();
        int limit = paragraphs.isEmpty() ? text.length()
                : paragraphs.get(Math.min(MAX_REPORT_PARAGRAPHS, paragraphs.size()) - 1).end();
        Matcher m = REPORTED.matcher(text).region(0, limit);
        while (m.find()) {
            MeetingDateParser.LeadDate date = MeetingDateParser.readLead(text, m.end(), Math.min(text.length(), m.end() + 40));
            if (date == null) {
                continue;
            }
            TextRange paragraph = paragraphs.stream().filter(p -> p.start() <= m.start() && m.start() < p.end())
                    .findFirst().orElse(new TextRange(m.start(), text.length()));
            String kindTerm = m.group("kind").toLowerCase(Locale.ROOT).replaceAll(" +", " ");
            String iso = isoDate(ctx, letter, date);
            Span dateSpan = ctx.doc().span(date.start(), date.end());
            Span span = ctx.doc().span(m.start(), date.end());
            return List.of(new Meeting(iso, dateSpan.text(), date.partOfDay(), null,
                    KIND_NAMES.getOrDefault(kindTerm, kindTerm), persons(people, Role.CHAIR, paragraph, true),
                    persons(people, Role.ATTENDEE, paragraph, false), lastDate(iso, date), null, null, null,
                    span.start(), span.end(), span.text()));
        }
        return List.of();
    }

    /** End of the sentence starting at {@code start}, not past {@code limit}. */
    private static int sentenceEnd(List<TextRange> sentences, int start, int limit) {
        for (TextRange s : sentences) {
            if (s.start() <= start && start < s.end()) {
                return Math.min(s.end(), limit);
            }
        }
        return limit;
    }

    /** The last day of a meeting over several days ({@code 12 - 13/8}): the first day's date with the last day. */
    private static String lastDate(String iso, MeetingDateParser.LeadDate date) {
        if (date.lastDay() == 0 || iso == null) {
            return null;
        }
        return iso.substring(0, iso.length() - 2) + String.format(Locale.ROOT, "%02d", date.lastDay());
    }

    private static Integer positive(int n) {
        return n > 0 ? n : null;
    }

    /** The ISO date, with the year from the phrase or resolved from the document (and a warning saying so). */
    private static String isoDate(ExtractionContext ctx, Letter letter, MeetingDateParser.LeadDate date) {
        if (date.year() > 0) {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", date.year(), date.month(), date.day());
        }
        YearResolver.Resolved r = YearResolver.resolve(date.month(), date.day(), ctx.published(),
                letter == null ? null : letter.date(), ctx.referenceDate(), ctx.doc().text());
        if (r.year() == null) {
            String md = MonthDay.of(date.month(), date.day()).toString();
            ctx.warn("meeting date " + md + " has no year: nothing in the document fixes it");
            return md;
        }
        if (date.month() == 2 && date.day() == 29 && !java.time.Year.isLeap(r.year())) {
            String md = MonthDay.of(2, 29).toString();
            ctx.warn("meeting date " + md + " does not exist in " + r.year() + ": year left out");
            return md;
        }
        ctx.warn("year " + r.year() + " inferred from " + r.source() + " for the meeting date "
                + MonthDay.of(date.month(), date.day()));
        return String.format(Locale.ROOT, "%04d-%02d-%02d", r.year(), date.month(), date.day());
    }

    /** Persons with {@code role} mentioned in {@code paragraph}; for chairs, anywhere when none is there. */
    private static List<Person> persons(PeopleResult people, Role role, TextRange paragraph, boolean widen) {
        if (people == null) {
            return List.of();
        }
        List<Person> inLead = pick(people, role, paragraph);
        return inLead.isEmpty() && widen ? pick(people, role, null) : inLead;
    }

    private static List<Person> pick(PeopleResult people, Role role, TextRange within) {
        Set<Integer> seen = new LinkedHashSet<>();
        for (PersonMention m : people.mentions()) {
            if (m.role() == role && m.person() >= 0 && m.person() < people.people().size()
                    && (within == null || (m.range().start() >= within.start() && m.range().end() <= within.end()))) {
                seen.add(m.person());
            }
        }
        List<Person> out = new ArrayList<>();
        for (int i : seen) {
            out.add(people.people().get(i));
        }
        return out;
    }

    private static Map<String, String> kindNames() {
        Map<String, String> names = new HashMap<>();
        for (Lexicon.Entry e : KINDS.entries()) {
            names.put(e.term(), e.field(0) == null ? e.term() : e.field(0));
        }
        return Map.copyOf(names);
    }
}
