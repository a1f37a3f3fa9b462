package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A comparison attached to an indicator: {@code percent} for {@code bằng 170% so với cùng kỳ},
 * {@code changePercent} for {@code tăng 6,18%} (negative for giảm); {@code baseline} names the reference.
 */
@JsonPropertyOrder({"percent", "changePercent", "baseline"})
public record Relative(BigDecimal percent, BigDecimal changePercent, String baseline) {
}
