package vn.ocop.portal.certification.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.IssuingLevel;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.producer.entity.ProducerType;

/**
 * Reads a certified-product list in the provinces' format (see the import format in README.md): CSV (UTF-8 with or
 * without a byte-order mark, RFC 4180 quoting) or the first sheet of an XLSX workbook, columns matched by header name. Each broken row is rejected with its line and
 * a reason; a file that is not such a list at all is refused whole. It touches no database.
 */
public class CertifiedProductListParser {

    static final String CERTIFICATE_NUMBER = "certificate_number";
    static final String PRODUCT_NAME = "product_name";
    static final String PRODUCT_GROUP = "product_group";
    static final String STARS = "stars";
    static final String SCORE = "score";
    static final String PRODUCER_NAME = "producer_name";
    static final String PRODUCER_TYPE = "producer_type";
    static final String PROVINCE = "province";
    static final String DISTRICT = "district";
    static final String COMMUNE = "commune";
    static final String DECISION_NUMBER = "decision_number";
    static final String DECISION_DATE = "decision_date";
    static final String ISSUING_LEVEL = "issuing_level";
    static final String ISSUING_AUTHORITY = "issuing_authority";
    static final String PRICE_VND = "price_vnd";
    static final String DESCRIPTION = "description";

    static final List<String> REQUIRED = List.of(CERTIFICATE_NUMBER, PRODUCT_NAME, PRODUCT_GROUP, STARS, PRODUCER_NAME,
        PRODUCER_TYPE, PROVINCE, DECISION_NUMBER, DECISION_DATE, ISSUING_LEVEL, ISSUING_AUTHORITY);
    static final List<String> OPTIONAL = List.of(SCORE, DISTRICT, COMMUNE, PRICE_VND, DESCRIPTION);

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
        .withResolverStyle(ResolverStyle.STRICT);

    private final LocalDate today;
    private final ResourceBundle messages;
    /** Lists repeat a handful of groups, types and levels over thousands of rows: each text is looked up once. */
    private final Map<String, Optional<ProductGroup>> groups = new HashMap<>();
    private final Map<String, Optional<ProducerType>> producerTypes = new HashMap<>();
    private final Map<String, Optional<IssuingLevel>> levels = new HashMap<>();

    public CertifiedProductListParser(LocalDate today, Locale locale) {
        this.today = today;
        this.messages = ResourceBundle.getBundle("vn.ocop.portal.certification.ImportMessages", locale);
    }

    /** Parses a CSV or XLSX list, told apart by its content; both give the same rows, rejections and warnings. */
    public ParsedList parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ListRefused(message("file.empty"));
        }
        List<SheetRow> sheet = ListReader.of(content, messages).rows(content).stream()
            .filter(row -> !row.isBlank()).toList();
        if (sheet.isEmpty()) {
            throw new ListRefused(message("file.empty"));
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> columns = headerColumns(sheet.get(0), warnings);

        List<ListRow> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        for (SheetRow record : sheet.subList(1, sheet.size())) {
            int line = record.line();
            try {
                ListRow row = toRow(line, new Fields(record, columns));
                Integer earlier = firstLineOfNumber.putIfAbsent(row.certificateNumber(), line);
                if (earlier != null) {
                    throw new RowProblem(message("row.duplicateNumber", row.certificateNumber(), earlier));
                }
                rows.add(row);
            } catch (RowProblem problem) {
                rejected.add(new RowRejection(line, problem.getMessage()));
            }
        }
        return new ParsedList(List.copyOf(rows), List.copyOf(rejected), List.copyOf(warnings));
    }

    private Map<String, Integer> headerColumns(SheetRow header, List<String> warnings) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new ListRefused(message("file.duplicateColumn", name));
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                warnings.add(message("file.unknownColumn", header.cell(i).strip()));
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (missing.size() == REQUIRED.size()) {
            throw new ListRefused(message("file.noHeader"));
        }
        if (!missing.isEmpty()) {
            throw new ListRefused(message("file.missingColumns", String.join(", ", missing)));
        }
        return columns;
    }

    private ListRow toRow(int line, Fields f) {
        String number = f.required(CERTIFICATE_NUMBER, Certificate.NUMBER_LENGTH);
        String productName = f.required(PRODUCT_NAME, Product.NAME_LENGTH);
        String groupLabel = f.required(PRODUCT_GROUP, Certificate.GROUP_LABEL_LENGTH);
        ProductGroup group = groups.computeIfAbsent(groupLabel, ProductGroup::fromLabelOrCode)
            .orElseThrow(() -> new RowProblem(message("row.unknownGroup", groupLabel)));
        Stars stars = stars(f.required(STARS, 3));
        Integer score = score(f.optional(SCORE, 3), stars);
        String producerName = f.required(PRODUCER_NAME, Producer.NAME_LENGTH);
        String typeText = f.required(PRODUCER_TYPE, 60);
        ProducerType producerType = producerTypes.computeIfAbsent(typeText, ProducerType::fromNameOrCode)
            .orElseThrow(() -> new RowProblem(message("row.unknownProducerType", typeText)));
        String province = f.required(PROVINCE, AdministrativeUnit.NAME_LENGTH);
        String district = f.optional(DISTRICT, AdministrativeUnit.NAME_LENGTH);
        String commune = f.optional(COMMUNE, AdministrativeUnit.NAME_LENGTH);
        String decisionNumber = f.required(DECISION_NUMBER, EvaluationDecision.NUMBER_LENGTH);
        LocalDate decisionDate = date(f.required(DECISION_DATE, 10));
        String levelText = f.required(ISSUING_LEVEL, 40);
        IssuingLevel level = levels.computeIfAbsent(levelText, IssuingLevel::fromNameOrCode)
            .orElseThrow(() -> new RowProblem(message("row.unknownLevel", levelText)));
        String authority = f.required(ISSUING_AUTHORITY, EvaluationDecision.AUTHORITY_LENGTH);
        Long price = price(f.optional(PRICE_VND, 15));
        String description = f.optional(DESCRIPTION, Product.DESCRIPTION_LENGTH);
        return new ListRow(line, number, productName, groupLabel, group, stars, score, producerName, producerType,
            province, district, commune, decisionNumber, decisionDate, level, authority, price, description);
    }

    private Stars stars(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= Stars.MIN_CERTIFIED && value <= 5) {
                return Stars.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below with the value as written
        }
        throw new RowProblem(message("row.badStars", text));
    }

    private Integer score(String text, Stars stars) {
        if (text == null) {
            return null;
        }
        int score;
        try {
            score = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RowProblem(message("row.badScore", text));
        }
        if (score < 0 || score > 100) {
            throw new RowProblem(message("row.badScore", text));
        }
        if (!Stars.fromScore(score).equals(stars)) {
            throw new RowProblem(message("row.scoreOutOfBand", score, stars.getValue()));
        }
        return score;
    }

    private LocalDate date(String text) {
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowProblem(message("row.badDate", text));
        }
        if (date.isAfter(today)) {
            throw new RowProblem(message("row.futureDate", text));
        }
        return date;
    }

    private Long price(String text) {
        if (text == null) {
            return null;
        }
        try {
            long price = Long.parseLong(text.replace(".", "").replace(",", "").replace(" ", ""));
            if (price >= 0) {
                return price;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RowProblem(message("row.badPrice", text));
    }

    private String message(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }

    /** A row breaks a rule; caught per row, never leaves the parser. */
    private static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowProblem(String reason) {
            super(reason, null, false, false);
        }
    }

    private final class Fields {
        private final SheetRow record;
        private final Map<String, Integer> columns;

        Fields(SheetRow record, Map<String, Integer> columns) {
            this.record = record;
            this.columns = columns;
        }

        String optional(String column, int maxLength) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = VietnameseText.clean(record.cell(index));
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > maxLength) {
                throw new RowProblem(message("row.tooLong", column, maxLength));
            }
            return value;
        }

        String required(String column, int maxLength) {
            return Optional.ofNullable(optional(column, maxLength))
                .orElseThrow(() -> new RowProblem(message("row.missing", column)));
        }
    }
}
