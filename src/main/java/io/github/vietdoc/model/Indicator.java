package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A numeric indicator: a quantity with a measure unit or a counted noun, in base units. */
@JsonPropertyOrder({"value", "unit", "kind", "qualifier", "estimated", "total", "from", "relative", "subject",
        "start", "end", "text"})
public record Indicator(BigDecimal value, String unit, IndicatorKind kind, Qualifier qualifier, Boolean estimated,
                        BigDecimal total, BigDecimal from, Relative relative, String subject,
                        int start, int end, String text) implements Mention {
}
