package io.github.vietdoc.classify;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the layout conventions of administrative documents (Decree 30/2020/NĐ-CP; Guidance
 * 36-HD/VPTW for Party documents) and the lead of a news item. The header is searched in the first
 * lines only, so a news item that quotes {@code Kết luận số 656-KL/TU} in its body has no number line.
 */
final class CueScanner {
    /** Header lines searched for the issuer, the motto, the number line and the kind heading. */
    private static final int HEADER_LINES = 30;
    private static final int ISSUER_LINES = 6;
    /** Lines at the end searched for the distribution list and the signer. */
    private static final int FOOTER_LINES = 80;
    /** The motto stands beside or under the issuer, within the first lines. */
    private static final int MOTTO_LINES = 10;
    private static final int MAX_ISSUER_WORDS = 12;
    private static final int MAX_ISSUER_CHARS = 160;
    private static final Pattern HEADING_TRIM = Pattern.compile("[ |*:]+$|^[ |*]+");
    private static final Pattern TABLE_MARKS = Pattern.compile("[ |*]+");

    /** {@code CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM}, {@code ĐẢNG CỘNG SẢN VIỆT NAM}, in capitals as headers print it. */
    private static final Pattern MOTTO = Pattern.compile("CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM");
    /** The number-and-symbol line: {@code Số 334 - CV/HU}, {@code Số: 2087/QĐ-UBND}, {@code Số:} alone before a split number. */
    private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^[ |*]*Số *:? *(?:(?<no>\\d+)(?:/\\d{4})? *[-/] *"
            + "(?<symbol>\\p{Lu}[\\p{L}\\d/ -]*)|$)");
    /** A symbol part: {@code CV}, {@code QĐ}, {@code UBND}, {@code HĐND}. */
    private static final Pattern SYMBOL_PART = Pattern.compile("[\\p{L}]+");
    /** {@code V/v thực hiện …} at a line start. */
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?m)^[ |*-]*V/v[ .:]");
    /** {@code Kính gửi:} at a line start. */
    private static final Pattern RECIPIENTS = Pattern.compile("(?m)^[ |*-]*Kính gửi *:");
    /** {@code Nơi nhận:} at a line start. */
    private static final Pattern DISTRIBUTION = Pattern.compile("[ |*-]*Nơi nhận *:");
    /** The authority of a signature block: {@code T/M BAN THƯỜNG VỤ}, {@code KT. CHỦ TỊCH}, {@code TL. GIÁM ĐỐC}. */
    private static final Pattern SIGNER = Pattern.compile("[ |]*(?:T/M|TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.) *\\p{Lu}{2}");
    /** A news lead: {@code Ngày 11/6, …}, {@code Sáng 9.10, …}, {@code Chiều ngày 3/11}, {@code Trong hai ngày 12 - 13/8}. */
    private static final Pattern NEWS_LEAD = Pattern.compile("^(?:(?:Sáng|Chiều|Tối|Trưa)(?: nay)?(?: ngày)? *"
            + "|Ngày *|Trong (?:hai |ba )?ngày *)\\d{1,2} *[/.-] *\\d{1,2}");

    /** A web page whose heading names the document: {@code Thông báo kết luận của Thường trực Huyện ủy …}. */
    private final Pattern titleKind;
    private final Map<String, String> codeByName = new HashMap<>();
    private final Map<String, String> codeByHeading = new HashMap<>();
    private final Map<String, String> nameByHeading = new HashMap<>();
    private final java.util.Set<String> codes = new java.util.HashSet<>();
    private final List<String> codesLongestFirst;

    CueScanner(Lexicon kinds) {
        for (Lexicon.Entry e : kinds.entries()) {
            codes.add(e.term());
            String heading = e.field(0).toUpperCase(Locale.ROOT);
            codeByHeading.putIfAbsent(heading, e.term());
            nameByHeading.putIfAbsent(heading, e.field(0));
        }
        List<String> names = new ArrayList<>();
        for (Lexicon.Entry e : kinds.entries()) {
            codeByName.putIfAbsent(e.field(0).toLowerCase(Locale.ROOT), e.term());
            names.add(e.field(0));
        }
        titleKind = Pattern.compile("(?iu)^(" + Lexicon.alternation(names) + ")(?= của | số | về | tại | *:| *$)");
        codesLongestFirst = codes.stream().filter(c -> c.length() >= 2)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    Cues scan(SourceText doc) {
        List<String> header = headerLines(doc);
        String headerText = String.join("\n", header);
        boolean motto = false;
        for (int i = 0; i < header.size() && i < MOTTO_LINES && !motto; i++) {
            // in capitals, as the header prints it: a news sentence naming the country is not the motto
            motto = MOTTO.matcher(header.get(i)).find();
        }
        boolean issuer = false;
        for (int i = 0; i < header.size() && i < ISSUER_LINES; i++) {
            issuer |= isIssuerLine(header.get(i));
        }
        boolean numberLine = false;
        String numberCode = null;
        Matcher number = NUMBER_LINE.matcher(headerText);
        while (number.find()) {
            numberLine = true;
            numberCode = number.group("symbol") == null ? null : code(number.group("symbol"));
            break;
        }
        String headingKind = null;
        String headingName = null;
        for (int i = 0; i < header.size(); i++) {
            String line = HEADING_TRIM.matcher(header.get(i)).replaceAll("");
            String code = codeByHeading.get(line);
            if (code != null) {
                String next = i + 1 < header.size() ? header.get(i + 1).toUpperCase(Locale.ROOT).strip() : "";
                if (line.equals("THÔNG BÁO") && next.startsWith("KẾT LUẬN")) {
                    line = "THÔNG BÁO KẾT LUẬN";
                    code = codeByHeading.getOrDefault(line, code);
                }
                headingKind = code;
                headingName = nameByHeading.get(line);
                break;
            }
        }
        String title = null;
        Matcher t = header.isEmpty() ? null : titleKind.matcher(header.get(0).strip());
        if (t != null && t.find()) {
            title = codeByName.get(t.group(1).toLowerCase(Locale.ROOT).replaceAll(" +", " "));
        }
        boolean lead = false;
        List<TextRange> paragraphs = doc.paragraphs();
        for (int i = 0; i < paragraphs.size() && i < 3 && !lead; i++) {
            lead = NEWS_LEAD.matcher(doc.text(paragraphs.get(i))).lookingAt();
        }
        return new Cues(motto, issuer, numberLine, numberCode, headingKind, headingName, title,
                SUBJECT_LINE.matcher(headerText).find(), RECIPIENTS.matcher(headerText).find(),
                anyLineStarts(doc, DISTRIBUTION), anyLineStarts(doc, SIGNER), lead);
    }

    /**
     * Whether a line of the footer starts with {@code cue}. Only the last lines are read: the footer is
     * there, and a scan of every line start of a long text costs more than the whole classification.
     */
    private static boolean anyLineStarts(SourceText doc, Pattern cue) {
        List<TextRange> lines = doc.lines();
        Matcher m = cue.matcher(doc.text());
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - FOOTER_LINES; i--) {
            TextRange line = lines.get(i);
            if (line.length() > 0 && m.region(line.start(), line.end()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first kind code among the parts of a symbol ({@code CV/HU} → CV, {@code QĐ-UBND} → QĐ), else null. */
    private String code(String symbol) {
        Matcher m = SYMBOL_PART.matcher(symbol);
        boolean first = true;
        while (m.find()) {
            if (codes.contains(m.group())) {
                return m.group();
            }
            if (!first) {
                continue; // a later part is the issuer's unit: SNN-TTBVTV is no Thông tư
            }
            first = false;
            // PDF extraction drops hyphens: "QĐUBND" starts with the code
            for (String c : codesLongestFirst) {
                if (m.group().startsWith(c) && m.group().length() > c.length() + 1
                        && Character.isUpperCase(m.group().charAt(c.length()))) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A short line in capitals: a body's name at the top of the page ({@code HUYỆN ỦY LỤC NGẠN}). */
    private static boolean isIssuerLine(String line) {
        String t = line.strip();
        if (t.length() < 3 || t.length() > MAX_ISSUER_CHARS) {
            return false;
        }
        t = TABLE_MARKS.matcher(t).replaceAll(" ").strip();
        if (t.split(" ").length > MAX_ISSUER_WORDS || MOTTO.matcher(t).find()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 3;
    }

    private static List<String> headerLines(SourceText doc) {
        List<String> out = new ArrayList<>();
        for (TextRange line : doc.lines()) {
            String t = doc.text(line);
            if (!t.isBlank()) {
                out.add(t);
                if (out.size() == HEADER_LINES) {
                    break;
                }
            }
        }
        return out;
    }
}
