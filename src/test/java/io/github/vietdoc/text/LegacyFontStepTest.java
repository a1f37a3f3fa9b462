package io.github.vietdoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyFontStepTest {
    private static final String TCVN3_WARNING = "legacy TCVN3 (.VnTime) text converted to Unicode";
    private static final String VNI_WARNING = "legacy VNI (VNI-Windows) text converted to Unicode";

    /** The step's output on {@code raw}, with the warnings it gave. */
    private record Run(String raw, AlignedText in, AlignedText out, List<String> warnings) {
        String text() {
            return out.text();
        }

        /** The raw characters behind the first occurrence of {@code word} in the view. */
        String rawOf(String word) {
            int s = out.text().indexOf(word);
            assertThat(s).as("%s in %s", word, out.text()).isGreaterThanOrEqualTo(0);
            int[] r = out.alignment().toRaw(s, s + word.length());
            return raw.substring(r[0], r[1]);
        }
    }

    private static Run run(String raw) {
        AlignedText in = AlignedText.of(raw);
        List<String> warnings = new ArrayList<>();
        AlignedText out = new LegacyFontStep().apply(in, warnings);
        assertThat(out.alignment().viewLength()).isEqualTo(out.text().length());
        assertThat(out.alignment().rawLength()).isEqualTo(raw.length());
        return new Run(raw, in, out, warnings);
    }

    private static void assertUnchanged(String raw) {
        Run r = run(raw);
        assertThat(r.out()).as(raw).isSameAs(r.in());
        assertThat(r.warnings()).as(raw).isEmpty();
    }

    @Test
    void convertsTcvn3PartyHeading() {
        Run r = run("Ban ChÊp hµnh §¶ng bé huyÖn");
        assertThat(r.text()).isEqualTo("Ban Chấp hành Đảng bộ huyện");
        assertThat(r.warnings()).containsExactly(TCVN3_WARNING);
        assertThat(r.rawOf("Chấp")).isEqualTo("ChÊp");
        assertThat(r.rawOf("Đảng")).isEqualTo("§¶ng");
        assertThat(r.rawOf("huyện")).isEqualTo("huyÖn");
        assertThat(r.rawOf("ệ")).isEqualTo("Ö");
        assertThat(r.rawOf("Ban")).isEqualTo("Ban");
    }

    @Test
    void convertsTcvn3PeoplesCommittee() {
        Run r = run("Uû ban nh©n d©n tØnh");
        assertThat(r.text()).isEqualTo("Uỷ ban nhân dân tỉnh");
        assertThat(r.warnings()).containsExactly(TCVN3_WARNING);
        assertThat(r.rawOf("Uỷ")).isEqualTo("Uû");
        assertThat(r.rawOf("tỉnh")).isEqualTo("tØnh");
    }

    @Test
    void convertsTcvn3DocumentNumberInItsDocument() {
        Run r = run("Ban ChÊp hµnh §¶ng bé huyÖn\nSè 334-CV/HU\nV/v b¸o c¸o kÕt qu¶ thùc hiÖn nghÞ quyÕt");
        assertThat(r.text()).isEqualTo("Ban Chấp hành Đảng bộ huyện\nSố 334-CV/HU\nV/v báo cáo kết quả thực hiện nghị quyết");
        assertThat(r.rawOf("Số 334-CV/HU")).isEqualTo("Sè 334-CV/HU");
        assertThat(r.rawOf("nghị quyết")).isEqualTo("nghÞ quyÕt");
    }

    @Test
    void oneLegacyWordAloneIsNotEvidenceEnough() {
        // "Sè" could be anything; a document needs several converted words before it is called legacy
        assertUnchanged("Sè 334-CV/HU");
        assertUnchanged("ChÊp §¶ng");
    }

    @Test
    void theSameLegacyLookingLetterOverAndOverIsNotEnough() {
        // Danish på, så read as TCVN3 pồ, sồ: syllables, with a strong sign (å), but always the one letter ồ
        assertUnchanged("Vi gik på stranden og så på havet; så gik vi hjem, og så gik vi ud på vejen igen.");
    }

    @Test
    void aFewLegacyLookingWordsInALongTextAreNotEnough() {
        // Høng, Møn, Bö and på read as TCVN3 syllables (hứng, mứn, bử, pồ), but they are 4 words of 100
        assertUnchanged("We cycled from Høng to the island of Møn in late summer, when the roads are quiet and the "
                + "fields are already yellow. A farmer near the ferry told us that the word på simply means on, "
                + "and that Bö is a small place further north, so we kept both names in our notebook. In the "
                + "evening we ate fish by the water, counted the boats in the harbour, and planned the next day of "
                + "the trip along the cliffs, the churches and the long white beaches of the south coast, before "
                + "the rain came back again.");
    }

    @Test
    void tcvn3HeadingsInCapitalFontsGetCapitals() {
        Run r = run("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc");
        assertThat(r.text()).startsWith("CỘNG HOÀ X").contains("HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
        assertThat(r.rawOf("NGHĨA")).isEqualTo("NGHÜA");
    }

    @Test
    void tcvn3KeepsAsciiAndOtherCharactersAsTheyAre() {
        String raw = "UBND tØnh H¶i D­¬ng – Sè 12/2003/Q§-UB “vÒ viÖc” 100% (x) ≥ 5";
        Run r = run(raw);
        assertThat(r.text()).isEqualTo("UBND tỉnh Hải Dương – Số 12/2003/QĐ-UB “về việc” 100% (x) ≥ 5");
        assertThat(r.rawOf("Dương")).isEqualTo("D­¬ng");
        assertThat(r.rawOf("“về việc” 100% (x) ≥ 5")).isEqualTo("“vÒ viÖc” 100% (x) ≥ 5");
    }

    @Test
    void convertsVniPeoplesCommittee() {
        Run r = run("UÛy ban nhaân daân tænh");
        assertThat(r.text()).isEqualTo("Ủy ban nhân dân tỉnh");
        assertThat(r.warnings()).containsExactly(VNI_WARNING);
        assertThat(r.rawOf("Ủy")).isEqualTo("UÛy");
        assertThat(r.rawOf("Ủ")).isEqualTo("UÛ");
        assertThat(r.rawOf("â")).isEqualTo("aâ");
        assertThat(r.rawOf("tỉnh")).isEqualTo("tænh");
    }

    @Test
    void convertsVniPartyName() {
        Run r = run("Ñaûng Coäng saûn Vieät Nam");
        assertThat(r.text()).isEqualTo("Đảng Cộng sản Việt Nam");
        assertThat(r.warnings()).containsExactly(VNI_WARNING);
        assertThat(r.rawOf("Đảng")).isEqualTo("Ñaûng");
        assertThat(r.rawOf("Việt")).isEqualTo("Vieät");
        assertThat(r.rawOf("Nam")).isEqualTo("Nam");
    }

    @Test
    void convertsVniHornLettersAndToneOnI() {
        Run r = run("Tænh Hoøa Bình toå chöùc hoäi nghò tröïc tuyeán vôùi caùc xaõ");
        assertThat(r.text()).isEqualTo("Tỉnh Hòa Bình tổ chức hội nghị trực tuyến với các xã");
        assertThat(r.rawOf("chức")).isEqualTo("chöùc");
        assertThat(r.rawOf("ứ")).isEqualTo("öù");
        assertThat(r.rawOf("với")).isEqualTo("vôùi");
        assertThat(r.rawOf("Bình")).isEqualTo("Bình");
    }

    @Test
    void leavesUnicodeVietnameseAlone() {
        assertUnchanged("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ V, nhiệm kỳ 2020 - 2025.\n\n"
                + "Uỷ ban nhân dân tỉnh Hoà Bình đã có văn bản số 334 gửi các sở, ngành; "
                + "đồng chí Bí thư chủ trì, các đại biểu thảo luận về kế hoạch phát triển kinh tế - xã hội.");
        assertUnchanged("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    }

    @Test
    void leavesUnicodeVietnameseWithOnlyLatin1LettersAlone() {
        // read as TCVN3 these words are syllables too (tôi → tụi, có → cú, bé → bộ): only strong signs count
        assertUnchanged("Tôi có tên, tôi nói có. Chó bé, hè bên tôi; tôi có chó.");
        assertUnchanged("Tôi có bé mèo. Bà tôi là giáo viên, có bé mèo và tôi có ý kiến. Tôi có bé mèo.");
    }

    @Test
    void leavesEnglishFrenchAndGermanAlone() {
        assertUnchanged("The quick brown fox jumps over the lazy dog near the old mill.");
        assertUnchanged("café Müller");
        assertUnchanged("Nous avons bu un café chez Müller à Zürich, où il était déjà tard; "
                + "la naïveté de Loïc et Noël, à l'hôtel, ça m'a plu. Über die Brücke gehen wir schön.");
        assertUnchanged("Vi gik på stranden og så på havet, og det var så godt at gå en tur ved søen i år.");
        assertUnchanged("El señor dijo que aún no está; Raúl y la niña comieron piña en España.");
    }

    @Test
    void leavesStraySymbolsAlone() {
        assertUnchanged("Copyright © 2024 Acme® — all rights reserved. Particles of 5 µm, 10 µm and 20 µm; "
                + "see § 12 and ¶ 3, «quoted» text, 3 × 4 ÷ 2 = 6, price £5 or ¥700, 25°C ± 2.");
        // each symbol alone is a TCVN3 letter (¶ ả, × ì, ÷ ữ, µ à, £ Ê, ¥ Ơ): one-letter words must not vote
        assertUnchanged("Section ¶ 3 × 4 ÷ 2, µ = 0.5, £ and ¥ signs; 5 µm, 10 µm, 20 µm.");
    }

    @Test
    void leavesMixedTextAlone() {
        assertUnchanged("The Ủy ban nhân dân (People's Committee) of Hà Nội met on Monday; café owners from Quận 1 came.");
        // a Unicode document quoting one legacy line is not converted: its own à á é would be damaged
        assertUnchanged("Văn bản gốc được gõ bằng phông cũ, ví dụ dòng: Ban ChÊp hµnh §¶ng bé huyÖn. "
                + "Chúng tôi đã chuyển đổi toàn bộ văn bản sang Unicode để các cơ quan tiện tra cứu, "
                + "lưu trữ và công bố trên cổng thông tin điện tử của tỉnh.");
    }

    @Test
    void staysLinearOnPathologicalInput() {
        String oneHugeWord = "aù".repeat(1_000_000);
        String manySymbols = "µ§¶ ".repeat(500_000);
        String legacy = "Ban ChÊp hµnh §¶ng bé huyÖn. V/v b¸o c¸o kÕt qu¶ thùc hiÖn nghÞ quyÕt. ".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(run(oneHugeWord).warnings()).isEmpty();
            assertThat(run(manySymbols).warnings()).isEmpty();
            assertThat(run(legacy).text()).startsWith("Ban Chấp hành Đảng bộ huyện. V/v báo cáo kết quả thực hiện nghị quyết. Ban Chấp");
        });
    }
}
