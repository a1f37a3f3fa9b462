package io.github.vietdoc.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a word list into one regex that shares the prefixes of its terms ({@code nhà(?: +(?:văn|thơ))?}).
 * The regex engine tries the alternatives of a plain alternation one after another at every position;
 * with hundreds of terms that is most of the work of a scan, while a trie rejects a position after a
 * character or two. Longer continuations are tried first, so the longest term still wins.
 */
final class TermTrie {
    private final Node root = new Node();

    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        boolean terminal;
        int depth; // length of the longest term below this node

        Node child(char c) {
            return children.computeIfAbsent(c, k -> new Node());
        }
    }

    TermTrie(List<String> terms) {
        for (String t : terms) {
            String term = t.strip().replaceAll(" +", " ");
            if (term.isEmpty()) {
                continue;
            }
            Node n = root;
            for (int i = 0; i < term.length(); i++) {
                n.depth = Math.max(n.depth, term.length() - i);
                n = n.child(term.charAt(i));
            }
            n.terminal = true;
        }
    }

    /** The trie as a non-capturing regex group; a space in a term matches any run of spaces. */
    String regex() {
        return "(?:" + emit(root) + ")";
    }

    private static String emit(Node node) {
        List<Map.Entry<Character, Node>> kids = new ArrayList<>(node.children.entrySet());
        kids.sort(Comparator.comparingInt((Map.Entry<Character, Node> e) -> -e.getValue().depth)
                .thenComparing(Map.Entry::getKey));
        List<String> branches = new ArrayList<>();
        for (Map.Entry<Character, Node> e : kids) {
            branches.add(symbol(e.getKey()) + emit(e.getValue()));
        }
        if (branches.isEmpty()) {
            return "";
        }
        String inner = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
        if (!node.terminal) {
            return inner;
        }
        return (branches.size() == 1 ? "(?:" + inner + ")" : inner) + "?";
    }

    private static String symbol(char c) {
        if (c == ' ') {
            return " +";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
    }
}
