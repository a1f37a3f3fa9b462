package io.github.vietdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.model.Indicator;
import io.github.vietdoc.model.IndicatorKind;
import io.github.vietdoc.model.Qualifier;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.create(TonePlacement.CLASSIC);

    private static List<Indicator> extract(String raw) {
        SourceText doc = NORMALIZER.normalize(raw);
        List<Indicator> found = new IndicatorExtractor().extract(new ExtractionContext(doc, DocType.NEWS_ITEM, null));
        for (Indicator i : found) {
            assertThat(i.text()).as("span of %s", i).isEqualTo(raw.substring(i.start(), i.end()));
        }
        return found;
    }

    private static Map<String, String> attrs(String spec) {
        Map<String, String> m = new HashMap<>();
        if (spec != null) {
            for (String kv : spec.split(";")) {
                String[] p = kv.split("=", 2);
                m.put(p[0], p.length > 1 ? p[1] : "true");
            }
        }
        return m;
    }

    private static BigDecimal num(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static void assertSameNumber(BigDecimal got, String want, String what) {
        if (want == null) {
            assertThat(got).as(what).isNull();
        } else {
            assertThat(got).as(what).isNotNull();
            assertThat(got.compareTo(new BigDecimal(want))).as(what + " " + got + " vs " + want).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Toàn huyện thành lập 1.209 tổ xung kích phòng, chống dịch | 1209 | tổ | COUNT | -
            với 9.342 thành viên; | 9342 | thành viên | COUNT | -
            sản lượng ước đạt 120 nghìn tấn, trong đó | 120000 | tấn | MASS | est
            vải sớm sản lượng khoảng 30 nghìn tấn. | 30000 | tấn | MASS | q=APPROXIMATE
            tối đa của 2.820 lò sấy vải | 2820 | lò sấy | COUNT | -
            có tổng số 3.413 đối tượng xã hội bị ảnh hưởng | 3413 | đối tượng | COUNT | -
            với tổng kinh phí hơn 5,8 tỷ đồng. | 5800000000 | đồng | MONEY | q=MORE_THAN
            Tổng diện tích gieo trồng đạt 1.158 ha; | 1158 | ha | AREA | -
            trồng rừng đạt 1.858 ha, bằng 170% với cùng kỳ; | 1858 | ha | AREA | pct=170
            với 55 hộ hộ tham gia | 55 | hộ | COUNT | -
            ước đạt gần 15 tỉ đồng, bằng 172,1% so với cùng kỳ. | 15000000000 | đồng | MONEY | est;q=LESS_THAN;pct=172.1
            trong tháng ước đạt hơn 1,7 tỷ đồng, lũy kế | 1700000000 | đồng | MONEY | est;q=MORE_THAN
            ghi nhận 3 bệnh nhân COVID-19 | 3 | bệnh nhân | COUNT | -
            223/224 trường hợp F1 đã hoàn thành | 223 | trường hợp | COUNT | total=224
            ban hành 8 nghị quyết về | 8 | nghị quyết | COUNT | -
            ban hành 3 chương trình hành động | 3 | chương trình | COUNT | -
            hoàn thành vượt mức 4/16 chỉ tiêu Đại hội | 4 | chỉ tiêu | COUNT | total=16
            trưởng thôn là đảng viên thấp (mới đạt 49,7%). | 49.7 | % | PERCENT | -
            Độ che phủ rừng (từ 37 lên 41,3%); | 41.3 | % | PERCENT | from=37
            xã nông thôn mới (từ 8 lên 11 xã); | 11 | xã | COUNT | from=8
            kết nạp 7 đảng viên mới, đạt 70% kế hoạch năm | 7 | đảng viên | COUNT | pct=70
            đàn gia súc khoảng 85 nghìn con. | 85000 | con | COUNT | q=APPROXIMATE
            đạt 1,86 tỷ đồng, tăng 8,5% so với cùng kỳ. | 1860000000 | đồng | MONEY | chg=8.5
            tổng thu 1,86 tỷ đồng, giảm 2% so với cùng kỳ. | 1860000000 | đồng | MONEY | chg=-2
            ước đạt khoảng 95 nghìn lượt, tăng 12% so với cùng kỳ | 95000 | lượt | COUNT | est;q=APPROXIMATE;chg=12
            ước đạt 28,6 tỷ đồng, bằng 11,2% dự toán năm | 28600000000 | đồng | MONEY | est;pct=11.2
            Phấn đấu ít nhất 60% hồ sơ | 60 | % | PERCENT | q=AT_LEAST
            Trên 90% người dân hài lòng | 90 | % | PERCENT | q=MORE_THAN
            phát huy vai trò của 126 Tổ công nghệ số cộng đồng | 126 | tổ | COUNT | -
            kinh phí khoảng 850 triệu đồng từ ngân sách | 850000000 | đồng | MONEY | q=APPROXIMATE
            cho vùng trồng từ 10 ha trở lên được hỗ trợ | 10 | ha | AREA | q=AT_LEAST
            hỗ trợ tối đa 300 triệu đồng cho mỗi dự án | 300000000 | đồng | MONEY | q=AT_MOST
            Hỗ trợ một lần 20 triệu đồng/ha để trồng | 20000000 | đồng | MONEY | -
            tổng kinh phí dự kiến khoảng 126 tỷ đồng. | 126000000000 | đồng | MONEY | est;q=APPROXIMATE
            giải ngân 146,9 tỷ đồng, đạt 47% kế hoạch. | 146900000000 | đồng | MONEY | pct=47
            mức hỗ trợ hằng tháng 1.500.000 đồng/người và | 1500000 | đồng | MONEY | -
            thu ngân sách 615,472 tỷ đồng. | 615472000000 | đồng | MONEY | -
            tổng vốn 2.450.000 triệu đồng | 2450000000000 | đồng | MONEY | -
            diện tích 3.416,27 ha rừng | 3416.27 | ha | AREA | -
            khởi công 02 dự án trọng điểm | 2 | dự án | COUNT | -
            xảy ra 06 vụ cháy rừng | 6 | vụ | COUNT | -
            có hai bệnh nhân đang điều trị | 2 | bệnh nhân | COUNT | -
            có mười lăm hộ dân tham gia | 15 | hộ dân | COUNT | -
            kết nạp năm mươi tám đảng viên | 58 | đảng viên | COUNT | -
            trao một trăm suất quà | 100 | suất quà | COUNT | -
            nạo vét từ 10 đến 15 ha mặt nước | 15 | ha | AREA | from=10
            tỷ lệ tăng 10-15% mỗi năm | 15 | % | PERCENT | from=10
            độ bao phủ ≥ 90% dân số | 90 | % | PERCENT | q=AT_LEAST
            xuất khẩu 12,5 triệu USD | 12500000 | USD | MONEY | -
            làm mới 4,5 km đường | 4.5 | km | LENGTH | -
            bê tông hóa 1.200 m2 sân | 1200 | m2 | AREA | -
            xây bể chứa 500 m³ nước | 500 | m3 | VOLUME | -
            thu gom 300 lít dầu | 300 | lít | VOLUME | -
            thu mua 25 tạ thóc | 25 | tạ | MASS | -
            xuất 700 kg gạo | 700 | kg | MASS | -
            khoảng 200 héc-ta lúa | 200 | ha | AREA | q=APPROXIMATE
            gần như 100% hộ dân | 100 | % | PERCENT | q=APPROXIMATE
            chưa đến 5% hộ nghèo | 5 | % | PERCENT | q=LESS_THAN
            không quá 20 người | 20 | người | COUNT | q=AT_MOST
            dưới 3 tấn mỗi ha | 3 | tấn | MASS | q=LESS_THAN
            xe chở 5 tấn trở lên | 5 | tấn | MASS | q=AT_LEAST
            chạy gần 56 km/h trên đường | 56 | km/h | OTHER | q=LESS_THAN
            năng suất đạt 5,8 tấn/ha. | 5.8 | tấn/ha | OTHER | -
            khen thưởng 15 tập thể và | 15 | tập thể | COUNT | -
            tặng giấy khen cho 32 cá nhân | 32 | cá nhân | COUNT | -
            kết nối trực tuyến với 25 điểm cầu | 25 | điểm cầu | COUNT | -
            hội có 1.450 hội viên tham gia | 1450 | hội viên | COUNT | -
            xây mới 12 nhà đại đoàn kết cho hộ nghèo | 12 | nhà | COUNT | -
            giảm 120 hộ nghèo so với đầu năm | 120 | hộ | COUNT | -
            tiêm 2.300 liều vắc xin | 2300 | liều | COUNT | -
            thu hút hơn 5.000 lượt người tham quan | 5000 | lượt | COUNT | q=MORE_THAN
            phát hiện 25 vụ vi phạm | 25 | vụ | COUNT | -
            tiếp nhận 18 đơn thư khiếu nại | 18 | đơn thư | COUNT | -
            tổ chức 35 lớp tập huấn | 35 | lớp | COUNT | -
            trồng 5.000 cây xanh ven đường | 5000 | cây | COUNT | -
            phát huy vai trò của 126 Tổ công nghệ số cộng đồng | 126 | tổ | COUNT | -
            với 15/15 xã đạt chuẩn | 15 | xã | COUNT | total=15
            cả nước có 144.748 xe / 459.438 xe không truyền dữ liệu | 144748 | xe | COUNT | total=459438
            chỉ đáp ứng khoảng 25% đến 30% nhu cầu | 30 | % | PERCENT | q=APPROXIMATE;from=25
            tỷ lệ thương tích 40% -50% | 50 | % | PERCENT | from=40
            tàu chạy với tốc độ 60 km / giờ | 60 | km/h | OTHER | -
            khai thác 130.000 m3 / ngày đêm | 130000 | m3/ngày | OTHER | -
            giá xây dựng 7,3 triệu đồng / m2 sàn | 7300000 | đồng | MONEY | -
            lãi suất 7%/năm | 7 | % | PERCENT | -
            thu nhập bình quân 45 triệu đồng/người/năm | 45000000 | đồng | MONEY | -
            thu giữ 2Kg thuốc nổ | 2 | kg | MASS | -
            diện tích khoảng 200m2 nhà xưởng | 200 | m2 | AREA | q=APPROXIMATE
            lắp đặt 3 MW điện mặt trời | 3 | MW | OTHER | -
            mua 5 chỉ vàng | 5 | chỉ | MASS | -
            trị giá 50.000 đ mỗi suất | 50000 | đồng | MONEY | -
            khoảng 2 tỷ nhân dân tệ | 2000000000 | CNY | MONEY | q=APPROXIMATE
            cao 1.200 mét so với mực nước biển | 1200 | m | LENGTH | -
            nhiệt độ xuống dưới 10 độ C | 10 | °C | OTHER | q=LESS_THAN
            đạt 85 phần trăm kế hoạch | 85 | % | PERCENT | -
            Năm đối tượng bị bắt giữ | 5 | đối tượng | COUNT | -
            hai nhà nghiên cứu của viện | 2 | nhà nghiên cứu | COUNT | -
            xử lý 2015 đồng thời 12 hộ | 12 | hộ | COUNT | -
            bị phạt tiền từ 5 triệu đồng đến 50 triệu đồng | 50000000 | đồng | MONEY | from=5000000
            vốn tăng từ 5 tỷ đồng lên 7 tỷ đồng | 7000000000 | đồng | MONEY | from=5000000000
            mỗi vụ từ 10 ha đến 15 ha | 15 | ha | AREA | from=10
            tỷ lệ hộ nghèo giảm từ 4,2% xuống 3,1% | 3.1 | % | PERCENT | from=4.2
            thu ngân sách ước đạt 520 tỷ đồng, đạt 55% dự toán, tăng 8% so với cùng kỳ | 520000000000 | đồng | MONEY | est;pct=55;chg=8
            tỷ lệ hộ cận nghèo giảm từ 5,2% xuống còn 3,9% | 3.9 | % | PERCENT | from=5.2
            diện tích chè tăng từ 1.500 ha năm 2021 lên 2.100 ha | 2100 | ha | AREA | from=1500
            trang trại có quy mô từ 20 con bò, trâu trở lên | 20 | con | COUNT | q=AT_LEAST
            cuộc thi thu hút hơn một nghìn lượt người dự thi | 1000 | lượt | COUNT | q=MORE_THAN
            bão làm hư hỏng nhà cửa, ước tính thiệt hại khoảng 12 tỷ đồng | 12000000000 | đồng | MONEY | est;q=APPROXIMATE
            Dự kiến đến năm 2030, toàn huyện có 45 sản phẩm OCOP | 45 | sản phẩm | COUNT | est
            hồ tích được 300 triệu m3, đạt 80% dung tích thiết kế | 300000000 | m3 | VOLUME | pct=80
            mỗi chi bộ giới thiệu 3 quần chúng ưu tú | 3 | quần chúng | COUNT | -
            phí vệ sinh tăng từ 40.000 đồng/hộ/tháng lên 70.000 đồng / hộ / tháng | 70000 | đồng | MONEY | from=40000
            trừng phạt 7 nhà tài phiệt | 7 | nhà tài phiệt | COUNT | -
            giảm tỷ lệ thất thoát nước từ 42% còn 21% | 21 | % | PERCENT | from=42
            mỗi thôn dự trữ tối thiểu 200 áo phao | 200 | áo phao | COUNT | q=AT_LEAST
            bố trí không dưới 30 thành viên | 30 | thành viên | COUNT | q=AT_LEAST
            chi không vượt quá 2 tỷ đồng | 2000000000 | đồng | MONEY | q=AT_MOST
            tiêm phòng cho 1.965 con gia súc, đạt 90,1% tổng đàn | 1965 | con | COUNT | pct=90.1
            trồng mới 1.425,6 ha rừng tập trung, đạt 109,7% kế hoạch | 1425.6 | ha | AREA | pct=109.7
            giải quyết trực tuyến đạt 64,7%, tăng từ 38,2% năm 2023 | 64.7 | % | PERCENT | from=38.2
            cách bờ chưa đầy 200 km | 200 | km | LENGTH | q=LESS_THAN
            một thành phố trên 10 triệu dân | 10000000 | dân | COUNT | q=MORE_THAN
            cộng đồng 54 dân tộc anh em | 54 | dân tộc | COUNT | -
            thực hiện ký số 100% văn bản điện tử | 100 | % | PERCENT | -
            Ước thiệt hại ban đầu khoảng 215 tỷ đồng. | 215000000000 | đồng | MONEY | est;q=APPROXIMATE
            tỷ lệ hộ nghèo giảm từ 52,16% (năm 2021) xuống còn 38,45% | 38.45 | % | PERCENT | from=52.16
            có 6/17 chủ đầu tư giải ngân chậm | 6 | chủ đầu tư | COUNT | total=17
            ông cho biết: "năm nay toàn huyện đã trồng được 1.200 ha rừng mới, vượt kế hoạch" | 1200 | ha | AREA | -
            thu hút trên 2 nghìn tình nguyện viên | 2000 | tình nguyện viên | COUNT | q=MORE_THAN
            có hơn 3 nghìn lượt xe qua lại | 3000 | lượt | COUNT | q=MORE_THAN
            dự trữ hơn 1 nghìn bộ áo mưa | 1000 | bộ | COUNT | q=MORE_THAN
            cấp phát khoảng 2 nghìn áo phao | 2000 | áo phao | COUNT | q=APPROXIMATE
            """)
    void readsIndicator(String phrase, String value, String unit, String kind, String spec) {
        List<Indicator> found = extract(phrase);
        assertThat(found).as("indicators of %s", phrase).hasSize(1);
        Indicator i = found.get(0);
        Map<String, String> a = attrs(spec);
        assertSameNumber(i.value(), value, "value");
        assertThat(i.value().toPlainString()).doesNotContain("E");
        assertThat(i.unit()).isEqualTo(unit);
        assertThat(i.kind()).isEqualTo(IndicatorKind.valueOf(kind));
        assertThat(i.qualifier()).isEqualTo(a.containsKey("q") ? Qualifier.valueOf(a.get("q")) : null);
        assertThat(i.estimated()).isEqualTo(a.containsKey("est") ? Boolean.TRUE : null);
        assertSameNumber(i.total(), a.get("total"), "total");
        assertSameNumber(i.from(), a.get("from"), "from");
        if (a.containsKey("pct") || a.containsKey("chg")) {
            assertThat(i.relative()).isNotNull();
            assertSameNumber(i.relative().percent(), a.get("pct"), "percent");
            assertSameNumber(i.relative().changePercent(), a.get("chg"), "changePercent");
        } else {
            assertThat(i.relative()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 11/6, đồng chí Nguyễn Việt Oanh chủ trì
            kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm
            phát triển kinh tế - xã hội năm 2021
            nhiệm kỳ 2020-2025
            nhiệm kỳ 2020- 2025
            lũy kế 4 tháng ước đạt
            sau hơn hai năm triển khai
            báo cáo 5 tháng đầu năm 2021
            kỷ niệm 66 năm ngày chiến thắng Điện Biên Phủ
            130 năm ngày sinh của Chủ tịch Hồ Chí Minh
            Đại hội Đảng bộ huyện lần thứ V
            chuẩn bị Kỳ họp thứ 14 của HĐND huyện
            đại biểu Quốc hội khóa XV
            Nghị quyết số 245/2020/NQ-HĐND ngày 31/3/2020
            ngầm tràn trên tỉnh lộ 330; tiếp tục
            phòng, chống dịch Covid-19 trong tình hình mới
            bị ảnh hưởng do dịch Covid- 19 được hưởng
            các trường hợp F0 trong cộng đồng
            223 trường hợp F1 tiếp xúc
            thực hiện tốt 5K tại nơi công cộng
            Điện thoại: 0204 3882 123
            phương châm “3 trước, 4 tại chỗ”
            theo phương châm "4 tại chỗ" sẵn sàng
            bản đồ tỷ lệ 1/2000 khu dân cư
            1. Tổ chức quán triệt nghị quyết
            trực 24/24 giờ
            Hôm nay: 1911 Đã truy cập: 6556406
            Ngày 8-6, đồng chí Phạm Gia Túc làm việc
            quantri gửi vào T3, 2018-06-26 10:31
            thi tuyển sinh vào lớp 10 năm học 2021-2022
            Chỉ thị 16 của Thủ tướng Chính phủ
            Một người đàn ông đi xe máy
            giao cho một cơ quan chủ trì
            năm 2017 người dân xã bắt đầu trồng
            Năm 2021 doanh nghiệp phải nộp
            giai đoạn 2016-2020 dự án sẽ được giao
            dự kiến trong tháng 7/2019 vụ án được xét xử
            hằng năm tổ chức lễ hội
            đã có 15 năm lao động ở nước ngoài
            dấu mốc 3 năm cuộc đảo chính
            năm 2018 là năm bản lề của nhiệm kỳ
            tổ chức tốt Năm Đoàn kết hữu nghị
            chỉ học được đến năm lớp 9
            thỏa thuận năm 2015 đồng thời áp lệnh cấm
            vòng 2 con kiến
            cư trú tại quận 3 thành phố
            theo khoản 2 Điều 5 nghị định
            từ năm 2019 đến 2025 xe taxi phải thay mới
            họp dân tại tổ 5 khu phố 2 phường Tân Hòa
            Á hậu 1 cuộc thi Hoa hậu Biển
            sinh hoạt tại ấp 3 xã Tân Phú
            chỉ có vài ba người đến dự
            tổ chức thi công "3 ca, 4 kíp" đối với các hạng mục
            tổ chức thi công “3 ca, 4 kíp” đối với các hạng mục
            thực hiện tốt phương châm “4 tại chỗ, 5 hộ liền kề”
            hơn 30 trong số đó đã về nước
            khoảng 20 năm trước
            gần 2021 người
            quan hệ hợp tác giữa hai tỉnh ngày càng bền chặt
            lãnh đạo hai nước thống nhất
            cả hai đơn vị đều hoàn thành
            """)
    void ignoresNonIndicator(String phrase) {
        List<Indicator> found = extract(phrase);
        if (phrase.startsWith("223 trường hợp")) {
            assertThat(found).extracting(Indicator::value).containsExactly(new BigDecimal(223));
        } else {
            assertThat(found).as("indicators of %s", phrase).isEmpty();
        }
    }

    @Test
    void comparisonIsAttachedNotRepeated() {
        List<Indicator> found = extract("trồng rừng đạt 1.858 ha, bằng 170% với cùng kỳ; giá trị đạt 12 tỷ đồng");
        assertThat(found).extracting(Indicator::unit).containsExactly("ha", "đồng");
        assertThat(found.get(0).relative().baseline()).isEqualTo("cùng kỳ");
    }

    @Test
    void barePercentChangeKeepsItsSign() {
        List<Indicator> found = extract("Số vụ tai nạn giảm 2% so với cùng kỳ.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo("%");
        assertThat(found.get(0).relative().changePercent()).isEqualByComparingTo("-2");
    }

    @Test
    void anEstimateCoversOnlyTheValuesAfterIt() {
        List<Indicator> found = extract("Tỷ lệ che phủ rừng đạt 42%, dự kiến năm 2026 đạt 45%.");
        assertThat(found).extracting(Indicator::estimated).containsExactly(null, Boolean.TRUE);
        List<Indicator> next = extract("Dự kiến thu 5 tỷ đồng. Năm nay đã chi 3 tỷ đồng.");
        assertThat(next).extracting(Indicator::estimated).containsExactly(Boolean.TRUE, null);
    }

    @Test
    void treatiesAndDreamsAreNoEstimates() {
        // bare "ước" is no cue far from its number: hiệp ước, quy ước, ước mơ
        List<Indicator> found = extract("Theo hiệp ước và quy ước của làng, ước mơ có 12 cửa khẩu và 30 chợ");
        assertThat(found).hasSize(2).allSatisfy(i -> assertThat(i.estimated()).isNull());
    }

    @Test
    void multipleIsRead() {
        List<Indicator> found = extract("doanh thu tăng gấp 1,5 lần năm trước");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualByComparingTo("1.5");
        assertThat(found.get(0).unit()).isEqualTo("lần");
    }

    @Test
    void subjectIsReadWhenTheTextSaysIt() {
        List<Indicator> found = extract("Sản lượng vải thiều ước đạt 120 nghìn tấn.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subject()).isEqualTo("sản lượng vải thiều");
        List<Indicator> tax = extract("thu ngân sách nhà nước trên địa bàn trong tháng ước đạt hơn 1,7 tỷ đồng");
        assertThat(tax.get(0).subject()).isEqualTo("thu ngân sách nhà nước trên địa bàn");
    }

    @Test
    void sharedExtractorGivesTheSameResultsInParallel() {
        String raw = "sản lượng ước đạt 120 nghìn tấn, trong đó vải sớm sản lượng khoảng 30 nghìn tấn; "
                + "trồng rừng đạt 1.858 ha, bằng 170% với cùng kỳ; 2.820 lò sấy";
        IndicatorExtractor shared = new IndicatorExtractor();
        SourceText doc = NORMALIZER.normalize(raw);
        List<Indicator> once = shared.extract(new ExtractionContext(doc, DocType.NEWS_ITEM, null));
        assertThat(once).hasSize(4);
        java.util.stream.IntStream.range(0, 200).parallel().forEach(k ->
                assertThat(shared.extract(new ExtractionContext(NORMALIZER.normalize(raw), DocType.NEWS_ITEM, null)))
                        .isEqualTo(once));
    }

    @Test
    void valuesAreInOrderOfTheText() {
        List<Indicator> found = extract("867 tổ Covid cộng đồng với 3.626 thành viên");
        assertThat(found).extracting(Indicator::value).containsExactly(new BigDecimal(867), new BigDecimal(3626));
        assertThat(found.get(0).start()).isLessThan(found.get(1).start());
    }
}
