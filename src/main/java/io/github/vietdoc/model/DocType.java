package io.github.vietdoc.model;

/** What kind of document a text is (OUTPUT.md {@code type}). */
public enum DocType {
    NEWS_ITEM,
    /** công văn, công điện */
    OFFICIAL_LETTER,
    CONCLUSION,
    RESOLUTION,
    DIRECTIVE,
    DECISION,
    /** kế hoạch, chương trình */
    PLAN,
    REPORT,
    /** thông báo */
    NOTICE,
    /** hướng dẫn */
    GUIDANCE,
    /** tờ trình, quy chế, quy định, biên bản … */
    OTHER_DOCUMENT,
    UNKNOWN;

    /** True for the administrative kinds, which carry a letter header and footer. */
    public boolean isAdministrative() {
        return this != NEWS_ITEM && this != UNKNOWN;
    }
}
