package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The signature block: {@code T/M BAN THƯỜNG VỤ}, {@code PHÓ BÍ THƯ}, and the name when the copy has it. */
@JsonPropertyOrder({"authority", "position", "name"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Signer(String authority, String position, String name) {
}
