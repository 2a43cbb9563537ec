package vn.ocop.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.producer.entity.ProducerType;
import vn.ocop.portal.search.control.SearchDocument;

/**
 * A certified-product list of any length, made from the bundled sample: each row takes a sample row's place, producer
 * type and authority, another sample row's product kind ("Mật ong bạc hà" of "Mật ong bạc hà Gia Lâm"), and a producer
 * name built the way the sample builds them. The seed is fixed, so every run gets the same rows; every row is a
 * distinct product (producer, province and name differ), so importing N rows makes N products.
 */
final class GeneratedCatalogue {

    private static final String SAMPLE = "demo/ocop-certified-products.sample.csv";
    private static final String[] HEADER = {"certificate_number", "product_name", "product_group", "stars", "score",
        "producer_name", "producer_type", "province", "district", "commune", "decision_number", "decision_date",
        "issuing_level", "issuing_authority", "price_vnd", "description"};

    /** Brand words that the sample lacks and issue 3's example queries ask for; a tenth of the names carry one. */
    private static final List<String> BRANDS = List.of("Phú Quốc", "Mường Đình");
    /** Person names as the sample's households write them: family, middle and given names. */
    private static final List<String> FAMILY_NAMES = List.of("Bùi", "Đặng", "Đỗ", "Hà", "Hoàng", "Lê", "Nguyễn", "Phạm",
        "Sầm", "Trần", "Vũ", "Lò");
    private static final List<String> MIDDLE_NAMES = List.of("Văn", "Thị", "Quang", "Minh");
    private static final List<String> GIVEN_NAMES = List.of("Sơn", "Dũng", "Hải", "Thu", "Lan", "Ngọc", "Hùng", "Hoa",
        "Tư", "Gấm", "Bình", "Mai");
    private static final List<String> TRADES = List.of("Nông sản", "Sản xuất", "Thương mại");
    private static final List<String> COOPERATIVE_TRADES = List.of("Nông nghiệp", "Dịch vụ nông nghiệp",
        "Sản xuất và Thương mại");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate FIRST_DECISION = LocalDate.of(2021, 1, 1);

    /** One row of the list; {@code id} is its position from 1, the product id of an in-process index. */
    record Row(long id, String certificateNumber, String productName, String groupLabel, int stars, int score,
        String producerName, String producerType, String province, String district, String commune,
        String decisionNumber, LocalDate decisionDate, String issuingLevel, String issuingAuthority, Integer priceVnd,
        String description) {

        ProductGroup group() {
            return ProductGroup.fromLabelOrCode(groupLabel).orElseThrow();
        }

        SearchDocument toSearchDocument() {
            return new SearchDocument(id, productName, description, producerName,
                ProducerType.fromNameOrCode(producerType).orElseThrow().getCode(), province, district, commune, group(),
                groupLabel, certificateNumber, stars, CertificateState.ACTIVE, Certificate.expiresOn(decisionDate),
                decisionDate);
        }

        private List<Object> csvValues() {
            return List.of(certificateNumber, productName, groupLabel, stars, score, producerName, producerType, province,
                district, commune, decisionNumber, DATE.format(decisionDate), issuingLevel, issuingAuthority,
                priceVnd == null ? "" : priceVnd, description);
        }
    }

    /** A product kind of the sample, with the group label its certificate gave it. */
    private record Kind(String name, String groupLabel) {
    }

    private final List<Row> rows;
    private final List<Kind> kinds;

    private GeneratedCatalogue(List<Row> rows, List<Kind> kinds) {
        this.rows = List.copyOf(rows);
        this.kinds = kinds;
    }

    static GeneratedCatalogue of(int size) {
        List<CSVRecord> sample = readSample();
        List<Kind> kinds = new ArrayList<>(new LinkedHashSet<>(sample.stream().map(GeneratedCatalogue::kindOf).toList()));
        Random random = new Random(42);
        Set<String> products = new HashSet<>();
        List<Row> rows = new ArrayList<>(size);
        while (rows.size() < size) {
            Row row = row(rows.size() + 1, sample.get(random.nextInt(sample.size())),
                kinds.get(random.nextInt(kinds.size())), random);
            if (products.add(row.province() + "\n" + row.producerName() + "\n" + row.productName())) {
                rows.add(row);
            }
        }
        return new GeneratedCatalogue(rows, List.copyOf(kinds));
    }

    List<Row> rows() {
        return rows;
    }

    int size() {
        return rows.size();
    }

    /** The product kinds, without places: "Mật ong bạc hà", "Chè Shan tuyết". */
    List<String> kinds() {
        return kinds.stream().map(Kind::name).distinct().toList();
    }

    Stream<SearchDocument> searchDocuments() {
        return rows.stream().map(Row::toSearchDocument);
    }

    /** The list as CSV files of at most {@code rowsPerFile} rows each, in the folder, in row order. */
    List<Path> writeCsv(Path folder, int rowsPerFile) {
        List<Path> files = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += rowsPerFile) {
            Path file = folder.resolve(String.format("list-%06d.csv", from + 1));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get().print(out)) {
                for (Row row : rows.subList(from, Math.min(rows.size(), from + rowsPerFile))) {
                    csv.printRecord(row.csvValues());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(file);
        }
        return files;
    }

    private static Row row(long id, CSVRecord template, Kind kind, Random random) {
        String province = template.get("province");
        String district = template.get("district");
        String commune = template.get("commune");
        int roll = random.nextInt(10);
        String place = roll == 0 ? BRANDS.get(random.nextInt(BRANDS.size())) : roll < 6 ? commune : district;
        int stars = 3 + (random.nextInt(100) < 76 ? 0 : random.nextInt(100) < 90 ? 1 : 2);
        int score = switch (stars) {
            case 3 -> 50 + random.nextInt(20);
            case 4 -> 70 + random.nextInt(20);
            default -> 90 + random.nextInt(11);
        };
        LocalDate decided = FIRST_DECISION.plusDays(random.nextInt(5 * 365));
        String type = template.get("producer_type");
        String decisionNumber = (100 + random.nextInt(3900)) + template.get("decision_number")
            .substring(template.get("decision_number").indexOf('/'));
        // The sample's numbers start with the province's code: OCOP-BENT-2020-0001.
        String certificate = String.format("OCOP-%s-%d-%06d", template.get("certificate_number").substring(5, 9),
            decided.getYear(), id);
        Integer price = random.nextInt(100) < 45 ? 50_000 + random.nextInt(110) * 5_000 : null;
        return new Row(id, certificate, kind.name() + " " + place, kind.groupLabel(), stars, score,
            producerName(type, kind, commune, random), type, province, district, commune, decisionNumber, decided,
            template.get("issuing_level"), template.get("issuing_authority"), price,
            kind.name() + " sản xuất tại " + commune + ", " + province + "; sản phẩm OCOP " + stars + " sao.");
    }

    /** The sample's four ways of naming a producer, with more names and numbers so that producers number thousands. */
    private static String producerName(String type, Kind kind, String commune, Random random) {
        return switch (ProducerType.fromNameOrCode(type).orElseThrow()) {
            case ENTERPRISE -> "Công ty TNHH " + pick(TRADES, random) + " " + commune + " " + (1 + random.nextInt(60));
            case COOPERATIVE -> "Hợp tác xã " + pick(COOPERATIVE_TRADES, random) + " " + commune + " " + (1 + random.nextInt(20));
            case COOPERATIVE_GROUP -> "Tổ hợp tác " + kind.name().split(" ")[0] + " " + commune + " " + (1 + random.nextInt(20));
            case HOUSEHOLD -> "Hộ kinh doanh " + pick(FAMILY_NAMES, random) + " " + pick(MIDDLE_NAMES, random) + " "
                + pick(GIVEN_NAMES, random);
        };
    }

    /** "Xoài cát Hòa Lộc Lục Ngạn" is the kind "Xoài cát Hòa Lộc" made in Lục Ngạn. */
    private static Kind kindOf(CSVRecord row) {
        String name = row.get("product_name");
        for (String place : List.of(row.get("commune"), row.get("district"), row.get("province"))) {
            if (!place.isBlank() && name.endsWith(" " + place)) {
                return new Kind(name.substring(0, name.length() - place.length() - 1), row.get("product_group"));
            }
        }
        return new Kind(name, row.get("product_group"));
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<CSVRecord> readSample() {
        try (InputStream in = GeneratedCatalogue.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
