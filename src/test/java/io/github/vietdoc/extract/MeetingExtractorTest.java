package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Letter;
import io.github.vietdoc.model.Meeting;
import io.github.vietdoc.model.PartOfDay;
import io.github.vietdoc.model.Person;
import io.github.vietdoc.model.Role;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import io.github.vietdoc.text.TonePlacement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeetingExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private final MeetingExtractor extractor = new MeetingExtractor();

    private static ExtractionContext context(String raw, String published) {
        SourceText doc = NORMALIZER.normalize(raw);
        return new ExtractionContext(doc, DocType.NEWS_ITEM, null, published);
    }

    private List<Meeting> meetings(String raw, String published) {
        ExtractionContext ctx = context(raw, published);
        List<Meeting> found = extractor.extract(ctx, PeopleResult.EMPTY, null);
        for (Meeting m : found) {
            assertThat(m.text()).isEqualTo(raw.substring(m.start(), m.end()));
        }
        return found;
    }

    /** Lead, publication stamp, date, dateText, part of day, kind, body (null: no body expected). */
    static Stream<Arguments> leads() {
        return Stream.of(
                Arguments.of("Ngày 11/6, đồng chí Hoàng Văn Nghiệm, Bí thư Tỉnh ủy chủ trì hội nghị Ban Chấp hành Đảng bộ tỉnh Lạng Sơn lần thứ 5.",
                        "2021-06-12", "2021-06-11", "Ngày 11/6", null, "hội nghị", "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"),
                Arguments.of("Ngày 04/5, Ban Thường vụ Thành ủy Thái Bình tổ chức hội nghị giao ban công tác tháng 4.",
                        "2021-06-12", "2021-05-04", "Ngày 04/5", null, "hội nghị", "Ban Thường vụ Thành ủy Thái Bình"),
                Arguments.of("Ngày 8-6, đồng chí Trần Tuấn Anh đã làm việc với Ban Thường vụ Huyện ủy Hải Hậu về tình hình thực hiện nhiệm vụ năm 2021.",
                        "2021-06-12", "2021-06-08", "Ngày 8-6", null, "buổi làm việc", "Ban Thường vụ Huyện ủy Hải Hậu"),
                Arguments.of("Sáng ngày 7/3/2023, UBND tỉnh Quảng Trị tổ chức hội nghị triển khai nhiệm vụ năm 2023.",
                        null, "2023-03-07", "Sáng ngày 7/3/2023", PartOfDay.MORNING, "hội nghị", "UBND tỉnh Quảng Trị"),
                Arguments.of("Chiều 14.5, Thường trực HĐND tỉnh Hà Tĩnh tổ chức phiên họp thường kỳ tháng 5.",
                        "2021-06-12", "2021-05-14", "Chiều 14.5", PartOfDay.AFTERNOON, "phiên họp", "Thường trực HĐND tỉnh Hà Tĩnh"),
                Arguments.of("HẢI DƯƠNG - sáng 9.10, Ban Dân vận Tỉnh ủy tổ chức hội thảo khoa học về công tác dân vận.",
                        "2020-10-10", "2020-10-09", "sáng 9.10", PartOfDay.MORNING, "hội thảo", "Ban Dân vận Tỉnh ủy"),
                Arguments.of("Ngày 23 - 11, Huyện ủy Quỳnh Lưu tổ chức hội nghị tổng kết công tác xây dựng Đảng.",
                        "2020-11-24", "2020-11-23", "Ngày 23 - 11", null, "hội nghị", "Huyện ủy Quỳnh Lưu"),
                Arguments.of("Ngày 20 tháng 6 năm 2021, Ủy ban nhân dân huyện Cam Lâm tổ chức cuộc họp về công tác giải phóng mặt bằng.",
                        null, "2021-06-20", "Ngày 20 tháng 6 năm 2021", null, "cuộc họp", "Ủy ban nhân dân huyện Cam Lâm"),
                Arguments.of("Tối 26/9, tại Nhà văn hóa trung tâm huyện, UBND huyện Bố Trạch tổ chức lễ kỷ niệm 60 năm thành lập huyện.",
                        "2021-09-27", "2021-09-26", "Tối 26/9", PartOfDay.EVENING, "lễ", "UBND huyện Bố Trạch"),
                Arguments.of("Sáng nay 15/7, Hội đồng nhân dân tỉnh Nghệ An khai mạc kỳ họp thứ 2, khóa XVIII.",
                        "2021-07-15T08:00", "2021-07-15", "Sáng nay 15/7", PartOfDay.MORNING, "kỳ họp", "Hội đồng nhân dân tỉnh Nghệ An"),
                Arguments.of("Trong hai ngày 12 - 13/8, Ban Chấp hành Đảng bộ tỉnh Bắc Giang tổ chức hội nghị lần thứ 6.",
                        "2021-08-14", "2021-08-12", "Trong hai ngày 12 - 13/8", null, "hội nghị", "Ban Chấp hành Đảng bộ tỉnh Bắc Giang"),
                Arguments.of("Chiều ngày 3/11, đồng chí Lê Quang Tùng tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh.",
                        "2021-11-04", "2021-11-03", "Chiều ngày 3/11", PartOfDay.AFTERNOON, "buổi tiếp", null),
                Arguments.of("Ngày 22/7/2024, ông Trần Văn Hòa, Chủ tịch UBND huyện chủ trì cuộc họp nghe báo cáo tiến độ bồi thường.",
                        null, "2024-07-22", "Ngày 22/7/2024", null, "cuộc họp", "UBND huyện"),
                Arguments.of("Sáng 15/12, Ban Tuyên giáo Tỉnh ủy Quảng Ninh tổ chức tọa đàm \"Phát huy vai trò của báo chí\".",
                        "2021-12-16", "2021-12-15", "Sáng 15/12", PartOfDay.MORNING, "tọa đàm", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh"),
                Arguments.of("Chiều 5/1, Huyện ủy Tam Nông tổ chức gặp mặt các đồng chí nguyên lãnh đạo huyện nhân dịp Xuân mới.",
                        "2022-01-06", "2022-01-05", "Chiều 5/1", PartOfDay.AFTERNOON, "gặp mặt", "Huyện ủy Tam Nông"),
                Arguments.of("Sáng 28/12, UBND tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết công tác năm.",
                        "2021-01-03", "2020-12-28", "Sáng 28/12", PartOfDay.MORNING, "hội nghị", "UBND tỉnh Vĩnh Phúc"),
                Arguments.of("Ngày 2/8, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức giao ban quý III.",
                        "2021-08-03", "2021-08-02", "Ngày 2/8", null, "giao ban", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh"),
                Arguments.of("Sáng 19/4, đồng chí Nguyễn Văn Quảng, Bí thư Thành ủy Đà Nẵng dự và chỉ đạo đại hội Đảng bộ phường Hòa Khánh Bắc.",
                        "2021-04-20", "2021-04-19", "Sáng 19/4", PartOfDay.MORNING, "đại hội", "Đảng bộ phường Hòa Khánh Bắc"),
                Arguments.of("Ngày 10/3, Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng tổ chức hội nghị triển khai kế hoạch sản xuất vụ Hè Thu.",
                        "2021-03-11", "2021-03-10", "Ngày 10/3", null, "hội nghị", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng"),
                Arguments.of("Chiều 30/6, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị hiệp thương lần thứ 3.",
                        "2021-07-01", "2021-06-30", "Chiều 30/6", PartOfDay.AFTERNOON, "hội nghị", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
                Arguments.of("Ngày 17/5, Đoàn đại biểu Quốc hội tỉnh Cà Mau tổ chức tiếp xúc cử tri tại xã Tân Hưng.",
                        "2021-05-18", "2021-05-17", "Ngày 17/5", null, "tiếp xúc cử tri", "Đoàn đại biểu Quốc hội tỉnh Cà Mau"),
                Arguments.of("Sáng 21/9, Huyện ủy Đông Anh tổ chức buổi lễ trao Huy hiệu Đảng cho các đảng viên.",
                        "2021-09-22", "2021-09-21", "Sáng 21/9", PartOfDay.MORNING, "lễ", "Huyện ủy Đông Anh"),
                Arguments.of("Ngày 6/4, đồng chí Y Thanh Hà Niê Kđăm, Phó Bí thư Tỉnh ủy đã có buổi làm việc với Đảng ủy xã Ea Tu về công tác xây dựng Đảng.",
                        "2021-04-07", "2021-04-06", "Ngày 6/4", null, "buổi làm việc", "Đảng ủy xã Ea Tu"),
                Arguments.of("Ngày 14/10, Hội Nông dân tỉnh Bến Tre tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2021 - 2026.",
                        "2021-10-15", "2021-10-14", "Ngày 14/10", null, "đại hội", "Hội Nông dân tỉnh Bến Tre"),
                Arguments.of("Chiều 4-3, Chi bộ thôn Phú Mỹ tổ chức họp chi bộ định kỳ tháng 3.",
                        "2021-03-05", "2021-03-04", "Chiều 4-3", PartOfDay.AFTERNOON, "cuộc họp", "Chi bộ thôn Phú Mỹ"),
                Arguments.of("Sáng 12/1, Công an tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2021.",
                        "2022-01-13", "2022-01-12", "Sáng 12/1", PartOfDay.MORNING, "hội nghị", "Công an tỉnh Thanh Hóa"),
                Arguments.of("Ngày 25/2, Bộ Chỉ huy Quân sự tỉnh Bình Định tổ chức hội nghị quân chính.",
                        "2021-02-26", "2021-02-25", "Ngày 25/2", null, "hội nghị", "Bộ Chỉ huy Quân sự tỉnh Bình Định"),
                Arguments.of("Chiều 8/7, đồng chí Đỗ Văn Chiến dự buổi làm việc với Ban Thường vụ Tỉnh ủy Tuyên Quang.",
                        "2021-07-09", "2021-07-08", "Chiều 8/7", PartOfDay.AFTERNOON, "buổi làm việc", "Ban Thường vụ Tỉnh ủy Tuyên Quang"),
                Arguments.of("Sáng 16/8, Ủy ban Kiểm tra Huyện ủy Gia Lâm tổ chức hội nghị sơ kết 6 tháng đầu năm.",
                        "2021-08-17", "2021-08-16", "Sáng 16/8", PartOfDay.MORNING, "hội nghị", "Ủy ban Kiểm tra Huyện ủy Gia Lâm"),
                Arguments.of("Ngày 9-9, Liên đoàn Lao động tỉnh Bình Dương tổ chức Hội nghị Ban Chấp hành lần thứ 8.",
                        "2021-09-10", "2021-09-09", "Ngày 9-9", null, "hội nghị", "Liên đoàn Lao động tỉnh Bình Dương"),
                Arguments.of("Ngày 25-6, Ban Thường vụ Huyện uỷ Lục Ngạn tổ chức hội nghị sơ kết giữa nhiệm kỳ.",
                        "2018-06-26T10:31", "2018-06-25", "Ngày 25-6", null, "hội nghị", "Ban Thường vụ Huyện ủy Lục Ngạn"),
                Arguments.of("Sáng 3/9, tại Hội trường Tỉnh ủy, Tỉnh ủy Hà Giang tổ chức hội thảo khoa học cấp tỉnh.",
                        "2021-09-04", "2021-09-03", "Sáng 3/9", PartOfDay.MORNING, "hội thảo", "Tỉnh ủy Hà Giang"),
                Arguments.of("Ngày 31/10, Thường trực Huyện ủy Cẩm Xuyên tiếp và làm việc với đoàn công tác của Ban Tổ chức Tỉnh ủy.",
                        "2021-11-01", "2021-10-31", "Ngày 31/10", null, "buổi làm việc", null));
    }

    @ParameterizedTest
    @MethodSource("leads")
    void readsTheLeadMeeting(String lead, String published, String date, String dateText, PartOfDay part, String kind,
                             String body) {
        String raw = "Tiêu đề bài viết\n\n" + lead + " Dự hội nghị có các đồng chí lãnh đạo.\n\nNội dung tiếp theo.";
        List<Meeting> found = meetings(raw, published);
        assertThat(found).hasSize(1);
        Meeting m = found.get(0);
        assertThat(m.date()).isEqualTo(date);
        assertThat(m.dateText()).isEqualTo(dateText);
        assertThat(m.partOfDay()).isEqualTo(part);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.body()).isEqualTo(body);
        assertThat(m.text()).startsWith(dateText);
        assertThat(lead).endsWith(m.text());
        assertThat(m.text()).endsWith(".").doesNotContain("Dự hội nghị");
    }

    @Test
    void spanIsTheRawLeadSentenceEvenWhenTheToneMarksAreMoved() {
        String raw = "Tin\n\nNgày 11/6, đồng chí Nguyễn Việt Oanh, Bí thư Huyện uỷ chủ trì hội nghị lần thứ V, "
                + "Ban Chấp hành (BCH) Đảng bộ huyện Lục Ngạn khoá XXV, nhiệm kỳ 2020- 2025. Hội nghị diễn ra một ngày.";
        Meeting m = meetings(raw, "2021-06-12").get(0);
        assertThat(m.text()).startsWith("Ngày 11/6").contains("Huyện uỷ").endsWith("2020- 2025.");
        assertThat(m.body()).isEqualTo("Ban Chấp hành Đảng bộ huyện Lục Ngạn");
    }

    @Test
    void aPressConferenceIsNoPlainMeeting() {
        Meeting m = meetings("Chiều 8/11, Công an tỉnh Bình Dương tổ chức cuộc họp báo thông tin về vụ việc.", "2021-11-09").get(0);
        assertThat(m.kind()).isEqualTo("họp báo");
        assertThat(m.body()).isEqualTo("Công an tỉnh Bình Dương");
    }

    @Test
    void onlyTheLeadIsTaken() {
        String raw = "Ngày 11/6, Huyện ủy Lục Nam tổ chức hội nghị.\n\nNgày 12/6, Huyện ủy Lục Nam tổ chức hội nghị khác.";
        assertThat(meetings(raw, "2021-06-20")).extracting(Meeting::date).containsExactly("2021-06-11");
    }

    @Test
    void aConclusionReportsTheMeetingItConcludes() {
        String raw = "KẾT LUẬN\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\n\nTại hội nghị ngày 08/5/2024, sau khi nghe Báo cáo số 156-BC/HU "
                + "ngày 03/5/2024 của Ban Tuyên giáo Huyện ủy, Ban Thường vụ Huyện ủy kết luận như sau:";
        SourceText doc = NORMALIZER.normalize(raw);
        List<Meeting> found = extractor.extract(new ExtractionContext(doc, DocType.CONCLUSION, null, null),
                PeopleResult.EMPTY, null);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo("2024-05-08");
            assertThat(m.kind()).isEqualTo("hội nghị");
            assertThat(m.text()).isEqualTo("Tại hội nghị ngày 08/5/2024");
        });
        // a letter citing a meeting does not report it
        List<Meeting> inLetter = extractor.extract(new ExtractionContext(doc, DocType.OFFICIAL_LETTER, null, null),
                PeopleResult.EMPTY, null);
        assertThat(inLetter).isEmpty();
    }

    @Test
    void anInvitationCallsItsMeeting() {
        String raw = "GIẤY MỜI\nHội nghị tổng kết công tác phòng, chống thiên tai năm 2023\n\n"
                + "Thời gian: 01 buổi, bắt đầu từ 14 giờ 00 phút, thứ Hai, ngày 22/4/2024.\n\n"
                + "Địa điểm: Hội trường UBND huyện.";
        SourceText doc = NORMALIZER.normalize(raw);
        List<Meeting> found = extractor.extract(new ExtractionContext(doc, DocType.OTHER_DOCUMENT, null, null),
                PeopleResult.EMPTY, null);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo("2024-04-22");
            assertThat(m.text()).isEqualTo(raw.substring(m.start(), m.end())).startsWith("Thời gian:");
        });
        // without the heading a time line is no meeting
        SourceText plain = NORMALIZER.normalize("Thời gian: ngày 22/4/2024.");
        assertThat(extractor.extract(new ExtractionContext(plain, DocType.OTHER_DOCUMENT, null, null),
                PeopleResult.EMPTY, null)).isEmpty();
    }

    // --- negatives

    @Test
    void aCitedDocumentsDateIsNoMeeting() {
        assertThat(meetings("Thực hiện Kế hoạch số 12/KH-UBND ngày 31/3/2020 của UBND tỉnh, huyện tổ chức hội nghị triển khai.",
                "2020-05-01")).isEmpty();
    }

    @Test
    void fromDateUntilNowIsNoMeeting() {
        assertThat(meetings("Từ ngày 11-5-2021 đến nay, huyện đã tổ chức 12 hội nghị tuyên truyền.", "2021-06-12")).isEmpty();
    }

    @Test
    void anAccidentIsNoMeeting() {
        assertThat(meetings("Ngày 11/6, một vụ tai nạn giao thông nghiêm trọng xảy ra trên Quốc lộ 1A khiến 2 người tử vong.",
                "2021-06-12")).isEmpty();
    }

    @Test
    void aFestivalIsNoCeremony() {
        assertThat(meetings("Sáng 10/3, hàng nghìn du khách về dự lễ hội Đền Hùng.", "2022-03-11")).isEmpty();
    }

    @Test
    void aVenueOrSomethingPreparedForIsNoMeeting() {
        assertThat(meetings("Ngày 24/5, ông Nguyễn Văn Minh phát biểu trước sinh viên tại Trung tâm Hội nghị Quốc gia.",
                "2021-06-12")).isEmpty();
        assertThat(meetings("Sáng 2-5, sau kỳ nghỉ lễ, hàng nghìn người trở lại thành phố.", "2021-06-12")).isEmpty();
        assertThat(meetings("Ngày 15-1, để chuẩn bị cho hội nghị, các bộ trưởng đã gặp nhau.", "2021-06-12")).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsNoDate() {
        assertThat(meetings("Ngày 31/2, Huyện ủy tổ chức hội nghị.", "2021-06-12")).isEmpty();
        assertThat(meetings("Ngày 11/13, Huyện ủy tổ chức hội nghị.", "2021-06-12")).isEmpty();
    }

    @Test
    void aMeetingWordAfterTheLeadSentenceDoesNotMakeItAMeeting() {
        assertThat(meetings("Ngày 11/6, mưa lớn gây ngập úng nhiều tuyến đường. Chiều cùng ngày, huyện họp khẩn.",
                "2021-06-12")).isEmpty();
    }

    // --- years

    @Test
    void yearFromThePublicationStampIsNoted() {
        ExtractionContext ctx = context("Ngày 04/5, Ban Thường vụ Huyện ủy tổ chức hội nghị.", "2020-05-05T09:00");
        assertThat(extractor.extract(ctx, PeopleResult.EMPTY, null)).extracting(Meeting::date).containsExactly("2020-05-04");
        assertThat(ctx.warnings()).anySatisfy(w -> assertThat(w).contains("year 2020").contains("publication date"));
    }

    @Test
    void aPartialStampFixesTheYear() {
        assertThat(meetings("Ngày 8-6, đồng chí Phạm Gia Túc đã làm việc với Ban Thường vụ Huyện ủy Trực Ninh.", "2021-06"))
                .extracting(Meeting::date).containsExactly("2021-06-08");
        assertThat(meetings("Ngày 8-7, đồng chí Phạm Gia Túc đã làm việc với Ban Thường vụ Huyện ủy Trực Ninh.", "2021-06"))
                .extracting(Meeting::date).containsExactly("2020-07-08");
    }

    @Test
    void yearFromTheLettersOwnDate() {
        ExtractionContext ctx = context("Ngày 12/3, Ban Thường vụ Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Nghi Phong.", null);
        Letter letter = new Letter(List.of("HUYỆN ỦY NGHI LỘC"), "120-TB/HU", "Nghi Lộc", "2024-03-18", null,
                List.of(), List.of(), null);
        Meeting m = extractor.extract(ctx, PeopleResult.EMPTY, letter).get(0);
        assertThat(m.date()).isEqualTo("2024-03-12");
        assertThat(m.body()).isEqualTo("Ban Thường vụ Đảng ủy xã Nghi Phong");
        assertThat(ctx.warnings()).anySatisfy(w -> assertThat(w).contains("year 2024").contains("document's date"));
    }

    @Test
    void theChairsOrganIsCompletedByTheLettersPlace() {
        ExtractionContext ctx = context("Ngày 22/7/2024, ông Trần Văn Hoà, Chủ tịch Uỷ ban nhân dân huyện chủ trì cuộc họp "
                + "nghe báo cáo tiến độ bồi thường, giải phóng mặt bằng.", null);
        Letter letter = new Letter(List.of("ỦY BAN NHÂN DÂN HUYỆN CAM LÂM"), "215/TB-UBND", "Cam Lâm", "2024-07-24", null,
                List.of(), List.of(), null);
        Meeting m = extractor.extract(ctx, PeopleResult.EMPTY, letter).get(0);
        assertThat(m.body()).isEqualTo("Ủy ban nhân dân huyện Cam Lâm");
        assertThat(m.kind()).isEqualTo("cuộc họp");
        assertThat(m.date()).isEqualTo("2024-07-22");
    }

    @Test
    void yearFromTheReferenceDate() {
        SourceText doc = NORMALIZER.normalize("Ngày 28/12, UBND huyện Yên Lạc tổ chức hội nghị tổng kết.");
        ExtractionContext ctx = new ExtractionContext(doc, DocType.NEWS_ITEM, LocalDate.of(2019, 1, 10), null);
        assertThat(extractor.extract(ctx, PeopleResult.EMPTY, null)).extracting(Meeting::date).containsExactly("2018-12-28");
        assertThat(ctx.warnings()).anySatisfy(w -> assertThat(w).contains("reference date"));
    }

    @Test
    void thePublicationStampWinsOverTheCallersDateAndTheTextsYears() {
        SourceText doc = NORMALIZER.normalize("Ngày 11/6, Huyện ủy tổ chức hội nghị sơ kết năm 2019.");
        ExtractionContext ctx = new ExtractionContext(doc, DocType.NEWS_ITEM, LocalDate.of(2030, 1, 1), "2021-06-12");
        assertThat(extractor.extract(ctx, PeopleResult.EMPTY, null)).extracting(Meeting::date).containsExactly("2021-06-11");
    }

    @Test
    void yearFromTheYearTheTextIsAbout() {
        String raw = "Ngày 11/6, đồng chí Nguyễn Việt Oanh chủ trì hội nghị lần thứ V, Ban Chấp hành Đảng bộ huyện Lục Ngạn "
                + "khóa XXV, nhiệm kỳ 2020- 2025.\n\nBước vào thực hiện nhiệm vụ năm 2021, huyện tổ chức bầu cử HĐND các cấp "
                + "nhiệm kỳ 2021- 2026 và phấn đấu đến năm 2030 trở thành thị xã.";
        ExtractionContext ctx = context(raw, null);
        assertThat(extractor.extract(ctx, PeopleResult.EMPTY, null)).extracting(Meeting::date).containsExactly("2021-06-11");
        assertThat(ctx.warnings()).anySatisfy(w -> assertThat(w).contains("year 2021").contains("text is about"));
    }

    @Test
    void aTermRangeAloneFixesNoYear() {
        ExtractionContext ctx = context("Ngày 11/6, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị, nhiệm kỳ 2020-2025.", null);
        assertThat(extractor.extract(ctx, PeopleResult.EMPTY, null)).extracting(Meeting::date).containsExactly("--06-11");
        assertThat(ctx.warnings()).anySatisfy(w -> assertThat(w).contains("--06-11").contains("no year"));
    }

    @Test
    void noEvidenceGivesMonthDayAndAWarning() {
        ExtractionContext ctx = context("Sáng 9.10, Ban Dân vận Tỉnh ủy tổ chức hội thảo.", null);
        assertThat(extractor.extract(ctx, PeopleResult.EMPTY, null)).extracting(Meeting::date).containsExactly("--10-09");
        assertThat(ctx.warnings()).hasSize(1);
    }

    @Test
    void aYearInTheDatePhraseNeedsNoWarning() {
        ExtractionContext ctx = context("Ngày 22/7/2024, ông Trần Văn Hòa chủ trì cuộc họp.", "2030-01-01");
        assertThat(extractor.extract(ctx, PeopleResult.EMPTY, null)).extracting(Meeting::date).containsExactly("2024-07-22");
        assertThat(ctx.warnings()).isEmpty();
    }

    // --- chairs and attendees

    @Test
    void chairsAndAttendeesComeFromTheLeadParagraph() {
        String raw = "Ngày 04/5, Ban Thường vụ Huyện ủy tổ chức hội nghị. Đồng chí Lê Minh Hải chủ trì hội nghị. "
                + "Dự có đồng chí Trần Văn Bình.\n\nĐồng chí Phạm Thị Cúc phát biểu. Đồng chí Ngô Văn Dũng dự hội nghị.";
        ExtractionContext ctx = context(raw, "2020-05-05");
        String view = ctx.doc().text();
        Person hai = person("Lê Minh Hải", Role.CHAIR);
        Person binh = person("Trần Văn Bình", Role.ATTENDEE);
        Person cuc = person("Phạm Thị Cúc", Role.SPEAKER);
        Person dung = person("Ngô Văn Dũng", Role.ATTENDEE);
        PeopleResult people = new PeopleResult(List.of(hai, binh, cuc, dung), List.of(
                mention(view, 0, "Lê Minh Hải", Role.CHAIR), mention(view, 1, "Trần Văn Bình", Role.ATTENDEE),
                mention(view, 2, "Phạm Thị Cúc", Role.SPEAKER), mention(view, 3, "Ngô Văn Dũng", Role.ATTENDEE)));
        Meeting m = extractor.extract(ctx, people, null).get(0);
        assertThat(m.chairs()).containsExactly(hai);
        assertThat(m.attendees()).containsExactly(binh);
    }

    @Test
    void theMainMeetingsChairMayBeNamedLater() {
        String raw = "Ngày 11/6, Huyện ủy Lục Ngạn tổ chức hội nghị.\n\nĐồng chí Nguyễn Việt Oanh chủ trì hội nghị.";
        ExtractionContext ctx = context(raw, "2021-06-12");
        Person oanh = person("Nguyễn Việt Oanh", Role.CHAIR);
        PeopleResult people = new PeopleResult(List.of(oanh),
                List.of(mention(ctx.doc().text(), 0, "Nguyễn Việt Oanh", Role.CHAIR)));
        assertThat(extractor.extract(ctx, people, null).get(0).chairs()).containsExactly(oanh);
    }

    private static Person person(String name, Role role) {
        return new Person(name, List.of(), List.of(role), 0, name.length(), name);
    }

    private static PersonMention mention(String view, int person, String name, Role role) {
        int at = view.indexOf(name);
        assertThat(at).isNotNegative();
        return new PersonMention(person, new TextRange(at, at + name.length()), role);
    }

    @org.junit.jupiter.api.Test
    void sessionTermAndLastDayReachTheJavaApi() {
        String raw = "Trong hai ngày 12 - 13/8, Ban Chấp hành Đảng bộ huyện Lục Ngạn khóa XXV, nhiệm kỳ 2020-2025 tổ chức "
                + "hội nghị lần thứ V.";
        var doc = io.github.vietdoc.text.Normalizer.create(io.github.vietdoc.text.TonePlacement.CLASSIC).normalize(raw);
        var ctx = new ExtractionContext(doc, io.github.vietdoc.model.DocType.NEWS_ITEM, null, "2021-08-14");
        var meetings = new MeetingExtractor().extract(ctx, PeopleResult.EMPTY, null);
        org.assertj.core.api.Assertions.assertThat(meetings).hasSize(1);
        var m = meetings.get(0);
        org.assertj.core.api.Assertions.assertThat(m.date()).isEqualTo("2021-08-12");
        org.assertj.core.api.Assertions.assertThat(m.lastDate()).isEqualTo("2021-08-13");
        org.assertj.core.api.Assertions.assertThat(m.session()).isEqualTo(5);
        org.assertj.core.api.Assertions.assertThat(m.term()).isEqualTo(25);
        org.assertj.core.api.Assertions.assertThat(m.termYears()).isEqualTo("2020-2025");
    }
}
