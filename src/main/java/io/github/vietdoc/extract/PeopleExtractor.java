package io.github.vietdoc.extract;

import io.github.vietdoc.model.Letter;
import io.github.vietdoc.model.Person;
import io.github.vietdoc.model.Role;
import io.github.vietdoc.model.Signer;
import io.github.vietdoc.text.Span;
import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the persons a document names, with their titles and roles: {@code đồng chí Nguyễn Việt Oanh,
 * Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị} gives Nguyễn Việt Oanh, titles
 * {@code [Tỉnh ủy viên, Bí thư Huyện ủy]}, role CHAIR. Later mentions (the name again, the given name,
 * {@code đồng chí Bí thư Huyện ủy}) resolve to the same person; the letter's signer is a SIGNER.
 */
public final class PeopleExtractor {
    /** A person cue followed by a title and no name: {@code đồng chí Phó Chủ tịch đề nghị}. */
    private static final Pattern CUE_TITLE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à) +(?=\\p{Lu})");
    /** A plural cue, whose titles name a group: {@code các đồng chí Ủy viên Ban Thường vụ}. */
    private static final Pattern PLURAL = Pattern.compile("[Cc]ác +$");
    /**
     * What may stand between two members of one list sharing a verb:
     * {@code ; đồng chí }, {@code  và ông }, {@code , }.
     */
    private static final Pattern LIST_GAP = Pattern.compile(
            " *(?:[;,]|và|cùng)? *(?:(?:[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à) +)?");
    /** The cue before a title shared by a colon list of names: {@code các đồng chí }, {@code các ông }. */
    private static final Pattern SHARED_TITLE_CUE = Pattern.compile("[Cc]ác +(?:đồng chí|ông|bà) +");
    /** Only names and separators: {@code  Ma Thị Hiền, Đỗ Văn Lâm, }. */
    private static final Pattern NAMES_BETWEEN = Pattern.compile(
            " *(?:\\p{Lu}[\\p{L}\\p{M}']*(?: \\p{Lu}[\\p{L}\\p{M}']*)*(?: *, *| +và +))* *");
    /** How far a colon list of names may run. */
    private static final int MAX_SHARED_LIST_CHARS = 160;
    /** A run of white space in a name: {@code Nguyễn  Văn}. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final NameFinder names = new NameFinder();
    private final TitleParser titles = new TitleParser();
    private final RoleReader roles = new RoleReader();
    private final PeopleLexicon lex = PeopleLexicon.INSTANCE;

    /** A mention with where its lead (cue or preceding title) starts and its titles end. */
    private record Found(PersonResolver.Raw raw, int lead, int tail) {
    }

    /** {@code byline} names are authors, not people; {@code letter} (or null) gives the signer. */
    public PeopleResult extract(ExtractionContext ctx, Byline byline, Letter letter) {
        String text = ctx.doc().text();
        List<NameFinder.Hit> hits = names.find(text, byline == null ? Byline.NONE : byline);
        Set<Integer> starts = new HashSet<>();
        List<String> fullNames = new ArrayList<>();
        for (NameFinder.Hit h : hits) {
            starts.add(h.range().start());
            if (h.kind() == NameFinder.Kind.FULL && !h.afterPlace()) {
                fullNames.add(h.name());
            }
        }
        IntPredicate nameAt = starts::contains;
        List<Found> found = new ArrayList<>();
        for (NameFinder.Hit h : hits) {
            TitleParser.Titles after = titles.after(text, h.range().end(), nameAt);
            TitleParser.Titles before = null;
            if (h.cue() < 0) {
                int from = Math.max(RoleReader.sentenceStart(text, h.range().start()), h.range().start() - 150);
                before = titles.before(text, from, h.range().start(), nameAt);
            }
            if (h.afterPlace() && before == null) {
                continue;
            }
            List<String> all = new ArrayList<>();
            int lead = h.start();
            if (before != null) {
                all.addAll(before.titles());
                lead = before.end();
            }
            all.addAll(after.titles());
            if (all.isEmpty()) {
                String shared = sharedTitle(text, h.range().start());
                if (shared != null) {
                    all.add(shared);
                }
            }
            Role role = roles.read(text, lead, after.end());
            found.add(new Found(new PersonResolver.Raw(h.range(), h.name(), h.kind(), all, role), lead, after.end()));
        }
        Matcher cue = CUE_TITLE.matcher(text);
        Matcher head = lex.head.matcher(text); // one per text: a matcher of a large pattern is costly to make
        while (cue.find()) {
            head.region(cue.end(), text.length());
            if (!head.lookingAt()
                    || PLURAL.matcher(text).region(Math.max(0, cue.start() - 6), cue.start()).find()) {
                continue;
            }
            int end = titles.extend(text, head.end(), nameAt);
            int next = end;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (nameAt.test(next)) {
                continue;
            }
            TextRange range = new TextRange(cue.end(), end);
            Role role = roles.read(text, cue.start(), end);
            found.add(new Found(new PersonResolver.Raw(range, null, null,
                    List.of(TitleParser.normalize(text.substring(cue.end(), end))), role), cue.start(), end));
        }
        found.sort(Comparator.comparingInt(f -> f.raw().range().start()));
        List<PersonResolver.Raw> raws = shareListRoles(text, found);
        PersonResolver resolver = new PersonResolver();
        resolver.resolve(raws, fullNames);
        List<PersonMention> mentions = new ArrayList<>(resolver.mentions);
        addSigner(text, letter, resolver, mentions);
        mentions.sort(Comparator.comparingInt(m -> m.range().start()));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < resolver.people.size(); i++) {
            PersonResolver.Entry e = resolver.people.get(i);
            EnumSet<Role> rs = EnumSet.noneOf(Role.class);
            TextRange first = null;
            for (PersonMention m : mentions) {
                if (m.person() == i) {
                    if (first == null) {
                        first = m.range();
                    }
                    if (m.role() != null) {
                        rs.add(m.role());
                    }
                }
            }
            Span span = ctx.doc().span(first == null ? e.first : first);
            people.add(new Person(e.name, e.titles, List.copyOf(rs), span.start(), span.end(), span.text()));
        }
        return new PeopleResult(people, mentions);
    }

    /**
     * Members of one list share the verb after its last member: {@code Các đồng chí: A, …; B, … chủ trì}
     * makes A a chair as well; and a list opened by its verb passes it on: {@code Tham dự có các đồng chí: A, …; B, …},
     * {@code Chủ trì hội nghị có các đồng chí: A, …; B, …}.
     */
    private static List<PersonResolver.Raw> shareListRoles(String text, List<Found> found) {
        List<PersonResolver.Raw> out = new ArrayList<>();
        Role carried = null;
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            Role role = f.raw().role();
            if (i + 1 < found.size() && carried != null && role == null) {
                Found next = found.get(i + 1);
                if (f.tail() <= next.lead() && LIST_GAP.matcher(text).region(f.tail(), next.lead()).matches()) {
                    role = carried;
                }
            }
            carried = role == Role.CHAIR || role == Role.SPEAKER ? role : null;
            PersonResolver.Raw r = f.raw();
            out.add(0, new PersonResolver.Raw(r.range(), r.name(), r.kind(), r.titles(), role));
        }
        for (int i = 1; i < out.size(); i++) {
            PersonResolver.Raw r = out.get(i);
            Role previous = out.get(i - 1).role();
            if (r.role() == null && (previous == Role.ATTENDEE || previous == Role.CHAIR)
                    && found.get(i - 1).tail() <= found.get(i).lead()
                    && LIST_GAP.matcher(text).region(found.get(i - 1).tail(), found.get(i).lead()).matches()) {
                out.set(i, new PersonResolver.Raw(r.range(), r.name(), r.kind(), r.titles(), previous));
            }
        }
        return out;
    }

    /**
     * The title a colon list of names shares: {@code các đồng chí Phó Chủ tịch UBND tỉnh: Ma Thị Hiền, Đỗ Văn Lâm,
     * Nông Đức Hưng}; null unless only names and separators stand between the colon and the name at {@code start}.
     */
    private String sharedTitle(String text, int start) {
        int colon = text.lastIndexOf(':', start);
        if (colon < 0 || start - colon > MAX_SHARED_LIST_CHARS
                || !NAMES_BETWEEN.matcher(text).region(colon + 1, start).matches()) {
            return null;
        }
        Matcher cue = SHARED_TITLE_CUE.matcher(text).region(Math.max(0, colon - MAX_SHARED_LIST_CHARS), colon);
        while (cue.find()) {
            Matcher head = lex.head.matcher(text).region(cue.end(), colon);
            if (head.lookingAt()) {
                int end = titles.extend(text, head.end(), i -> i >= colon);
                if (text.substring(end, colon).isBlank()) {
                    return TitleParser.normalize(text.substring(cue.end(), end));
                }
            }
        }
        return null;
    }

    private void addSigner(String text, Letter letter, PersonResolver resolver, List<PersonMention> mentions) {
        Signer signer = letter == null ? null : letter.signer();
        if (signer == null || signer.name() == null || signer.name().isBlank()) {
            return;
        }
        String name = SPACES.matcher(signer.name().strip()).replaceAll(" ");
        int at = text.lastIndexOf(name);
        if (at < 0) {
            return;
        }
        TextRange range = new TextRange(at, at + name.length());
        int who = resolver.person(name, range);
        if (signer.position() != null && !signer.position().isBlank()) {
            String position = lex.titleCase(signer.position());
            String key = position.toLowerCase(Locale.ROOT);
            // PHÓ BÍ THƯ THƯỜNG TRỰC under a letter is the short form of a title the body already gave in full
            if (resolver.people.get(who).titles.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).startsWith(key))) {
                resolver.people.get(who).addTitles(List.of(position));
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            PersonMention m = mentions.get(i);
            if (m.range().equals(range) && m.role() == null) {
                mentions.set(i, new PersonMention(who, range, Role.SIGNER));
                return;
            }
        }
        mentions.add(new PersonMention(who, range, Role.SIGNER));
    }
}
