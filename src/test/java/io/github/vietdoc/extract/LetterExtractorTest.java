package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Letter;
import io.github.vietdoc.model.Signer;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import org.junit.jupiter.api.Test;

class LetterExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);
    private static final LetterExtractor EXTRACTOR = new LetterExtractor();

    /** A body paragraph of the usual length, so that the header and footer are told from the body. */
    private static final String BODY = "Thực hiện chỉ đạo của Thủ tướng Chính phủ về tăng cường các biện pháp phòng, "
            + "chống dịch bệnh trên địa bàn, yêu cầu các cơ quan, đơn vị, địa phương khẩn trương triển khai thực hiện "
            + "nghiêm các nội dung sau đây:\n\n"
            + "1. Tăng cường công tác tuyên truyền để người dân hiểu và chấp hành nghiêm các quy định phòng, chống dịch.\n\n"
            + "2. Báo cáo kết quả thực hiện về Văn phòng trước ngày 30 hằng tháng để tổng hợp./.\n\n";

    private static Letter letter(String raw) {
        return letter(raw, DocType.OFFICIAL_LETTER);
    }

    private static Letter letter(String raw, DocType type) {
        return EXTRACTOR.extract(new ExtractionContext(NORMALIZER.normalize(raw), type, null));
    }

    @Test
    void provincialLetterInDecree30Layout() {
        Letter l = letter("""
                ỦY BAN NHÂN DÂN
                TỈNH HẬU GIANG
                Số: 512/UBND-TH
                V/v triển khai thực hiện công tác phòng, chống dịch bệnh
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hậu Giang, ngày 05 tháng 3 năm 2020

                Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

                """ + BODY + """
                Nơi nhận:
                - Như trên;
                - TT TU, TT HĐND tỉnh;
                - Lưu: VT, TH.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Nguyễn Văn Bình
                """);
        assertThat(l.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG");
        assertThat(l.number()).isEqualTo("512/UBND-TH");
        assertThat(l.place()).isEqualTo("Hậu Giang");
        assertThat(l.date()).isEqualTo("2020-03-05");
        assertThat(l.subject()).isEqualTo("triển khai thực hiện công tác phòng, chống dịch bệnh");
        assertThat(l.recipients()).containsExactly("Ủy ban nhân dân các huyện, thị xã, thành phố");
        assertThat(l.distribution()).containsExactly("Như trên", "TT TU, TT HĐND tỉnh", "Lưu: VT, TH");
        assertThat(l.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"));
    }

    @Test
    void partyLetterWithParentBodyAndSignedStamp() {
        Letter l = letter("""
                **ĐẢNG BỘ TỈNH HẬU GIANG
                HUYỆN ỦY LONG MỸ**

                *

                Số 125 - CV/HU

                *V/v lãnh đạo tổ chức Đại hội chi bộ
                nhiệm kỳ 2022 - 2025*

                ĐẢNG CỘNG SẢN VIỆT NAM

                Long Mỹ, ngày 14 tháng 2 năm 2022

                Kính gửi:
                - Các chi, đảng bộ cơ sở;
                - Các ban xây dựng Đảng Huyện ủy.

                """ + BODY + """
                Nơi nhận:
                - Như kính gửi,
                - Lưu Văn phòng Huyện ủy.

                T/M BAN THƯỜNG VỤ
                BÍ THƯ
                (Đã ký)
                Trần Văn Tâm
                """);
        assertThat(l.issuers()).containsExactly("ĐẢNG BỘ TỈNH HẬU GIANG", "HUYỆN ỦY LONG MỸ");
        assertThat(l.number()).isEqualTo("125-CV/HU");
        assertThat(l.place()).isEqualTo("Long Mỹ");
        assertThat(l.date()).isEqualTo("2022-02-14");
        assertThat(l.subject()).isEqualTo("lãnh đạo tổ chức Đại hội chi bộ nhiệm kỳ 2022 - 2025");
        assertThat(l.recipients()).containsExactly("Các chi, đảng bộ cơ sở", "Các ban xây dựng Đảng Huyện ủy");
        assertThat(l.distribution()).containsExactly("Như kính gửi", "Lưu Văn phòng Huyện ủy");
        assertThat(l.signer()).isEqualTo(new Signer("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Tâm"));
    }

    @Test
    void decisionTitleDropsVeViec() {
        Letter l = letter("""
                ỦY BAN NHÂN DÂN
                TỈNH HẬU GIANG
                -------
                Số: 2087/QĐ-UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ---------------
                Hậu Giang, ngày 15 tháng 11 năm 2021

                QUYẾT ĐỊNH
                Về việc phê duyệt Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2022

                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG

                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 45/TTr-STTTT ngày 10 tháng 11 năm 2021,

                QUYẾT ĐỊNH:
                Điều 1. Phê duyệt Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2022 kèm theo Quyết định này.
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

                Nơi nhận:
                - Như Điều 2;
                - Lưu: VT, NCTH.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Trương Cảnh Tuyên
                """, DocType.DECISION);
        assertThat(l.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG");
        assertThat(l.number()).isEqualTo("2087/QĐ-UBND");
        assertThat(l.date()).isEqualTo("2021-11-15");
        assertThat(l.subject()).isEqualTo("phê duyệt Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2022");
        assertThat(l.recipients()).isEmpty();
        assertThat(l.distribution()).containsExactly("Như Điều 2", "Lưu: VT, NCTH");
        assertThat(l.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Cảnh Tuyên"));
    }

    @Test
    void councilResolutionWithNumberOnTheLineAfterSo() {
        Letter l = letter("""
                HỘI ĐỒNG NHÂN DÂN
                TỈNH HẬU GIANG
                Số:
                18/2023/NQ-HĐND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hậu Giang, ngày 08 tháng 12 năm 2023

                NGHỊ QUYẾT
                Quy định mức chi bảo đảm cho công tác cải cách hành chính trên địa bàn tỉnh Hậu Giang
                HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
                KHÓA X KỲ HỌP THỨ MƯỜI BA

                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành;

                Nghị quyết này đã được Hội đồng nhân dân tỉnh Hậu Giang Khóa X Kỳ họp thứ mười ba thông qua ngày 08 tháng 12 năm 2023./.

                Nơi nhận:
                - Ủy ban Thường vụ Quốc hội;
                - Chính phủ;
                - Lưu: VT.
                CHỦ TỊCH
                Trần Văn Huyến
                """, DocType.RESOLUTION);
        assertThat(l.issuers()).containsExactly("HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG");
        assertThat(l.number()).isEqualTo("18/2023/NQ-HĐND");
        assertThat(l.date()).isEqualTo("2023-12-08");
        assertThat(l.subject())
                .isEqualTo("Quy định mức chi bảo đảm cho công tác cải cách hành chính trên địa bàn tỉnh Hậu Giang");
        assertThat(l.distribution()).containsExactly("Ủy ban Thường vụ Quốc hội", "Chính phủ", "Lưu: VT");
        assertThat(l.signer()).isEqualTo(new Signer(null, "CHỦ TỊCH", "Trần Văn Huyến"));
    }

    @Test
    void massOrganizationAndItsProvincialCommittee() {
        Letter l = letter("""
                **HỘI NÔNG DÂN VIỆT NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                BCH HỘI NÔNG DÂN TỈNH BẮC KẠN Độc lập - Tự do - Hạnh phúc**
                ***
                Số: 318-CV/HNDT Bắc Kạn, ngày 12 tháng 9 năm 2024
                V/v tổ chức các hoạt động kỷ niệm Ngày thành lập Hội

                Kính gửi: Hội Nông dân các huyện, thành phố.

                Đề nghị các đơn vị thực hiện./.
                """);
        assertThat(l.issuers()).containsExactly("HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH BẮC KẠN");
        assertThat(l.number()).isEqualTo("318-CV/HNDT");
    }

    @Test
    void signerWithAOneLetterGivenName() {
        Letter l = letter("""
                ỦY BAN NHÂN DÂN
                HUYỆN KRÔNG PẮC
                Số: 1187/UBND-NNMT
                V/v chủ động phòng, chống hạn hán
                Krông Pắc, ngày 05 tháng 3 năm 2024
                Kính gửi: Phòng Nông nghiệp và Phát triển nông thôn huyện.

                Đề nghị các đơn vị thực hiện nghiêm túc./.

                Nơi nhận:
                - Như trên;
                - Lưu: VT, NNMT.

                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                (Đã ký)

                Y Khâm Byă
                """);
        assertThat(l.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Y Khâm Byă"));
    }

    @Test
    void partyConclusionNoticeWithCapsTitleAndTlSigner() {
        Letter l = letter("""
                TỈNH ỦY HẬU GIANG
                VĂN PHÒNG
                *
                Số 512-TB/VPTU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Hậu Giang, ngày 10 tháng 5 năm 2022

                THÔNG BÁO
                KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY
                tại buổi làm việc với Ban Thường vụ Huyện ủy Long Mỹ
                -----

                Ngày 05/5/2022, đồng chí Bí thư Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Huyện ủy Long Mỹ về kết quả thực hiện nhiệm vụ chính trị năm 2021 và những tháng đầu năm 2022.

                Nơi nhận:
                - Ban Thường vụ Huyện ủy Long Mỹ,
                - Lưu Văn phòng Tỉnh ủy.
                T/L BAN THƯỜNG VỤ
                CHÁNH VĂN PHÒNG
                Lê Văn Nhỏ
                """, DocType.CONCLUSION);
        assertThat(l.issuers()).containsExactly("TỈNH ỦY HẬU GIANG", "VĂN PHÒNG");
        assertThat(l.number()).isEqualTo("512-TB/VPTU");
        assertThat(l.subject()).isEqualTo(
                "KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY tại buổi làm việc với Ban Thường vụ Huyện ủy Long Mỹ");
        assertThat(l.distribution()).containsExactly("Ban Thường vụ Huyện ủy Long Mỹ", "Lưu Văn phòng Tỉnh ủy");
        assertThat(l.signer()).isEqualTo(new Signer("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Văn Nhỏ"));
    }

    @Test
    void twoColumnHeaderFlattenedOntoLinesWithoutPipes() {
        Letter l = letter("""
                UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
                Số: 125/SYT-NV Hậu Giang, ngày 12 tháng 7 năm 2021
                V/v tăng cường công tác phòng, chống dịch COVID-19
                Kính gửi:
                - Các bệnh viện tuyến tỉnh;
                - Trung tâm Y tế các huyện, thị xã, thành phố.

                """ + BODY);
        assertThat(l.issuers()).containsExactly("UBND TỈNH HẬU GIANG", "SỞ Y TẾ");
        assertThat(l.number()).isEqualTo("125/SYT-NV");
        assertThat(l.place()).isEqualTo("Hậu Giang");
        assertThat(l.date()).isEqualTo("2021-07-12");
        assertThat(l.subject()).isEqualTo("tăng cường công tác phòng, chống dịch COVID-19");
        assertThat(l.recipients())
                .containsExactly("Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các huyện, thị xã, thành phố");
        assertThat(l.signer()).isNull();
    }

    @Test
    void twoColumnHeaderAndFooterAsTables() {
        Letter l = letter("""
                | **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
                |---|---|
                | **TỈNH HẬU GIANG** | **Độc lập – Tự do – Hạnh phúc** |
                | Số: 512/UBND-TH | *Hậu Giang, ngày 05 tháng 3 năm 2020* |
                | V/v triển khai thực hiện công tác phòng, | |
                | chống dịch bệnh | |

                Kính gửi: Ủy ban nhân dân các huyện.

                """ + BODY + """
                | Nơi nhận: - Như trên; - Lưu: VT, TH. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình |
                |---|---|
                """);
        assertThat(l.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG");
        assertThat(l.number()).isEqualTo("512/UBND-TH");
        assertThat(l.place()).isEqualTo("Hậu Giang");
        assertThat(l.date()).isEqualTo("2020-03-05");
        assertThat(l.subject()).isEqualTo("triển khai thực hiện công tác phòng, chống dịch bệnh");
        assertThat(l.recipients()).containsExactly("Ủy ban nhân dân các huyện");
        assertThat(l.distribution()).containsExactly("Như trên", "Lưu: VT, TH");
        assertThat(l.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"));
    }

    @Test
    void districtPlanSignedForTheCommittee() {
        Letter l = letter("""
                ỦY BAN NHÂN DÂN
                HUYỆN LỤC NGẠN
                Số: 88/KH-UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Lục Ngạn, ngày 02 tháng 4 năm 2021

                KẾ HOẠCH
                Tổ chức các hoạt động hỗ trợ tiêu thụ vải thiều năm 2021

                Thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2021 của UBND tỉnh Bắc Giang về tiêu thụ vải thiều năm 2021, UBND huyện ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU
                Hỗ trợ nhân dân tiêu thụ vải thiều đạt hiệu quả cao nhất.

                Nơi nhận:
                - UBND tỉnh (b/c);
                - Các xã, thị trấn;
                - Lưu: VT.
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Nguyễn Văn Lượng
                """, DocType.PLAN);
        assertThat(l.issuers()).containsExactly("ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN");
        assertThat(l.number()).isEqualTo("88/KH-UBND");
        assertThat(l.place()).isEqualTo("Lục Ngạn");
        assertThat(l.subject()).isEqualTo("Tổ chức các hoạt động hỗ trợ tiêu thụ vải thiều năm 2021");
        assertThat(l.distribution()).containsExactly("UBND tỉnh (b/c)", "Các xã, thị trấn", "Lưu: VT");
        assertThat(l.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Lượng"));
    }

    @Test
    void partyReportWhoseTitleWasJoinedToTheHeading() {
        Letter l = letter("""
                HUYỆN ỦY LỤC NGẠN
                *
                Số 215-BC/HU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Lục Ngạn, ngày 30 tháng 6 năm 2021

                BÁO CÁO
                kết quả lãnh đạo, chỉ đạo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2021
                -----

                """ + BODY + """
                Nơi nhận:
                - Ban Thường vụ Tỉnh ủy (b/c),
                - Lưu Văn phòng Huyện ủy.
                T/M HUYỆN ỦY
                BÍ THƯ
                Nguyễn Việt Oanh
                """, DocType.REPORT);
        assertThat(l.issuers()).containsExactly("HUYỆN ỦY LỤC NGẠN");
        assertThat(l.number()).isEqualTo("215-BC/HU");
        assertThat(l.date()).isEqualTo("2021-06-30");
        assertThat(l.subject())
                .isEqualTo("kết quả lãnh đạo, chỉ đạo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2021");
        assertThat(l.signer()).isEqualTo(new Signer("T/M HUYỆN ỦY", "BÍ THƯ", "Nguyễn Việt Oanh"));
    }

    @Test
    void officeSignsByOrderOfTheChairman() {
        Letter l = letter("""
                UBND TỈNH BẮC GIANG
                VĂN PHÒNG
                Số: 1320/VP-KTN
                V/v báo cáo tình hình tiêu thụ nông sản
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Bắc Giang, ngày 05/3/2020

                Kính gửi: Sở Nông nghiệp và Phát triển nông thôn.

                """ + BODY + """
                Nơi nhận:
                - Như trên;
                - Lưu: VT, KTN.
                TL. CHỦ TỊCH
                CHÁNH VĂN PHÒNG
                Phạm Văn Tám
                """);
        assertThat(l.issuers()).containsExactly("UBND TỈNH BẮC GIANG", "VĂN PHÒNG");
        assertThat(l.place()).isEqualTo("Bắc Giang");
        assertThat(l.date()).isEqualTo("2020-03-05");
        assertThat(l.signer()).isEqualTo(new Signer("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Phạm Văn Tám"));
    }

    @Test
    void copyWithoutTheSignerNameAndTwoAuthorityLines() {
        Letter l = letter("""
                ỦY BAN NHÂN DÂN
                TỈNH HẬU GIANG
                Số: 77/UBND-VX
                V/v tổ chức các hoạt động Tháng hành động vì trẻ em
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hậu Giang, ngày 20 tháng 5 năm 2022

                """ + BODY + """
                Nơi nhận:
                - Như trên;
                - Lưu: VT.
                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                """);
        assertThat(l.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", null));
        assertThat(l.distribution()).containsExactly("Như trên", "Lưu: VT");
    }

    @Test
    void signatureStampsInlineAndDigitalAreSkipped() {
        Letter l = letter("""
                SỞ Y TẾ
                Số: 301/SYT-NV
                Hậu Giang, ngày 01 tháng 9 năm 2021

                """ + BODY + """
                Nơi nhận:
                - Như trên;
                - Lưu: VT.
                KT. GIÁM ĐỐC
                PHÓ GIÁM ĐỐC (Đã ký)
                Ký bởi: Sở Y tế tỉnh Hậu Giang
                Thời gian ký: 01.09.2021 10:15:00 +07:00
                Lê Thị Thu Hà
                """);
        assertThat(l.signer()).isEqualTo(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Thu Hà"));
        assertThat(l.distribution()).containsExactly("Như trên", "Lưu: VT");
    }

    @Test
    void pdfExtractedLetterWithDroppedHyphensAndInterleavedFooter() {
        Letter l = letter("""
                UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ Y TẾ Độc lập Tự do Hạnh phúc
                Số: 2087/QĐUBND
                Hậu Giang, ngày 12 tháng 7 năm 2021
                V/v tăng cường phòng chống dịch
                --- PAGE BREAK ---
                Kính gửi: Các bệnh viện tuyến tỉnh.

                """ + BODY + """
                C:\\Users\\vanthu\\Desktop\\CV 2087.doc
                Nơi nhận: KT. GIÁM ĐỐC
                - Như trên; PHÓ GIÁM ĐỐC
                - Lưu: VT, NV.
                (Đã ký)
                Trần Văn Hùng
                """);
        assertThat(l.issuers()).containsExactly("UBND TỈNH HẬU GIANG", "SỞ Y TẾ");
        assertThat(l.number()).isEqualTo("2087/QĐUBND");
        assertThat(l.subject()).isEqualTo("tăng cường phòng chống dịch");
        assertThat(l.recipients()).containsExactly("Các bệnh viện tuyến tỉnh");
        assertThat(l.distribution()).containsExactly("Như trên", "Lưu: VT, NV");
        assertThat(l.signer()).isEqualTo(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Hùng"));
    }

    @Test
    void blankDayGivesTheMonthWithAWarning() {
        ExtractionContext ctx = new ExtractionContext(NORMALIZER.normalize("""
                HUYỆN ỦY LỤC NGẠN
                Số    -CV/HU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Lục Ngạn, ngày    tháng 6 năm 2021

                """ + BODY), DocType.OFFICIAL_LETTER, null);
        Letter l = EXTRACTOR.extract(ctx);
        assertThat(l.date()).isEqualTo("2021-06");
        assertThat(l.place()).isEqualTo("Lục Ngạn");
        assertThat(l.number()).isEqualTo("-CV/HU");
        assertThat(ctx.warnings()).anyMatch(w -> w.contains("blank day"));
    }

    @Test
    void dateLineCutBeforeItsYear() {
        Letter l = letter("""
                HUYỆN ỦY LỤC NGẠN
                Số 334-CV/HU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Lục Ngạn, ngày 20 tháng 6 năm
                2021

                """ + BODY);
        assertThat(l.place()).isEqualTo("Lục Ngạn");
        assertThat(l.date()).isEqualTo("2021-06-20");
    }

    @Test
    void partyIssuerFlattenedBesideThePlaceDate() {
        Letter l = letter("""
                HUYỆN ỦY LỤC NGẠN ĐẢNG CỘNG SẢN VIỆT NAM
                Số 334-CV/HU Lục Ngạn, ngày 20 tháng 6 năm 2021

                """ + BODY);
        assertThat(l.issuers()).containsExactly("HUYỆN ỦY LỤC NGẠN");
        assertThat(l.number()).isEqualTo("334-CV/HU");
        assertThat(l.place()).isEqualTo("Lục Ngạn");
        assertThat(l.date()).isEqualTo("2021-06-20");
    }

    @Test
    void modernTonePlacementIsRecognized() {
        Letter l = EXTRACTOR.extract(new ExtractionContext(Normalizer.create(TonePlacement.MODERN).normalize("""
                ĐẢNG BỘ TỈNH BẮC GIANG
                HUYỆN UỶ LỤC NGẠN
                Số 334-CV/HU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Lục Ngạn, ngày 20 tháng 6 năm 2021

                """ + BODY + """
                Nơi nhận:
                - Như trên,
                - Lưu Văn phòng Huyện uỷ.
                T/M BAN THƯỜNG VỤ
                PHÓ BÍ THƯ
                """), DocType.OFFICIAL_LETTER, null));
        assertThat(l.issuers()).containsExactly("ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN UỶ LỤC NGẠN");
        assertThat(l.distribution()).containsExactly("Như trên", "Lưu Văn phòng Huyện uỷ");
        assertThat(l.signer()).isEqualTo(new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", null));
    }

    @Test
    void subjectEndingWithACitedDateKeepsItAndTheDateLineGivesTheDate() {
        Letter l = letter("""
                ỦY BAN NHÂN DÂN
                TỈNH HẬU GIANG
                Số: 600/UBND-KT
                V/v triển khai Kế hoạch của UBND tỉnh Hậu Giang ngày 05/3/2020
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hậu Giang, ngày 10 tháng 3 năm 2020
                Kính gửi: Các sở, ban, ngành tỉnh.
                """ + BODY);
        assertThat(l.subject()).isEqualTo("triển khai Kế hoạch của UBND tỉnh Hậu Giang ngày 05/3/2020");
        assertThat(l.date()).isEqualTo("2020-03-10");
        assertThat(l.recipients()).containsExactly("Các sở, ban, ngành tỉnh");
    }

    @Test
    void subjectAndPlaceDateFlattenedOntoOneLine() {
        Letter l = letter("""
                SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 301/SYT-NV Độc lập - Tự do - Hạnh phúc
                V/v tăng cường phòng chống dịch Hậu Giang, ngày 05 tháng 3 năm 2020
                Kính gửi: - Các bệnh viện tuyến tỉnh; - Trung tâm Y tế các huyện.
                """ + BODY);
        assertThat(l.issuers()).containsExactly("SỞ Y TẾ");
        assertThat(l.number()).isEqualTo("301/SYT-NV");
        assertThat(l.subject()).isEqualTo("tăng cường phòng chống dịch");
        assertThat(l.place()).isEqualTo("Hậu Giang");
        assertThat(l.date()).isEqualTo("2020-03-05");
        assertThat(l.recipients()).containsExactly("Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các huyện");
    }

    @Test
    void pageTitleInCapitalsIsSkippedAndAnIssuerInMixedCaseIsKept() {
        Letter l = letter("""
                CÔNG VĂN SỐ 512/UBND-TH VỀ VIỆC TRIỂN KHAI CÔNG TÁC PHÒNG CHỐNG DỊCH

                05/03/2020 09:00

                Ủy ban nhân dân
                tỉnh Hậu Giang
                Số: 512/UBND-TH
                V/v triển khai công tác phòng chống dịch
                Cộng hòa xã hội chủ nghĩa Việt Nam
                Độc lập - Tự do - Hạnh phúc
                Hậu Giang, ngày 05 tháng 3 năm 2020

                Kính gửi: Ủy ban nhân dân các huyện.

                """ + BODY);
        assertThat(l.issuers()).containsExactly("Ủy ban nhân dân tỉnh Hậu Giang");
        assertThat(l.subject()).isEqualTo("triển khai công tác phòng chống dịch");
    }

    @Test
    void urgentTelegramWithRulesInsideTableCells() {
        Letter l = letter("""
                | ỦY BAN NHÂN DÂN TỈNH HẬU GIANG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
                |---|---|
                | Số: 18/CĐ-UBND | Hậu Giang, ngày 03 tháng 11 năm 2021 |

                HỎA TỐC

                CÔNG ĐIỆN
                Về việc tập trung ứng phó với bão số 9

                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:

                - Giám đốc các sở, ban, ngành tỉnh;
                - Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố.

                """ + BODY + """
                | **Nơi nhận:** - Như trên; - TT.TU, TT.HĐND tỉnh; - Lưu: VT. | **CHỦ TỊCH** **Đồng Văn Thanh** |
                """);
        assertThat(l.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG");
        assertThat(l.number()).isEqualTo("18/CĐ-UBND");
        assertThat(l.subject()).isEqualTo("tập trung ứng phó với bão số 9");
        assertThat(l.recipients()).containsExactly("Giám đốc các sở, ban, ngành tỉnh",
                "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố");
        assertThat(l.distribution()).containsExactly("Như trên", "TT.TU, TT.HĐND tỉnh", "Lưu: VT");
        assertThat(l.signer()).isEqualTo(new Signer(null, "CHỦ TỊCH", "Đồng Văn Thanh"));
    }

    @Test
    void footerCellsGluedTogetherByAConverter() {
        Letter l = letter("""
                ỦY BAN NHÂN DÂN
                TỈNH HẬU GIANG
                Số: 512/UBND-TH
                Hậu Giang, ngày 05 tháng 3 năm 2020

                """ + BODY + """
                | **Nơi nhận:**- Như trên;- TT TU, TT HĐND tỉnh;- Lưu: VT, TH. | **KT. CHỦ TỊCH****PHÓ CHỦ TỊCH****Nguyễn Văn Bình** |
                |---|---|
                """);
        assertThat(l.distribution()).containsExactly("Như trên", "TT TU, TT HĐND tỉnh", "Lưu: VT, TH");
        assertThat(l.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"));
    }

    @Test
    void headlineOpeningWithABodyNameIsNoHeader() {
        Letter l = letter("""
                Bộ trưởng Bộ Y tế làm việc với tỉnh Hậu Giang

                SỞ Y TẾ

                Chiều 12/7, Bộ trưởng Bộ Y tế đã có buổi làm việc với lãnh đạo tỉnh Hậu Giang về công tác phòng, chống dịch. Tham dự buổi làm việc có lãnh đạo các sở, ngành của tỉnh.
                """);
        assertThat(l).isNull();
    }

    @Test
    void newsItemGivesNoLetter() {
        String news = """
                Huyện ủy Lục Ngạn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm

                Ngày 11/6, Ban Chấp hành Đảng bộ huyện Lục Ngạn tổ chức hội nghị lần thứ V. Đồng chí Nguyễn Việt Oanh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.

                Nơi nhận báo cáo là Ban Thường vụ Tỉnh ủy.
                """;
        assertThat(letter(news, DocType.NEWS_ITEM)).isNull();
        assertThat(letter(news, DocType.UNKNOWN)).isNull();
    }

    @Test
    void kinhGuiQuotedInProseGivesNoRecipients() {
        String page = """
                Học sinh viết thư gửi các y, bác sĩ tuyến đầu chống dịch

                Trong lá thư, em Nguyễn Thu Trang viết: "Kính gửi: các cô chú bác sĩ đang ngày đêm chống dịch, cháu mong các cô chú luôn mạnh khỏe để chiến thắng dịch bệnh". Bức thư đã khiến nhiều người xúc động.

                Nhà trường sẽ tiếp tục phát động phong trào viết thư trong toàn thể học sinh từ nay đến hết năm học.
                """;
        assertThat(letter(page, DocType.NEWS_ITEM)).isNull();
        Letter asLetter = letter(page, DocType.OFFICIAL_LETTER);
        assertThat(asLetter == null ? java.util.List.of() : asLetter.recipients()).isEmpty();
        assertThat(asLetter).isNull();
    }
}
