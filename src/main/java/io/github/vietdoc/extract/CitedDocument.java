package io.github.vietdoc.extract;

import java.util.Locale;

/**
 * A document cited in a text, built from its first mention and completed by later ones: the range of
 * the first mention in the normalized view, the kind code, the fullest number, a date and an issuer.
 * Mutable while a text is read; one extraction's own.
 */
final class CitedDocument {
    final int start;
    int end;
    final String kind;
    ReferenceNumber number;
    String date;
    String issuer;

    CitedDocument(int start, int end, String kind, ReferenceNumber number, String date) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.number = number;
        this.date = date;
    }

    /**
     * Whether another mention names this document: the same kind, numbers that agree
     * ({@link ReferenceNumber#sameDocumentAs}), dates that agree, and for numbers without a symbol,
     * issuers that agree ({@code Quyết định số 12} of a province and of a ministry are two documents).
     */
    boolean sameDocumentAs(CitedDocument other) {
        if (!kind.equals(other.kind) || !number.sameDocumentAs(other.number) || !datesAgree(date, other.date)) {
            return false;
        }
        if (number.hasSymbol() || other.number.hasSymbol() || issuer == null || other.issuer == null) {
            return true;
        }
        String x = issuer.toLowerCase(Locale.ROOT);
        String y = other.issuer.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    /** Takes what a later mention adds: a fuller number ({@code 105/TU} → {@code 105/KL/TU}), a date, an issuer. */
    void absorb(CitedDocument other) {
        if (other.number.detail() > number.detail()) {
            number = other.number;
        }
        if (date == null || (date.startsWith("--") && other.date != null && !other.date.startsWith("--"))) {
            date = other.date;
        }
        if (issuer == null) {
            issuer = other.issuer;
        }
    }

    /** Equal, one missing, or a month-day ({@code --06-15}) that the full date ends with. */
    private static boolean datesAgree(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        return (a.startsWith("--") && b.endsWith(a.substring(1))) || (b.startsWith("--") && a.endsWith(b.substring(1)));
    }
}
