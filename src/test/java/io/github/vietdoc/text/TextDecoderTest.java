package io.github.vietdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.text.TextDecoder.Decoded;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String VIETNAMESE = "Ủy ban nhân dân tỉnh Hòa Bình. Cộng hòa xã hội chủ nghĩa Việt Nam, "
            + "Độc lập - Tự do - Hạnh phúc; ngày 11 tháng 6 năm 2021, Đảng bộ huyện họp lần thứ V.";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static void assertError(Decoded d, String error) {
        assertThat(d.error()).isEqualTo(error);
        assertThat(d.text()).isNull();
    }

    @Test
    void readsUtf8() {
        Decoded d = TextDecoder.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_8));
        assertThat(d.error()).isNull();
        assertThat(d.text()).isEqualTo(VIETNAMESE);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void keepsTheUtf8ByteOrderMark() {
        Decoded d = TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), VIETNAMESE.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo("\uFEFF" + VIETNAMESE);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        Decoded le = TextDecoder.decode(concat(bytes(0xFF, 0xFE), VIETNAMESE.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.text()).isEqualTo("\uFEFF" + VIETNAMESE);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(le.warnings()).anyMatch(w -> w.contains("UTF-16"));

        Decoded be = TextDecoder.decode(concat(bytes(0xFE, 0xFF), VIETNAMESE.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be.text()).isEqualTo("\uFEFF" + VIETNAMESE);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        assertThat(be.warnings()).anyMatch(w -> w.contains("UTF-16"));
    }

    /** windows-1258 keeps â ê ô ă ơ ư đ whole and writes the tone as a combining mark after its letter. */
    private static String windows1258Form(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String letter = d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }

    @Test
    void readsWindows1258() throws CharacterCodingException {
        Charset cp1258 = Charset.forName("windows-1258");
        ByteBuffer encoded = cp1258.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(windows1258Form(VIETNAMESE)));
        byte[] raw = Arrays.copyOf(encoded.array(), encoded.limit());

        Decoded d = TextDecoder.decode(raw);
        assertThat(d.error()).isNull();
        assertThat(d.charset()).isEqualTo("windows-1258");
        assertThat(d.warnings()).contains("input is not UTF-8; decoded as windows-1258");
        assertThat(d.text()).hasSize(raw.length);
        assertThat(Normalizer.normalize(d.text(), Normalizer.Form.NFC)).isEqualTo(VIETNAMESE);
    }

    @Test
    void readsLatin1ForTheLegacyFontStep() {
        String tcvn3 = "Ban ChÊp hµnh §¶ng bé huyÖn\nSè 334-CV/HU\nV/v b¸o c¸o kÕt qu¶ thùc hiÖn nghÞ quyÕt";
        Decoded d = TextDecoder.decode(tcvn3.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.charset()).isEqualTo("ISO-8859-1");
        assertThat(d.text()).isEqualTo(tcvn3);
        assertThat(d.warnings()).singleElement().asString().contains("not UTF-8");

        List<String> warnings = new ArrayList<>();
        AlignedText view = new LegacyFontStep().apply(AlignedText.of(d.text()), warnings);
        assertThat(view.text()).isEqualTo("Ban Chấp hành Đảng bộ huyện\nSố 334-CV/HU\nV/v báo cáo kết quả thực hiện nghị quyết");
    }

    @Test
    void readsVniBytesAsLatin1Too() {
        String vni = "Ñaûng Coäng saûn Vieät Nam; UÛy ban nhaân daân tænh";
        Decoded d = TextDecoder.decode(vni.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.charset()).isEqualTo("ISO-8859-1");
        assertThat(d.text()).isEqualTo(vni);
    }

    @Test
    void readsWordQuotesOfLegacyFilesAsWindows1252() {
        String tcvn3 = "“Ban ChÊp hµnh §¶ng bé huyÖn” – Sè 334-CV/HU";
        Decoded d = TextDecoder.decode(tcvn3.getBytes(Charset.forName("windows-1252")));
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo(tcvn3);
    }

    @Test
    void readsOtherEightBitTextAsWindows1258() {
        Decoded d = TextDecoder.decode("café Müller".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.charset()).isEqualTo("windows-1258");
        assertThat(d.text()).isEqualTo("café Müller");
    }

    @Test
    void keepsUtf8CutInsideItsLastCharacter() {
        byte[] full = VIETNAMESE.concat(" Việ").getBytes(StandardCharsets.UTF_8);
        Decoded d = TextDecoder.decode(Arrays.copyOf(full, full.length - 1));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(VIETNAMESE + " Vi\uFFFD");
        assertThat(d.warnings()).singleElement().asString().contains("ends inside a UTF-8 character");
    }

    @Test
    void refusesEmptyInput() {
        assertError(TextDecoder.decode(new byte[0]), "empty input");
        assertError(TextDecoder.decode(null), "empty input");
        assertError(TextDecoder.decode(" \n\t\r\n  \f".getBytes(StandardCharsets.US_ASCII)), "empty input");
        assertError(TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF, ' ', '\n')), "empty input");
        assertError(TextDecoder.decode(bytes(0xFF, 0xFE, ' ', 0, '\n', 0)), "empty input");
    }

    @Test
    void refusesBinaryInput() {
        assertError(TextDecoder.decode("Hello\0\0\0world\0".getBytes(StandardCharsets.US_ASCII)), "binary input (not text)");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertError(TextDecoder.decode(controls), "binary input (not text)");
        assertError(TextDecoder.decode(concat(bytes(0xFF, 0xFE), "a\u0000b".getBytes(StandardCharsets.UTF_16LE))),
                "binary input (not text)");
        // a form feed and a tab are text
        assertThat(TextDecoder.decode("a\fb\tc\r\n".getBytes(StandardCharsets.US_ASCII)).error()).isNull();
    }

    @Test
    void namesKnownFileFormats() {
        Decoded png = TextDecoder.decode(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'));
        assertThat(png.text()).isNull();
        assertThat(png.error()).contains("PNG").contains("not text");
        assertThat(TextDecoder.decode("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)).error()).contains("PDF");
        assertThat(TextDecoder.decode(bytes('P', 'K', 3, 4, 20, 0)).error()).contains("ZIP");
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(1258);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[random.nextInt(300)];
            random.nextBytes(b);
            Decoded d = TextDecoder.decode(b);
            assertThat(d.error() == null).as("text xor error").isEqualTo(d.text() != null);
            assertThat(d.warnings()).isNotNull();
        }
    }
}
