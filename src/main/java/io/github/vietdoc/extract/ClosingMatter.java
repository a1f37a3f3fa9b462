package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells what bounds a task list and what does not belong to a task's words, from {@code closing-matter.tsv}:
 * the distribution list ({@code Nơi nhận:}) and the signature block ({@code T/M BAN THƯỜNG VỤ},
 * {@code KT. CHỦ TỊCH}, {@code PHÓ BÍ THƯ}) end the list; a paragraph assigning the follow-up
 * ({@code Giao UBND huyện chủ trì … theo dõi, đôn đốc …}, {@code UBND huyện giao đồng chí … theo dõi …}) or a closing request ({@code Đề nghị các đơn vị
 * … thực hiện nghiêm túc./.}) ends the last task; page markers ({@code Trang 2}), the gazette's running
 * header ({@code CÔNG BÁO/Số 12 + 13/Ngày 15-01-2024}) and signature stamps ({@code Ký bởi: … Thời gian ký: …})
 * are furniture inside a task.
 */
final class ClosingMatter {
    /** What a line is to a task list. */
    enum Role {
        /** Words of the document. */
        TEXT,
        /** Page furniture: skipped in a task's content, the task goes on after it. */
        FURNITURE,
        /** The distribution list or the signature block: no task goes past it. */
        END
    }

    /** Lines longer than this are text whatever they start with. */
    private static final int SHORT_LINE_WORDS = 12;
    /** A signer line is short: {@code T/M BAN THƯỜNG VỤ HUYỆN ỦY}. */
    private static final int SIGNER_LINE_WORDS = 10;

    /** Not a letter or digit before or after a term: {@code Giao} is not {@code Giao thông}'s start. */
    private static final String END_OF_WORD = "(?![\\p{L}\\p{M}\\p{Nd}])";
    private static final String START_OF_WORD = "(?<![\\p{L}\\p{M}\\p{Nd}])";
    /** A page marker alone on its line: {@code Trang 2}, {@code Trang 2/5}, {@code --- PAGE BREAK ---}, {@code - 3 -}. */
    private static final Pattern PAGE_MARKER = Pattern.compile("(?iu)^(?:-{2,} *)?(?:page break|ngắt trang"
            + "|(?:trang|page) *[0-9]{1,3}(?: *(?:/|của|of) *[0-9]{1,3})?|- *[0-9]{1,3} *-|[0-9]{1,3})(?: *-{2,})?$");
    /** The formula that closes a notice: {@code Văn phòng … thông báo để các cơ quan, đơn vị biết, thực hiện.} */
    private static final Pattern NOTICE_CLOSING = Pattern.compile("(?iu)^[^.;]{0,120}(?:thông báo|sao gửi) (?:để|đến)"
            + "[^.;]{0,160}" + START_OF_WORD + "biết" + END_OF_WORD);
    /** The next article of a decision or resolution: {@code Điều 3. Quyết định này có hiệu lực …}. */
    private static final Pattern ARTICLE = Pattern.compile("^Điều [0-9]{1,2}[.:]");
    /** The rule under a markdown table's first row: {@code |---|---|}. */
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?(?: *:?-{3,}:? *\\|)+ *:?-*:? *");
    /** Closing marks of a document's last sentence: {@code …nghiêm túc./.}, {@code … ./.}, {@code …/.}. */
    private static final Pattern END_MARK = Pattern.compile("\\.? */\\.$");
    /** A verb of request in a closing sentence: {@code … yêu cầu các đơn vị nghiêm túc thực hiện./.}. */
    private static final Pattern REQUEST = Pattern.compile("(?iu)" + START_OF_WORD + "(?:yêu cầu|đề nghị)" + END_OF_WORD
            + ".*" + START_OF_WORD + "(?:thực hiện|triển khai)" + END_OF_WORD);

    private final Pattern distribution;
    private final Pattern authority;
    private final Pattern position;
    private final Pattern assignment;
    private final Pattern assignmentScope;
    private final Pattern closing;
    private final Pattern issuerAssigns;
    /**
     * The document speaking of itself: {@code Chỉ thị này thay thế …}, {@code Quyết định này có hiệu lực …},
     * {@code Chương trình hành động này được phổ biến …}.
     */
    private final Pattern selfReference;
    private final Pattern stamp;
    private final Pattern stampField;
    private final Pattern runningHeader;
    private final Pattern recipients;

    ClosingMatter() {
        Map<String, List<String>> byKind = new HashMap<>();
        for (Lexicon.Entry e : Lexicon.named("closing-matter").entries()) {
            byKind.computeIfAbsent(e.field(0), k -> new ArrayList<>()).add(e.term());
        }
        this.distribution = startOf(byKind, "distribution", "(?iu)");
        this.authority = Pattern.compile("^" + alternation(byKind, "authority") + " *(?=\\p{Lu})");
        this.position = Pattern.compile("^" + alternation(byKind, "position") + "[ .:]*$");
        this.assignment = startOf(byKind, "assignment", "");
        // the issuer as the subject: "UBND huyện giao đồng chí … theo dõi, chỉ đạo việc thực hiện"
        this.issuerAssigns = Pattern.compile("(?iu)^" + Lexicon.named("issuer-heads").alternation()
                + "[^.;:]{0,30}? giao" + END_OF_WORD);
        this.assignmentScope = Pattern.compile("(?u)" + START_OF_WORD + alternation(byKind, "assignment-scope")
                + END_OF_WORD);
        this.closing = startOf(byKind, "closing", "");
        this.selfReference = Pattern.compile("(?iu)^" + Lexicon.alternation(Lexicon.named("document-kinds").entries()
                .stream().map(e -> e.field(0)).distinct().toList()) + "(?: [\\p{L}\\p{M}]+){0,2} này" + END_OF_WORD);
        this.stamp = startOf(byKind, "stamp", "(?iu)");
        this.stampField = Pattern.compile("(?iu)^" + alternation(byKind, "stamp-field") + " *:");
        String header = alternation(byKind, "running-header");
        this.runningHeader = Pattern.compile("^" + header + END_OF_WORD + "|" + START_OF_WORD + header + "$");
        this.recipients = startOf(byKind, "recipients", "(?iu)");
    }

    private static Pattern startOf(Map<String, List<String>> byKind, String kind, String flags) {
        return Pattern.compile(flags + "^" + alternation(byKind, kind) + END_OF_WORD);
    }

    private static String alternation(Map<String, List<String>> byKind, String kind) {
        List<String> terms = byKind.get(kind);
        if (terms == null) {
            throw new IllegalStateException("closing-matter lexicon has no " + kind + " entries");
        }
        return Lexicon.alternation(terms);
    }

    /**
     * The role of one stripped line; {@code afterStamp} is true when the line before was part of a
     * signature stamp, so that its further fields ({@code Thời gian ký: …}) go with it.
     */
    Role role(String line, boolean afterStamp) {
        if (line.isEmpty() || TABLE_RULE.matcher(line).matches()) {
            return Role.FURNITURE;
        }
        if (line.startsWith("|")) {
            // a footer laid out as a table row: "| Nơi nhận: … | KT. CHỦ TỊCH … |"
            for (String cell : line.split("\\|")) {
                if (!cell.isBlank() && role(cell.strip(), false) == Role.END) {
                    return Role.END;
                }
            }
        }
        if (PAGE_MARKER.matcher(line).matches() || stamp.matcher(line).lookingAt()
                || (afterStamp && stampField.matcher(line).lookingAt())) {
            return Role.FURNITURE;
        }
        if (hasAtMostWords(line, SHORT_LINE_WORDS) && runningHeader.matcher(line).find()) {
            return Role.FURNITURE;
        }
        if (distribution.matcher(line).lookingAt()) {
            return Role.END;
        }
        if (hasAtMostWords(line, SIGNER_LINE_WORDS) && isCapitals(line)
                && (authority.matcher(line).lookingAt() || position.matcher(line).matches())) {
            return Role.END;
        }
        return Role.TEXT;
    }

    /** A line that belongs to a signature stamp, whose next lines may carry its further fields. */
    boolean isStamp(String line) {
        return stamp.matcher(line).lookingAt() || stampField.matcher(line).lookingAt();
    }

    /**
     * A paragraph after the last item that closes the document rather than continuing the item: the
     * assignment of its follow-up ({@code Giao Văn phòng … theo dõi, đôn đốc …}), a closing request
     * ({@code Đề nghị …}, {@code Trong quá trình thực hiện …}), the document speaking of itself
     * ({@code Chỉ thị này thay thế …}), the next article ({@code Điều 3.}), or a sentence ending the document with
     * {@code ./.} that asks the recipients to carry it out ({@code Ban Thường vụ yêu cầu … thực hiện./.}).
     * A {@code ./.} paragraph saying anything else is the last item's own end.
     */
    boolean closesList(String paragraph) {
        if (assignment.matcher(paragraph).lookingAt() || issuerAssigns.matcher(paragraph).lookingAt()) {
            return assignmentScope.matcher(paragraph).find();
        }
        if (closing.matcher(paragraph).lookingAt() || selfReference.matcher(paragraph).lookingAt()
                || ARTICLE.matcher(paragraph).lookingAt() || NOTICE_CLOSING.matcher(paragraph).find()) {
            return true;
        }
        return END_MARK.matcher(paragraph).find() && REQUEST.matcher(paragraph).find();
    }

    /** The line opens the recipients ({@code Kính gửi:}): a numbered list right under it names them, it is no task list. */
    boolean isRecipients(String line) {
        return recipients.matcher(line).lookingAt();
    }

    /** The stripped line has at most {@code max} space-separated words; stops counting early on long lines. */
    static boolean hasAtMostWords(String line, int max) {
        int words = 1;
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == ' ' && line.charAt(i - 1) != ' ' && ++words > max) {
                return false;
            }
        }
        return true;
    }

    /** Letters all in capitals, at least two of them. */
    static boolean isCapitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
