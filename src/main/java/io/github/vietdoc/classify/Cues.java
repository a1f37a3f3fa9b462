package io.github.vietdoc.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The conventions of the genre found in one document: what the rules decide on and what the
 * categorizer sees besides the words. {@code headingKind} and {@code numberCode} are codes of
 * {@code document-kinds.tsv} ({@code KL}, {@code CV}), null when absent.
 */
record Cues(boolean motto, boolean issuerHeader, boolean numberLine, String numberCode, String headingKind,
            String headingName, String titleKind, boolean subjectLine, boolean recipients, boolean distribution,
            boolean signer, boolean newsLead) {

    /** Cues that only administrative documents carry. */
    int administrative() {
        int n = 0;
        for (boolean b : new boolean[] {motto, issuerHeader, numberLine, titleKind != null, subjectLine, recipients,
                distribution, signer}) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Pseudo-words for the categorizer, so that it weighs the layout as well as the vocabulary. */
    List<String> features() {
        List<String> out = new ArrayList<>();
        add(out, motto, "cue_motto");
        add(out, issuerHeader, "cue_issuer");
        add(out, numberLine, "cue_number");
        if (numberCode != null) {
            out.add("cue_code_" + numberCode);
        }
        if (headingKind != null) {
            out.add("cue_heading_" + headingKind);
        }
        if (titleKind != null) {
            out.add("cue_title_" + titleKind);
        }
        add(out, subjectLine, "cue_vv");
        add(out, recipients, "cue_kinh_gui");
        add(out, distribution, "cue_noi_nhan");
        add(out, signer, "cue_signer");
        add(out, newsLead, "cue_news_lead");
        return out;
    }

    /** What decided, for the evidence of a classification. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        add(out, motto, "motto");
        add(out, issuerHeader, "issuer header");
        if (numberLine) {
            out.add(numberCode == null ? "number line" : "number line " + numberCode);
        }
        if (headingName != null) {
            out.add("kind heading " + headingName);
        }
        if (titleKind != null) {
            out.add("title names the kind " + titleKind);
        }
        add(out, subjectLine, "V/v line");
        add(out, recipients, "Kính gửi");
        add(out, distribution, "Nơi nhận");
        add(out, signer, "signer block");
        add(out, newsLead, "news lead");
        return out;
    }

    private static void add(List<String> out, boolean cue, String name) {
        if (cue) {
            out.add(name);
        }
    }
}
