package io.github.vietdoc.extract;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Letter;
import java.util.List;

/**
 * Reads the header and footer of an administrative document (Decree 30/2020/NĐ-CP for state bodies,
 * Guidance 36-HD/VPTW for the Party): issuers, number, place and date, subject, recipients, distribution
 * and signer. Values are the normalized view's text. A date whose day was left blank for the signer
 * ({@code ngày  tháng 6 năm 2021}) is the month, {@code 2021-06}, with a warning. Only the first and the
 * last lines are read, so the time does not grow with the body. Thread-safe.
 */
public final class LetterExtractor {
    /** The header lies in the first lines of the view (blank and decorative lines included). */
    private static final int HEADER_LINES = 150;
    /** The footer lies in the last lines of the view. */
    private static final int FOOTER_LINES = 120;

    private final LetterLexicon lex = LetterLexicon.get();
    private final LetterLayout layout = new LetterLayout(lex);

    /** The letter block, or null when the document is not administrative or has no header nor footer. */
    public Letter extract(ExtractionContext ctx) {
        DocType type = ctx.type();
        if (type == null || !type.isAdministrative()) {
            return null;
        }
        int lineCount = ctx.doc().lines().size();
        List<LetterPiece> head = layout.pieces(ctx.doc(), 0, Math.min(lineCount, HEADER_LINES));
        LetterHeaderParser.Header header = new LetterHeaderParser(lex, head).parse();
        int headerEndLine = header.end() < head.size() ? head.get(header.end()).line() : Math.min(lineCount, HEADER_LINES);
        List<LetterPiece> tail = layout.pieces(ctx.doc(), Math.max(headerEndLine, lineCount - FOOTER_LINES), lineCount);
        LetterFooterParser.Footer footer = LetterFooterParser.parse(lex, tail);
        if (header.isEmpty() && footer.isEmpty()) {
            return null;
        }
        // a subject or issuers with nothing else of a header are a headline or a sentence, not a header
        boolean headerFound = !header.isEmpty();
        PlaceDateParser.PlaceDate pd = header.placeDate();
        if (pd != null && pd.dayMissing() && pd.date() != null) {
            ctx.warn("letter date has a blank day: kept as " + pd.date());
        }
        return new Letter(headerFound ? header.issuers() : List.of(), header.number(), pd == null ? null : pd.place(),
                pd == null ? null : pd.date(), headerFound ? header.subject() : null, header.recipients(),
                footer.distribution(), footer.signer());
    }
}
