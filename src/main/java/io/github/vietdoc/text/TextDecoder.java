package io.github.vietdoc.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a file into text, or says why they are not text. UTF-8 is taken as is (a leading
 * BOM stays, as U+FEFF, so offsets are those of any UTF-8 reading of the file); UTF-16 needs its BOM.
 * Other bytes are old Vietnamese files: legacy-font text (TCVN3, VNI) is read as Latin-1 for
 * {@link LegacyFontStep} to convert (as windows-1252 when it has that code page's quotes and dashes),
 * anything else as windows-1258, the Vietnamese code page. Every 8-bit reading keeps one character a
 * byte. Never throws; every pass is linear.
 */
public final class TextDecoder {
    private static final String WINDOWS_1258 = "windows-1258";
    private static final String WINDOWS_1252 = "windows-1252";

    /** The text and the charset it was read in, or an error (then {@code text} is null). */
    public record Decoded(String text, String charset, List<String> warnings, String error) {
        public Decoded {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        static Decoded ok(String text, String charset, List<String> warnings) {
            return new Decoded(text, charset, warnings, null);
        }

        static Decoded failed(String error) {
            return new Decoded(null, null, List.of(), error);
        }
    }

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; the result has an error instead of text for empty input (nothing but
     * whitespace and a BOM), binary data and known non-text file formats (PDF, ZIP, images…).
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Decoded.failed("empty input");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(bytes, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(bytes, StandardCharsets.UTF_16LE);
        }
        String format = fileFormat(bytes);
        if (format != null) {
            return Decoded.failed(format + " file (not text)");
        }
        if (blank(bytes)) {
            return Decoded.failed("empty input");
        }
        if (binary(bytes)) {
            return Decoded.failed("binary input (not text)");
        }
        return decodeText(bytes);
    }

    private static Decoded decodeText(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        String utf8 = strictUtf8(bytes, warnings);
        if (utf8 != null) {
            return Decoded.ok(utf8, "UTF-8", warnings);
        }
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        if (LegacyFontDetector.detect(latin1).isPresent()) {
            // legacy-font files come from Windows: bytes 0x80–0x9F are its punctuation (“ ” –), so read them
            // as windows-1252 when it defines them all; both readings keep one character a byte
            String charset = usesCp1252Punctuation(bytes) ? WINDOWS_1252 : "ISO-8859-1";
            String text = charset.equals(WINDOWS_1252) ? new String(bytes, Charset.forName(WINDOWS_1252)) : latin1;
            warnings.add("input is not UTF-8; read as " + charset + " for legacy Vietnamese font conversion");
            return Decoded.ok(text, charset, warnings);
        }
        if (!Charset.isSupported(WINDOWS_1258)) {
            warnings.add("input is not UTF-8 and windows-1258 is not available; decoded as ISO-8859-1");
            return Decoded.ok(latin1, "ISO-8859-1", warnings);
        }
        String text = new String(bytes, Charset.forName(WINDOWS_1258));
        warnings.add("input is not UTF-8; decoded as windows-1258");
        if (text.indexOf('\uFFFD') >= 0) {
            warnings.add("bytes undefined in windows-1258 replaced by U+FFFD");
        }
        return Decoded.ok(text, WINDOWS_1258, warnings);
    }

    /**
     * The bytes as UTF-8 if they are UTF-8, else null. A file cut inside its last character (a truncated
     * download) still counts, with U+FFFD for the broken tail and a warning.
     */
    private static String strictUtf8(byte[] bytes, List<String> warnings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, false).isError()) {
            return null;
        }
        // UNDERFLOW: everything decoded but at most an incomplete last sequence (1 to 3 bytes); call it a
        // cut UTF-8 file only when some complete multi-byte character came before it
        if (in.hasRemaining()) {
            if (!hasHighByte(bytes, in.position())) {
                return null;
            }
            warnings.add("input ends inside a UTF-8 character; the broken tail is shown as U+FFFD");
            out.put('\uFFFD');
        }
        out.flip();
        return out.toString();
    }

    private static boolean hasHighByte(byte[] b, int end) {
        for (int i = 0; i < end; i++) {
            if (b[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoded utf16(byte[] bytes, Charset charset) {
        List<String> warnings = new ArrayList<>();
        warnings.add("input is " + charset.name() + " (byte order mark); decoded accordingly");
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            // the BOM stays as U+FEFF, as for UTF-8; the view drops it
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, charset);
            warnings.add("malformed " + charset.name() + " replaced by U+FFFD");
        }
        if (text.substring(1).isBlank()) {
            return Decoded.failed("empty input");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Decoded.failed("binary input (not text)");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        if (tooManyControls(controls, text.length())) {
            return Decoded.failed("binary input (not text)");
        }
        return Decoded.ok(text, charset.name(), warnings);
    }

    /** Names the non-text file formats that are common inputs by mistake (a PDF instead of its text). */
    private static String fileFormat(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "PDF";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "ZIP (or DOCX/XLSX/ODT)";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return "PNG";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "OLE2 (DOC/XLS)";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip";
        }
        return null;
    }

    private static boolean blank(byte[] b) {
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes never occur in 8-bit or UTF-8 text; a few other control bytes can (form feeds, stray ESC). */
    private static boolean binary(byte[] b) {
        int controls = 0;
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
            if (isControl((char) (x & 0xFF))) {
                controls++;
            }
        }
        return tooManyControls(controls, b.length);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    /** More than one control in twenty characters: no text file looks like that. */
    private static boolean tooManyControls(int controls, int length) {
        return controls > 0 && (long) controls * 20 > length;
    }

    /** Whether there are bytes 0x80–0x9F, all of them defined in windows-1252 (all but 81, 8D, 8F, 90, 9D). */
    private static boolean usesCp1252Punctuation(byte[] b) {
        boolean any = false;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                return false;
            }
            any |= c >= 0x80 && c <= 0x9F;
        }
        return any && Charset.isSupported(WINDOWS_1252);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
