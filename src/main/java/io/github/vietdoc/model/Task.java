package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A numbered task of a directive list; {@code content} is normalized and excludes the number. */
@JsonPropertyOrder({"number", "content", "start", "end", "text"})
public record Task(String number, String content, int start, int end, String text) implements Mention {
}
