package io.github.vietdoc.extract;

/** What a web page's header says: the heading line and the publication stamp (ISO, possibly partial). */
public record PageHeader(String title, String published) {
}
