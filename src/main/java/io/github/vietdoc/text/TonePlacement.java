package io.github.vietdoc.text;

/**
 * Where the tone mark goes in the open syllables {@code oa}, {@code oe}, {@code uy}: both placements are
 * in use side by side in the genre ({@code Huyện ủy} / {@code Huyện uỷ}), so normalized values pick one.
 */
public enum TonePlacement {
    /** On the first vowel: {@code ủy}, {@code hòa}, {@code khỏe}, {@code Thúy} — the placement of Decree 30/2020's own text. */
    CLASSIC,
    /** On the second vowel: {@code uỷ}, {@code hoà}, {@code khoẻ}, {@code Thuý}. */
    MODERN
}
