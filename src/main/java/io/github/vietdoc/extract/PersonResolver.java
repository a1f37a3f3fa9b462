package io.github.vietdoc.extract;

import io.github.vietdoc.model.Role;
import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups mentions into persons: the full name again, the given name alone ({@code đồng chí Oanh}),
 * the end of the name ({@code Việt Oanh}) or a title ({@code đồng chí Bí thư Huyện ủy}) all point
 * to the person already named.
 */
final class PersonResolver {
    /** One mention before resolution: a name of some kind, or a title alone (then {@code name} is null). */
    record Raw(TextRange range, String name, NameFinder.Kind kind, List<String> titles, Role role) {
    }

    /** A person being built: name, titles in order, mention indexes. */
    static final class Entry {
        final String name;
        final List<String> titles = new ArrayList<>();
        final TextRange first;

        Entry(String name, TextRange first) {
            this.name = name;
            this.first = first;
        }

        void addTitles(List<String> more) {
            for (String t : more) {
                if (titles.stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))) {
                    titles.add(t);
                }
            }
        }
    }

    final List<Entry> people = new ArrayList<>();
    final List<PersonMention> mentions = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();

    /** Resolves the mentions, in text order; {@code fullNames} are all full names of the document. */
    void resolve(List<Raw> raws, List<String> fullNames) {
        for (Raw r : raws) {
            int who = -1;
            if (r.name() == null) {
                who = byTitle(r.titles().get(0));
            } else if (r.kind() == NameFinder.Kind.FULL) {
                who = person(r.name(), r.range());
            } else {
                String suffix = " " + r.name().toLowerCase(Locale.ROOT);
                String match = null;
                int count = 0;
                for (String full : fullNames) {
                    if ((" " + full.toLowerCase(Locale.ROOT)).endsWith(suffix) && !full.equalsIgnoreCase(match)) {
                        match = full;
                        count++;
                    }
                }
                if (count == 1) {
                    who = person(match, r.range());
                } else if (r.kind() == NameFinder.Kind.PARTIAL) {
                    who = person(r.name(), r.range());
                }
            }
            if (who < 0) {
                continue;
            }
            if (r.name() != null) {
                people.get(who).addTitles(r.titles());
            }
            mentions.add(new PersonMention(who, r.range(), r.role()));
        }
    }

    /** The person named {@code name}, made when new. */
    int person(String name, TextRange range) {
        String key = name.toLowerCase(Locale.ROOT);
        Integer known = byName.get(key);
        if (known != null) {
            return known;
        }
        people.add(new Entry(name, range));
        byName.put(key, people.size() - 1);
        return people.size() - 1;
    }

    /** The person last mentioned with this title (or a longer one it starts), or -1. */
    private int byTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Entry e = people.get(mentions.get(i).person());
            for (String x : e.titles) {
                String lx = x.toLowerCase(Locale.ROOT);
                if (lx.equals(t) || lx.startsWith(t + " ")) {
                    return mentions.get(i).person();
                }
            }
        }
        return -1;
    }
}
