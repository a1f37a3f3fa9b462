package io.github.vietdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.lexicon.Lexicon;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlStepTest {
    private static final HtmlStep STEP = new HtmlStep();

    private static AlignedText apply(String raw) {
        return apply(raw, new ArrayList<>());
    }

    private static AlignedText apply(String raw, List<String> warnings) {
        return STEP.apply(AlignedText.of(raw), warnings);
    }

    private static String view(String raw) {
        return apply(raw).text();
    }

    /** The raw text behind the first occurrence of {@code word} in the view. */
    private static String rawOf(String raw, AlignedText view, String word) {
        int s = view.text().indexOf(word);
        assertThat(s).as("%s in view %s", word, view.text()).isGreaterThanOrEqualTo(0);
        int[] r = view.alignment().toRaw(s, s + word.length());
        return raw.substring(r[0], r[1]);
    }

    // --- tags ---------------------------------------------------------------------------------

    @Test
    void paragraphWithStrongName() {
        String raw = "<p>Ngày 11/6, đồng chí <strong>Nguyễn Việt Oanh</strong>, Bí thư Huyện ủy làm việc"
                + " với Đảng ủy xã Đạp Thanh.</p><p>Cùng dự có lãnh đạo Văn phòng Huyện ủy.</p>";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Ngày 11/6, đồng chí Nguyễn Việt Oanh, Bí thư Huyện ủy làm việc"
                + " với Đảng ủy xã Đạp Thanh.\n\nCùng dự có lãnh đạo Văn phòng Huyện ủy.");
        assertThat(rawOf(raw, v, "Nguyễn Việt Oanh")).isEqualTo("Nguyễn Việt Oanh");
        assertThat(rawOf(raw, v, "chí Nguyễn")).isEqualTo("chí <strong>Nguyễn");
        assertThat(rawOf(raw, v, "Oanh,")).isEqualTo("Oanh</strong>,");
        // the paragraph break stands for the tag that made it
        assertThat(rawOf(raw, v, "\n\n")).isEqualTo("</p>");
    }

    @Test
    void inlineTagsInsideAWordLeaveNoGap() {
        String raw = "<b>Ng</b>ày 5/3/2024, <span style=\"color:red\">UBND</span> <i>huy</i><u>ện</u>";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Ngày 5/3/2024, UBND huyện");
        assertThat(rawOf(raw, v, "Ngày")).isEqualTo("Ng</b>ày");
        assertThat(rawOf(raw, v, "huyện")).isEqualTo("huy</i><u>ện");
    }

    @Test
    void lineBreakTagsInAllSpellings() {
        String raw = "Nơi nhận:<br>- Như trên;<br/>- Thường trực Huyện ủy;<BR />- Lưu VT.<br>";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Nơi nhận:\n- Như trên;\n- Thường trực Huyện ủy;\n- Lưu VT.");
        assertThat(rawOf(raw, v, ";\n-")).isEqualTo(";<br/>-");
    }

    @Test
    void sourceNewlineAfterBrIsNotASecondBreak() {
        assertThat(view("TM. BAN THƯỜNG VỤ<br>\n   PHÓ BÍ THƯ\n<br>Nguyễn Văn Hùng"))
                .isEqualTo("TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Hùng");
    }

    @Test
    void blankLineNextToBrStaysAParagraphBreak() {
        // plain text with stray tags: the author's blank line must not be lost
        assertThat(view("Đoạn một kết thúc.<br>\n\nĐoạn hai bắt đầu.")).isEqualTo("Đoạn một kết thúc.\n\nĐoạn hai bắt đầu.");
        assertThat(view("Đoạn một kết thúc.\n\n<br>Đoạn hai bắt đầu.")).isEqualTo("Đoạn một kết thúc.\n\nĐoạn hai bắt đầu.");
    }

    @Test
    void prettyPrintedBlocksGiveOneBreakEach() {
        String raw = "<html>\n<body>\n  <div class=\"content\">\n    <h1>Thông báo</h1>\n"
                + "    <p>Đoạn một.</p>\n    <p>&nbsp;</p>\n    <p>Đoạn hai.</p>\n  </div>\n</body>\n</html>\n";
        // whitespace after the last block is layout too
        assertThat(view(raw)).isEqualTo("Thông báo\n\nĐoạn một.\n\nĐoạn hai.");
    }

    @Test
    void blocksSeparateWordsThatTouchInTheSource() {
        assertThat(view("Tin liên quan<div>Hội nghị</div>Kết luận<li>Mục một</li><li>Mục hai</li>"))
                .isEqualTo("Tin liên quan\n\nHội nghị\n\nKết luận\nMục một\nMục hai");
    }

    @Test
    void tableCellsAndRows() {
        String raw = "<table border=1><tr><td>TM. ỦY BAN NHÂN DÂN</td><td>CHỦ TỊCH</td></tr>\n"
                + "<tr>\n  <th>Nơi nhận:</th>\n  <td>Nguyễn Văn A</td>\n</tr></table>";
        assertThat(view(raw)).isEqualTo("TM. ỦY BAN NHÂN DÂN\tCHỦ TỊCH\nNơi nhận:\tNguyễn Văn A");
    }

    @Test
    void quotedGreaterThanDoesNotEndATag() {
        String raw = "<img src=\"/anh/hn.jpg\" alt=\"Tỷ lệ > 90%\" title='a>b'>Đồng chí phát biểu."
                + " <a href=\"/tin?id=1&amp;p=2\" onclick=\"return a>b;\">Xem thêm</a>";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Đồng chí phát biểu. Xem thêm");
        assertThat(rawOf(raw, v, "Xem")).isEqualTo("Xem");
    }

    @Test
    void wordHtml() {
        String raw = "<p class=MsoNormal style='text-align:justify'><span lang=VI style='font-size:14.0pt'>"
                + "<![if !supportLists]>-<![endif]> Căn cứ Luật Tổ chức chính quyền địa phương<o:p></o:p>"
                + "</span></p><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View>"
                + "</w:WordDocument></xml><![endif]--><st1:place w:st=\"on\">Quảng Ninh</st1:place>";
        assertThat(view(raw)).isEqualTo("- Căn cứ Luật Tổ chức chính quyền địa phương\n\nQuảng Ninh");
    }

    @Test
    void prosePunctuationInsideHtmlIsKept() {
        assertThat(view("<p>tỷ lệ <5% và a < b, x<y>z</p>")).isEqualTo("tỷ lệ <5% và a < b, x<y>z");
    }

    // --- removed wholesale ----------------------------------------------------------------------

    @Test
    void scriptWithClosingDivInAString() {
        String raw = "<div>Tin tức</div><script type=\"text/javascript\">var s = \"</div><p>quảng cáo</p>\";"
                + " if (a < b) { s += '<br>'; }</SCRIPT><div>Hội nghị sơ kết</div>";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Tin tức\n\nHội nghị sơ kết");
        assertThat(rawOf(raw, v, "Hội")).isEqualTo("Hội");
    }

    @Test
    void styleAndNoscriptBlocks() {
        String raw = "<style>p { font-family: \"Times New Roman\"; } .a > b { color: red; }</style>"
                + "<noscript><p>Vui lòng bật JavaScript</p></noscript><p>UBND huyện Ba Chẽ</p>";
        assertThat(view(raw)).isEqualTo("UBND huyện Ba Chẽ");
    }

    @Test
    void selfClosedScriptHasNoContent() {
        assertThat(view("<script src=\"/js/app.js\"/>Nội dung bài viết")).isEqualTo("Nội dung bài viết");
    }

    @Test
    void comment() {
        String raw = "Kết luận <!-- <p>bản nháp, chưa duyệt</p> -->của Ban Thường vụ";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Kết luận của Ban Thường vụ");
        assertThat(rawOf(raw, v, "luận của")).isEqualTo("luận <!-- <p>bản nháp, chưa duyệt</p> -->của");
    }

    @Test
    void phpWrapper() {
        String raw = "<?php include 'header.php'; ?>\n<div class=\"content\">Thông báo số 12-TB/HU</div>\n"
                + "<? echo $footer; ?><?= $x ?>";
        List<String> warnings = new ArrayList<>();
        assertThat(apply(raw, warnings).text()).isEqualTo("Thông báo số 12-TB/HU");
        assertThat(warnings).isEmpty();
        assertThat(view("Tin chính<?php echo $x; ?> hôm nay")).isEqualTo("Tin chính hôm nay");
    }

    @Test
    void cdata() {
        assertThat(view("<![CDATA[ var x = \"<p>\"; ]]>Tin mới")).isEqualTo("Tin mới");
    }

    @Test
    void unclosedBlocksRunToTheEndWithAWarning() {
        for (String opener : List.of("<!--", "<script>", "<?php", "<![CDATA[", "<STYLE type=\"text/css\">")) {
            List<String> warnings = new ArrayList<>();
            String raw = "Tin chính hôm nay" + opener + " var a = 1; Đoạn bị nuốt";
            assertThat(apply(raw, warnings).text()).as(opener).isEqualTo("Tin chính hôm nay");
            assertThat(warnings).as(opener).singleElement().asString().contains("unclosed").contains("17");
        }
    }

    // --- character references -----------------------------------------------------------------

    @Test
    void namedReferences() {
        String raw = "B&Agrave;I PH&Aacute;T BIỂU của đồng chí Ph&oacute; B&iacute; thư, H&ocirc;m nay";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("BÀI PHÁT BIỂU của đồng chí Phó Bí thư, Hôm nay");
        assertThat(rawOf(raw, v, "BÀI")).isEqualTo("B&Agrave;I");
        assertThat(rawOf(raw, v, "Hôm")).isEqualTo("H&ocirc;m");
        assertThat(rawOf(raw, v, "ô")).isEqualTo("&ocirc;");
    }

    @Test
    void numericReferences() {
        String raw = "Tr&#7853;n đấu; Ho&#x1EA1;t &#273;&ocirc;&#803;ng; H&#X1ED9;i";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Trận đấu; Hoạt đô\u0323ng; Hội");
        assertThat(Normalizer.normalize(v.text(), Normalizer.Form.NFC)).isEqualTo("Trận đấu; Hoạt động; Hội");
        assertThat(rawOf(raw, v, "Trận")).isEqualTo("Tr&#7853;n");
        assertThat(rawOf(raw, v, "Hoạt")).isEqualTo("Ho&#x1EA1;t");
        assertThat(rawOf(raw, v, "đô\u0323ng")).isEqualTo("&#273;&ocirc;&#803;ng");
        assertThat(rawOf(raw, v, "Hội")).isEqualTo("H&#X1ED9;i");
    }

    @Test
    void supplementaryCodePointMapsBothHalvesToTheReference() {
        String raw = "Chúc mừng &#x1F600;!";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Chúc mừng \uD83D\uDE00!");
        assertThat(rawOf(raw, v, "\uD83D")).isEqualTo("&#x1F600;");
        assertThat(rawOf(raw, v, "\uDE00")).isEqualTo("&#x1F600;");
    }

    @Test
    void spaceAmpersandAndQuotes() {
        String raw = "Bình Minh/Trung tâm TT&amp;VH Ba&nbsp;Chẽ phát động phong trào &quot;Toàn dân đoàn kết&quot;"
                + " &lt;b&gt; &apos;x&apos;";
        AlignedText v = apply(raw);
        assertThat(v.text()).isEqualTo("Bình Minh/Trung tâm TT&VH Ba\u00A0Chẽ phát động phong trào \"Toàn dân đoàn kết\""
                + " <b> 'x'");
        assertThat(rawOf(raw, v, "TT&VH")).isEqualTo("TT&amp;VH");
        assertThat(rawOf(raw, v, "\u00A0")).isEqualTo("&nbsp;");
        assertThat(rawOf(raw, v, "\"Toàn")).isEqualTo("&quot;Toàn");
    }

    @Test
    void unknownAndInvalidReferencesStayAsWritten() {
        String raw = "&xyz; &Ocirc &#0; &#xD800; &#x110000; &#99999999999; &#7853 &#; &#x; &ampx &AMP; ô&#1EA1;";
        // nothing decodable at all: the very same view comes back
        AlignedText in = AlignedText.of(raw);
        assertThat(STEP.apply(in, new ArrayList<>())).isSameAs(in);
        String mixed = raw + " &ocirc;";
        AlignedText v = apply(mixed);
        assertThat(v.text()).isEqualTo(raw + " ô");
        assertThat(rawOf(mixed, v, "&#99999999999;")).isEqualTo("&#99999999999;");
    }

    @Test
    void legacyReferencesWithoutSemicolon() {
        assertThat(view("Bản quyền &copy 2024 UBND huyện &amp Ba&nbsp,Chẽ")).isEqualTo("Bản quyền © 2024 UBND huyện & Ba\u00A0,Chẽ");
    }

    @Test
    void windows1252NumbersAreDecodedAsBrowsersDo() {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0x9F; b++) {
            String expected = new String(new byte[] {(byte) b}, cp1252);
            if (expected.equals("\uFFFD") || expected.charAt(0) == b) {
                continue; // undefined in windows-1252: checked below
            }
            assertThat(view("&#" + b + ";")).as("&#%d;", b).isEqualTo(expected);
        }
        assertThat(view("Hà Nội &#150; Quảng Ninh")).isEqualTo("Hà Nội \u2013 Quảng Ninh");
        assertThat(view("&#x81;")).isEqualTo("\u0081");
    }

    @Test
    void everyEntityInTheTableDecodes() {
        for (Lexicon.Entry e : Lexicon.named("html-entities").entries()) {
            String expected = Character.toString(Integer.parseInt(e.field(0), 16));
            assertThat(view("x&" + e.term() + ";y")).as(e.term()).isEqualTo("x" + expected + "y");
        }
    }

    @Test
    void entityTableIsCompleteAndHasNoDuplicates() {
        List<Lexicon.Entry> entries = Lexicon.named("html-entities").entries();
        Set<String> names = new HashSet<>();
        for (Lexicon.Entry e : entries) {
            assertThat(names.add(e.term())).as("duplicate %s", e.term()).isTrue();
            assertThat(e.field(0)).as(e.term()).matches("[0-9A-F]{4}");
        }
        assertThat(entries).hasSizeGreaterThanOrEqualTo(253);
        assertThat(HtmlEntities.load(Lexicon.named("html-entities")))
                .hasSize(entries.size())
                .containsEntry("ocirc", "ô")
                .containsEntry("Agrave", "À")
                .containsEntry("nbsp", "\u00A0")
                .containsEntry("thetasym", "\u03D1")
                .containsEntry("euro", "€")
                .containsEntry("apos", "'");
    }

    // --- plain text passes through -----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "a < b và c > d",
        "tỷ lệ <5% hộ nghèo",
        "Bình Minh/Trung tâm TT&VH Ba Chẽ",
        "Phòng R&D, mục Q&A",
        "x<y>z và a<b và c>d",
        "<< Quay lại | Tiếp >>",
        "Giá trị <= 5 và >= 3; A&B; & ; &;",
        "<p",
        "Chủ tịch UBND <Ông Nguyễn Văn A> ký",
        "Đoạn một.\n\nĐoạn hai có dấu & và <.\n\nĐoạn ba."
    })
    void textWithoutMarkupIsReturnedUnchanged(String raw) {
        AlignedText in = AlignedText.of(raw);
        assertThat(STEP.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void plainVietnameseIsTheSameObject() {
        AlignedText in = AlignedText.of("Ngày 11/6, đồng chí Nguyễn Việt Oanh làm việc.\n\nĐồng chí nhấn mạnh…");
        assertThat(STEP.apply(in, new ArrayList<>())).isSameAs(in);
    }

    // --- composition and invariants -----------------------------------------------------------

    @Test
    void mapsThroughAnEarlierView() {
        String raw = "XX<b>H&ocirc;i</b> nghị";
        AlignedText earlier = AlignedText.of(raw).rewrite().copy(2, raw.length()).build(); // some earlier step dropped "XX"
        AlignedText v = STEP.apply(earlier, new ArrayList<>());
        assertThat(v.text()).isEqualTo("Hôi nghị");
        int[] r = v.alignment().toRaw(0, 3);
        assertThat(raw.substring(r[0], r[1])).isEqualTo("H&ocirc;i");
        assertThat(v.alignment().rawLength()).isEqualTo(raw.length());
    }

    @Test
    void randomMarkupKeepsAlignmentSane() {
        String[] pieces = {"Hội", " nghị", "\n", " ", "<p>", "</p>", "<br/>", "<b>", "</b>", "<td>", "<tr>", "&ocirc;",
            "&#7853;", "&amp", "&xyz;", "<", ">", "\"", "'", "<a href=\"", "<!--", "-->", "<script>", "</script>",
            "<?php", "?>", "&nbsp;", "a < b", "<img alt='x>y'>", "<![CDATA[", "]]>", "<!DOCTYPE html>", "="};
        Random random = new Random(20240611);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String raw = sb.toString();
            AlignedText v = apply(raw);
            Alignment a = v.alignment();
            assertThat(a.viewLength()).as(raw).isEqualTo(v.text().length());
            int lastStart = 0;
            for (int i = 0; i < v.text().length(); i++) {
                int s = a.rawStart(i);
                int e = a.rawEnd(i);
                assertThat(s).as(raw).isGreaterThanOrEqualTo(lastStart);
                assertThat(e).as(raw).isLessThanOrEqualTo(raw.length());
                char c = v.text().charAt(i);
                // a character is either copied from the raw text or stands for a tag or a reference
                boolean copied = e == s + 1 && raw.charAt(s) == c;
                boolean markup = e > s && (raw.charAt(s) == '<' || raw.charAt(s) == '&');
                assertThat(copied || markup).as("%s: view char %d", raw, i).isTrue();
                lastStart = s;
            }
        }
    }

    // --- pathological input: must simply finish --------------------------------------------

    @Test
    void manyLessThanSigns() {
        String raw = "<".repeat(200_000);
        AlignedText in = AlignedText.of(raw);
        assertThat(STEP.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void unclosedCommentBeforeAMegabyte() {
        List<String> warnings = new ArrayList<>();
        AlignedText v = apply("Tin<!--" + "Đoạn văn dài. ".repeat(75_000), warnings);
        assertThat(v.text()).isEqualTo("Tin");
        assertThat(warnings).hasSize(1);
    }

    @Test
    void adversarialTagStarts() {
        // quotes never closed, tags never closed, names that almost match, entities that never end
        String[] seeds = {"<p a=\"", "<p a=x<", "<div ", "<b x='1' <", "</", "<!", "<?", "&#", "&#x", "&ocirc", "<td "};
        for (String seed : seeds) {
            String raw = seed.repeat(100_000) + ">Hết";
            AlignedText v = apply(raw);
            assertThat(v.text()).as(seed).endsWith("Hết");
            assertThat(v.alignment().viewLength()).as(seed).isEqualTo(v.text().length());
        }
    }
}
