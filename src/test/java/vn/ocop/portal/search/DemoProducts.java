package vn.ocop.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.producer.entity.ProducerType;
import vn.ocop.portal.search.control.ProductIndex;
import vn.ocop.portal.search.control.SearchDocument;

/** The bundled sample list as search documents, and a few made-up products that the relevance cases need. */
final class DemoProducts {

    /** The day the integration tests use (OCOP_TODAY). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final String SAMPLE = "demo/ocop-certified-products.sample.csv";
    static final int SAMPLE_SIZE = 240;

    static final long MAT_ONG_NEAR_MISS = 1001;
    static final long KEO_BAC_HA_MAT_ONG = 1002;
    static final long CA_PHE_BUON_MA_THUOT = 1003;
    static final long CA_PHE_EA_KAO = 1004;
    static final long BANH_GAI_HOA_BINH = 1005;
    static final long TRA_HOA_BINH_MINH = 1006;
    static final long BANH_DAY_QUAN_GANH = 1007;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DemoProducts() {
    }

    /** The 240 sample products, ids 1 to 240 in file order, all active, valid 36 months from their decision. */
    static List<SearchDocument> sample() {
        List<SearchDocument> products = new ArrayList<>();
        long id = 1;
        for (CSVRecord row : readSample()) {
            LocalDate decided = LocalDate.parse(row.get("decision_date"), DATE);
            products.add(new SearchDocument(id++, row.get("product_name"), row.get("description"),
                row.get("producer_name"), ProducerType.fromNameOrCode(row.get("producer_type")).orElseThrow().getCode(),
                row.get("province"), blankToNull(row.get("district")), blankToNull(row.get("commune")),
                ProductGroup.fromLabelOrCode(row.get("product_group")).orElseThrow(), row.get("product_group"),
                row.get("certificate_number"), Integer.parseInt(row.get("stars")), CertificateState.ACTIVE,
                Certificate.expiresOn(decided), decided));
        }
        return products;
    }

    /**
     * A near miss on diacritics (mát, not mật), the same syllables apart, Buôn Ma Thuột (absent from the sample) in a
     * name and as a place only, Hòa Bình in a name next to a name with "hoa" and "Bình", and a name with HTML
     * characters.
     */
    static List<SearchDocument> extras() {
        return List.of(
            product(MAT_ONG_NEAR_MISS, "Mát ong Tây Bắc", "Hộ kinh doanh Lò Thị Hoa", "Sơn La", "Mộc Châu", "Đông Sang"),
            product(KEO_BAC_HA_MAT_ONG, "Kẹo bạc hà mật ong", "Công ty TNHH Kẹo Đồng Văn", "Hà Giang", "Đồng Văn", "Lũng Cú"),
            product(CA_PHE_BUON_MA_THUOT, "Cà phê bột Buôn Ma Thuột", "Hợp tác xã Cà phê Ea Tu", "Đắk Lắk", "Buôn Ma Thuột", "Ea Tu"),
            product(CA_PHE_EA_KAO, "Cà phê rang xay Ea Kao", "Hộ kinh doanh Y Bhin Niê", "Đắk Lắk", "Buôn Ma Thuột", "Ea Kao"),
            product(BANH_GAI_HOA_BINH, "Bánh gai Hòa Bình", "Hộ kinh doanh Nguyễn Thị Gấm", "Bắc Giang", "Lục Ngạn", "Quý Sơn"),
            product(TRA_HOA_BINH_MINH, "Trà hoa Bình Minh", "Tổ hợp tác Trà Duy Trinh", "Quảng Nam", "Duy Xuyên", "Duy Trinh"),
            product(BANH_DAY_QUAN_GANH, "Bánh dày & giò \"Quán Gánh\"", "Hộ kinh doanh Trần Văn Tư", "Hà Nội", "Thường Tín", "Nhị Khê"));
    }

    static List<SearchDocument> all() {
        List<SearchDocument> all = new ArrayList<>(sample());
        all.addAll(extras());
        return all;
    }

    /** A 3-star food product, active, decided in 2025, so valid on {@link #TODAY}. */
    static SearchDocument product(long id, String name, String producer, String province, String district, String commune) {
        return product(id, name, producer, province, district, commune, 3, CertificateState.ACTIVE,
            LocalDate.of(2025, 6, 1).plusMonths(Certificate.VALIDITY_MONTHS));
    }

    static SearchDocument product(long id, String name, String producer, String province, String district, String commune,
        int stars, CertificateState state, LocalDate expiresOn) {
        return new SearchDocument(id, name, name + " sản xuất tại " + commune + ", " + province + ".", producer,
            ProducerType.HOUSEHOLD.getCode(), province, district, commune, ProductGroup.FOOD, null, "TEST-" + id, stars,
            state, expiresOn, expiresOn.minusMonths(Certificate.VALIDITY_MONTHS));
    }

    /** A fresh in-memory index holding these products. */
    static ProductIndex indexOf(List<SearchDocument> products) {
        ProductIndex index = new ProductIndex(new ByteBuffersDirectory());
        index.rebuild(products.stream());
        return index;
    }

    private static List<CSVRecord> readSample() {
        try (InputStream in = DemoProducts.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (csv.startsWith("\uFEFF")) {
                csv = csv.substring(1);
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
