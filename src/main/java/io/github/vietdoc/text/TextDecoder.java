package io.github.vietdoc.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Placeholder until the full decoder lands: strict UTF-8 only. */
public final class TextDecoder {
    private TextDecoder() {
    }

    public record Decoded(String text, String charset, List<String> warnings, String error) {
    }

    public static Decoded decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, "UTF-8", List.of(), null);
        } catch (CharacterCodingException e) {
            return new Decoded(null, null, List.of(), "not UTF-8");
        }
    }
}
