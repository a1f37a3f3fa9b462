package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Letter;
import io.github.vietdoc.model.Person;
import io.github.vietdoc.model.Role;
import io.github.vietdoc.model.Signer;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeopleExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final PeopleExtractor EXTRACTOR = new PeopleExtractor();

    private static PeopleResult extract(String raw, Byline byline, Letter letter) {
        SourceText doc = NORMALIZER.normalize(raw);
        return EXTRACTOR.extract(new ExtractionContext(doc, DocType.NEWS_ITEM, null), byline, letter);
    }

    private static PeopleResult extract(String raw) {
        return extract(raw, Byline.NONE, null);
    }

    private static Person person(PeopleResult r, String name) {
        return r.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + r.people()));
    }

    private static List<String> names(PeopleResult r) {
        return r.people().stream().map(Person::name).toList();
    }

    static Stream<Arguments> mentions() {
        return Stream.of(
                Arguments.of("Ngày 11/6, đồng chí Nguyễn Việt Oanh, Tỉnh uỷ viên, Bí thư Huyện uỷ chủ trì hội nghị.",
                        "Nguyễn Việt Oanh", List.of("Tỉnh ủy viên", "Bí thư Huyện ủy"), Role.CHAIR),
                Arguments.of("Đồng chí Lê Minh Hải - Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.",
                        "Lê Minh Hải", List.of("Bí thư Huyện ủy", "Chủ tịch HĐND huyện"), Role.CHAIR),
                Arguments.of("Ngày 8-6, đồng chí Phạm Gia Túc, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy đã làm việc "
                        + "với Ban Thường vụ Huyện ủy Trực Ninh.",
                        "Phạm Gia Túc", List.of("Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"), Role.CHAIR),
                Arguments.of("Dự buổi làm việc có đồng chí Đoàn Văn Hùng, Ủy viên Ban TVTU, Chủ tịch Ủy ban MTTQ tỉnh.",
                        "Đoàn Văn Hùng", List.of("Ủy viên Ban TVTU", "Chủ tịch Ủy ban MTTQ tỉnh"), Role.ATTENDEE),
                Arguments.of("Sáng 3/3, đồng chí Trịnh Văn Hùng- Bí thư Huyện ủy chủ trì hội nghị giao ban.",
                        "Trịnh Văn Hùng", List.of("Bí thư Huyện ủy"), Role.CHAIR),
                Arguments.of("Chủ tịch UBND tỉnh Nguyễn Văn Bình chủ trì phiên họp thường kỳ tháng 5.",
                        "Nguyễn Văn Bình", List.of("Chủ tịch UBND tỉnh"), Role.CHAIR),
                Arguments.of("Ý kiến tại buổi đối thoại. Trưởng bản Làng Sáng Mùa A Tông kiến nghị hỗ trợ giống chè.",
                        "Mùa A Tông", List.of("Trưởng bản Làng Sáng"), Role.SPEAKER),
                Arguments.of("Dự có Chủ tịch UBND xã Tà Xùa Sồng A Dế và gần 200 người dân.",
                        "Sồng A Dế", List.of("Chủ tịch UBND xã Tà Xùa"), Role.ATTENDEE),
                Arguments.of("Năm 2023 thắng lợi. Tỉnh uỷ viên, Bí thư Huyện uỷ Tạ Quang Vinh chủ trì hội nghị.",
                        "Tạ Quang Vinh", List.of("Tỉnh ủy viên", "Bí thư Huyện ủy"), Role.CHAIR),
                Arguments.of("Sáng 22/7, đồng chí Phan Trọng Hiếu, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu "
                        + "Quốc hội tỉnh đã có buổi làm việc với Ban Thường vụ Huyện ủy Văn Bàn.",
                        "Phan Trọng Hiếu", List.of("Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
                        Role.CHAIR),
                Arguments.of("Giao đồng chí Vàng Seo Lử, Phó Chủ tịch UBND huyện, Phó Trưởng Ban Chỉ huy PCTT và TKCN huyện "
                        + "trực tiếp chỉ đạo công tác ứng phó.",
                        "Vàng Seo Lử", List.of("Phó Chủ tịch UBND huyện", "Phó Trưởng Ban Chỉ huy PCTT và TKCN huyện"), null),
                Arguments.of("Giám đốc Sở Tài chính Trần Quốc Hưng cho biết nguồn vốn đã được phân bổ.",
                        "Trần Quốc Hưng", List.of("Giám đốc Sở Tài chính"), Role.SPEAKER),
                Arguments.of("Đồng chí Hoàng Thị Mai, UV BTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy phát biểu tại hội nghị.",
                        "Hoàng Thị Mai", List.of("UV BTV Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"), Role.SPEAKER),
                Arguments.of("Đồng chí Vương Đình Huệ, UV BCH TW Đảng, Bí thư Thành ủy nhấn mạnh yêu cầu phòng dịch.",
                        "Vương Đình Huệ", List.of("UV BCH TW Đảng", "Bí thư Thành ủy"), Role.SPEAKER),
                Arguments.of("Hội nghị diễn ra dưới sự chủ trì của đồng chí Bùi Văn Quang, Chủ tịch UBND tỉnh Phú Thọ.",
                        "Bùi Văn Quang", List.of("Chủ tịch UBND tỉnh Phú Thọ"), Role.CHAIR),
                Arguments.of("Tham dự cuộc họp có bà Nguyễn Thị Thuý, Phó Chủ tịch Uỷ ban nhân dân huyện; lãnh đạo các phòng.",
                        "Nguyễn Thị Thúy", List.of("Phó Chủ tịch Ủy ban nhân dân huyện"), Role.ATTENDEE),
                Arguments.of("Mọi thắc mắc liên hệ ông Lý Văn Phúc, Phó Trưởng Công an phường để được hướng dẫn.",
                        "Lý Văn Phúc", List.of("Phó Trưởng Công an phường"), null),
                Arguments.of("- Ông Vũ Đình Khải, Trưởng phòng Tài chính - Kế hoạch - Tổ phó;",
                        "Vũ Đình Khải", List.of("Trưởng phòng Tài chính - Kế hoạch", "Tổ phó"), null),
                Arguments.of("- Bà Đinh Thị Hoa, Trưởng phòng Tài nguyên và Môi trường - Tổ viên;",
                        "Đinh Thị Hoa", List.of("Trưởng phòng Tài nguyên và Môi trường", "Tổ viên"), null),
                Arguments.of("Về phía huyện có đồng chí Y Khuê Niê, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.",
                        "Y Khuê Niê", List.of("Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"), Role.ATTENDEE),
                Arguments.of("Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh Hồ Ngọc Thành đề nghị huyện đẩy nhanh tiến độ.",
                        "Hồ Ngọc Thành", List.of("Phó Chủ tịch UBND tỉnh"), Role.SPEAKER),
                Arguments.of("Chiều 21/10, đồng chí Hồ Ngọc Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh "
                        + "đã có buổi làm việc với UBND huyện Krông Pắc.",
                        "Hồ Ngọc Thành", List.of("Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"), Role.CHAIR),
                Arguments.of("Đồng chí Thân Văn Khánh, Bí thư Huyện ủy chủ trì hội nghị.",
                        "Thân Văn Khánh", List.of("Bí thư Huyện ủy"), Role.CHAIR),
                Arguments.of("Đồng chí Lưu Thị Bích Ngọc, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện phát biểu.",
                        "Lưu Thị Bích Ngọc", List.of("Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
                        Role.SPEAKER),
                Arguments.of("Đ/c Đặng Xuân Phong, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai đồng chủ trì hội nghị.",
                        "Đặng Xuân Phong", List.of("Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy Lào Cai"), Role.CHAIR),
                Arguments.of("Hội nghị do đồng chí Lò Văn Muôn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ tọa.",
                        "Lò Văn Muôn", List.of("Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"), Role.CHAIR),
                Arguments.of("Phát biểu kết luận, đồng chí Đỗ Thanh Tùng yêu cầu các cơ quan khẩn trương hoàn thiện đề án.",
                        "Đỗ Thanh Tùng", List.of(), Role.SPEAKER),
                Arguments.of("Ông Nông Văn Tường, Chánh Văn phòng HĐND và UBND huyện cho biết hồ sơ đã đủ.",
                        "Nông Văn Tường", List.of("Chánh Văn phòng HĐND và UBND huyện"), Role.SPEAKER),
                Arguments.of("Dự hội nghị có đồng chí Giáp Văn Tuấn, Huyện ủy viên, Trưởng Công an huyện.",
                        "Giáp Văn Tuấn", List.of("Huyện ủy viên", "Trưởng Công an huyện"), Role.ATTENDEE),
                Arguments.of("Đồng chí Quách Thị Hương, Đại biểu Quốc hội khóa XV tham dự và phát biểu tại kỳ họp.",
                        "Quách Thị Hương", List.of("Đại biểu Quốc hội khóa XV"), Role.ATTENDEE),
                Arguments.of("Đồng chí Kiều Văn Lâm, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện báo cáo tình hình.",
                        "Kiều Văn Lâm", List.of("Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"), null),
                Arguments.of("Chiều 5/4, Phó Giám đốc Sở Y tế Tạ Quang Minh đã kiểm tra công tác phòng dịch tại huyện.",
                        "Tạ Quang Minh", List.of("Phó Giám đốc Sở Y tế"), null),
                Arguments.of("Đồng chí Triệu Đình Lê, Tỉnh ủy viên, Bí thư Huyện ủy Ba Chẽ chủ trì hội nghị.",
                        "Triệu Đình Lê", List.of("Tỉnh ủy viên", "Bí thư Huyện ủy Ba Chẽ"), Role.CHAIR),
                Arguments.of("Cùng dự có ông Huỳnh Văn Tám, Phó Chủ tịch UBND xã Tân Phú.",
                        "Huỳnh Văn Tám", List.of("Phó Chủ tịch UBND xã Tân Phú"), Role.ATTENDEE),
                Arguments.of("Đồng chí Dương Văn Thái, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy khẳng định quyết tâm.",
                        "Dương Văn Thái", List.of("Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"), Role.SPEAKER),
                Arguments.of("Sáng nay, bà Lâm Thị Phương Thanh, Phó Chánh Văn phòng Trung ương Đảng làm việc với tỉnh.",
                        "Lâm Thị Phương Thanh", List.of("Phó Chánh Văn phòng Trung ương Đảng"), Role.CHAIR),
                Arguments.of("Đồng chí Lương Văn Hiếu, Bí thư Đảng ủy xã Yên Sơn phát biểu tham luận.",
                        "Lương Văn Hiếu", List.of("Bí thư Đảng ủy xã Yên Sơn"), Role.SPEAKER));
    }

    @Test
    void theChairLineOfAnInvitation() {
        PeopleResult r = extract("Chủ trì: Đồng chí Ma Văn Tú, Phó Chủ tịch UBND huyện.\n\nThành phần, trân trọng kính mời:");
        assertThat(person(r, "Ma Văn Tú").roles()).contains(Role.CHAIR);
    }

    @Test
    void aColonListSharesItsTitle() {
        PeopleResult r = extract("Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Ma Thị Hiền, Đỗ Văn Lâm, Nông Đức Hưng; "
                + "lãnh đạo các sở, ban, ngành.");
        for (String name : List.of("Ma Thị Hiền", "Đỗ Văn Lâm", "Nông Đức Hưng")) {
            assertThat(person(r, name).titles()).containsExactly("Phó Chủ tịch UBND tỉnh");
        }
    }

    @Test
    void theRestOfABodyNameRunsUpToTheVerb() {
        PeopleResult r = extract("Đồng chí Hoàng Văn Tuấn, Chủ tịch UBND huyện, Trưởng Ban Chỉ huy Phòng thủ dân sự huyện "
                + "chủ trì cuộc họp.");
        Person p = person(r, "Hoàng Văn Tuấn");
        assertThat(p.titles()).containsExactly("Chủ tịch UBND huyện", "Trưởng Ban Chỉ huy Phòng thủ dân sự huyện");
        assertThat(p.roles()).contains(Role.CHAIR);
        // time words are no part of a body name
        PeopleResult t = extract("Ông Bùi Thanh Sơn, Chủ tịch SOM APEC 2017 hôm nay phát biểu khai mạc.");
        assertThat(person(t, "Bùi Thanh Sơn").titles()).containsExactly("Chủ tịch SOM APEC");
        // without the verb right after, the words are not taken into the title
        PeopleResult q = extract("Đồng chí Hoàng Văn Tuấn, Trưởng Ban Chỉ huy Phòng thủ dân sự huyện cho rằng mưa lớn.");
        assertThat(person(q, "Hoàng Văn Tuấn").titles()).doesNotContain("Trưởng Ban Chỉ huy Phòng thủ dân sự huyện cho rằng");
    }

    @Test
    void aTitleBeforeTheCommaMayBeAnotherPersons() {
        PeopleResult r = extract("Dự có ông Nguyễn Văn An, Chủ tịch UBND huyện, Bí thư Đảng ủy xã Trần Văn Bình và nhân dân.");
        assertThat(person(r, "Trần Văn Bình").titles()).containsExactly("Bí thư Đảng ủy xã");
    }

    @ParameterizedTest
    @MethodSource("mentions")
    void readsNameTitlesAndRole(String raw, String name, List<String> titles, Role role) {
        PeopleResult r = extract(raw);
        Person p = person(r, name);
        assertThat(p.titles()).containsExactlyElementsOf(titles);
        if (role == null) {
            assertThat(p.roles()).isEmpty();
        } else {
            assertThat(p.roles()).contains(role);
        }
        assertThat(p.text()).isEqualTo(raw.substring(p.start(), p.end()));
        assertThat(r.people()).hasSize(1);
    }

    @Test
    void laterMentionsResolveToTheSamePerson() {
        String raw = "Ngày 11/6, đồng chí Nguyễn Việt Oanh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.\n\n"
                + "Đồng chí La Văn Nam, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện phát biểu chỉ đạo.\n\n"
                + "Kết luận hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh nhiệm vụ trọng tâm. "
                + "Đồng chí Oanh đề nghị các xã tập trung tiêu thụ vải thiều. "
                + "Đồng chí Nguyễn Việt Oanh, Bí thư Huyện ủy phát biểu kết luận hội nghị.";
        PeopleResult r = extract(raw);
        assertThat(names(r)).containsExactly("Nguyễn Việt Oanh", "La Văn Nam");
        Person oanh = r.people().get(0);
        assertThat(oanh.titles()).containsExactly("Tỉnh ủy viên", "Bí thư Huyện ủy");
        assertThat(oanh.roles()).containsExactly(Role.CHAIR, Role.SPEAKER);
        assertThat(r.mentions().stream().filter(m -> m.person() == 0)).hasSize(4);
        assertThat(r.mentions().stream().filter(m -> m.person() == 1)).hasSize(1);
        assertThat(oanh.start()).isEqualTo(raw.indexOf("Nguyễn Việt Oanh"));
    }

    @Test
    void aListOfChairsSharesTheVerb() {
        String raw = "Các đồng chí: Nguyễn Văn Linh, Phó Bí thư Tỉnh ủy; Trần Thị Hà, Phó Chủ tịch UBND tỉnh "
                + "đồng chủ trì hội nghị.";
        PeopleResult r = extract(raw);
        assertThat(names(r)).containsExactly("Nguyễn Văn Linh", "Trần Thị Hà");
        assertThat(r.people()).allSatisfy(p -> assertThat(p.roles()).containsExactly(Role.CHAIR));
    }

    @Test
    void attendeeListsGiveEveryMemberTheRole() {
        String raw = "Dự hội nghị có đồng chí Lưu Thị Bích Ngọc, Phó Bí thư Thường trực Huyện ủy; "
                + "đồng chí Nguyễn Mạnh Cường, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Trần Văn Lộc, "
                + "Phó Chủ tịch UBND huyện.";
        PeopleResult r = extract(raw);
        assertThat(names(r)).containsExactly("Lưu Thị Bích Ngọc", "Nguyễn Mạnh Cường", "Trần Văn Lộc");
        assertThat(r.people()).allSatisfy(p -> assertThat(p.roles()).containsExactly(Role.ATTENDEE));
        assertThat(person(r, "Trần Văn Lộc").titles()).containsExactly("Phó Chủ tịch UBND huyện");
    }

    @Test
    void theSignerIsAPersonWithThePositionAsTitle() {
        String raw = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Quang Vinh\n";
        Letter letter = new Letter(List.of("UBND TỈNH"), null, null, null, null, List.of(), List.of(),
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quang Vinh"));
        PeopleResult r = extract(raw, Byline.NONE, letter);
        Person p = person(r, "Trần Quang Vinh");
        assertThat(p.titles()).containsExactly("Phó Chủ tịch");
        assertThat(p.roles()).containsExactly(Role.SIGNER);
        assertThat(p.text()).isEqualTo(raw.substring(p.start(), p.end()));
    }

    @Test
    void historicalNamesAndPlacesAreNotPeople() {
        PeopleResult r = extract("Tổ chức kỷ niệm 130 năm ngày sinh của Chủ tịch Hồ Chí Minh và 66 năm chiến thắng "
                + "Điện Biên Phủ; vải thiều được tiêu thụ tại Hà Nội, TP Hồ Chí Minh, Lạng Sơn.");
        assertThat(r.people()).isEmpty();
        assertThat(r.mentions()).isEmpty();
    }

    @Test
    void organizationsAndPlaceNamesAreNotPeople() {
        PeopleResult r = extract("Trung tâm Y tế huyện Lục Ngạn phối hợp với xã Sơn Hải, thôn Nam Sơn và Công ty "
                + "Cổ phần Mai Linh triển khai tiêm chủng tại Trường Tiểu học Lê Văn Tám.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void aPlaceAfterAPlaceWordIsNotAPerson() {
        PeopleResult r = extract("Đoàn công tác đã kiểm tra tại huyện Hoàng Su Phì và thành phố Hồ Chí Minh.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void bylineNamesAreAuthorsNotPeople() {
        String raw = "Đồng chí Ngô Văn Tuyến, Bí thư Đảng ủy xã chủ trì hội nghị.\n\nNguyễn Văn Hùng";
        SourceText doc = NORMALIZER.normalize(raw);
        int line = doc.text().lastIndexOf("Nguyễn Văn Hùng");
        Byline byline = new Byline(List.of("Nguyễn Văn Hùng"),
                new io.github.vietdoc.text.TextRange(line, line + "Nguyễn Văn Hùng".length()));
        PeopleResult r = EXTRACTOR.extract(new ExtractionContext(doc, DocType.NEWS_ITEM, null), byline, null);
        assertThat(names(r)).containsExactly("Ngô Văn Tuyến");
    }

    @Test
    void capitalizedPhrasesAtSentenceStartAreNotPeople() {
        PeopleResult r = extract("Ban Thường vụ Huyện ủy Trực Ninh tổ chức hội nghị. Quang cảnh hội nghị. "
                + "Phát biểu kết luận, Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục chỉ đạo.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void aGivenNameAloneWithNoFullNameIsDropped() {
        PeopleResult r = extract("Đồng chí Oanh đề nghị các xã tập trung tiêu thụ vải thiều.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void aPluralCueWithTitlesIsNoMention() {
        PeopleResult r = extract("Đồng chí Đỗ Thanh Tùng, Bí thư Huyện ủy chủ trì hội nghị, cùng các đồng chí "
                + "Ủy viên Ban Thường vụ Huyện ủy.");
        assertThat(r.mentions()).hasSize(1);
        assertThat(r.mentions().get(0).role()).isEqualTo(Role.CHAIR);
    }

    @Test
    void aProvinceOpeningWithBaIsNoPerson() {
        PeopleResult r = extract("Đoàn công tác tỉnh Bà Rịa Vũng Tàu đến thăm và làm việc với huyện.");
        assertThat(r.people()).isEmpty();
    }

    @Test
    void theEndOfANameResolvesToTheFullName() {
        String raw = "Đồng chí Lưu Thị Bích Ngọc, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị. "
                + "Đồng chí Bích Ngọc đề nghị các xã rà soát lại danh sách.";
        PeopleResult r = extract(raw);
        assertThat(names(r)).containsExactly("Lưu Thị Bích Ngọc");
        assertThat(r.mentions()).extracting(PersonMention::role).containsExactly(Role.CHAIR, Role.SPEAKER);
        assertThat(r.people().get(0).roles()).containsExactly(Role.CHAIR, Role.SPEAKER);
    }
}
