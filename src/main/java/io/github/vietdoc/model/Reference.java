package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Another document the text cites; span fields of the first mention. */
@JsonPropertyOrder({"kind", "number", "date", "issuer", "start", "end", "text"})
public record Reference(String kind, String number, String date, String issuer, int start, int end, String text)
        implements Mention {
}
