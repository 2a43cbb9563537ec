package vn.ocop.portal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.search.control.ProductSearch;

/**
 * What visitors type, as a fixed mix drawn with a seed from a generated catalogue: the same searches for Lucene, the
 * API and SQL, and the same prefixes for type-ahead. Every search asks for all statuses, so that the three answer the
 * same question.
 */
final class QueryMix {

    /** The kinds of search in the mix, in equal numbers. */
    enum Shape {
        COMMON, WITH_DIACRITICS, NO_DIACRITICS, MIXED, TYPO, PREFIX, PRODUCER, PLACE, CERTIFICATE, FILTERED
    }

    /** One search: what was typed (possibly nothing), and at most one facet filter. */
    record BenchQuery(Shape shape, String text, Integer stars, ProductGroup group, String province) {

        ProductSearch toSearch(LocalDate today) {
            return ProductSearch.on(today).text(text).stars(stars).group(group).province(province)
                .status(StatusFilter.ANY).build();
        }

        String apiPath() {
            StringBuilder path = new StringBuilder("/api/v1/products?status=any&q=").append(encode(text));
            if (stars != null) {
                path.append("&stars=").append(stars);
            }
            if (group != null) {
                path.append("&group=").append(group.getCode());
            }
            if (province != null) {
                path.append("&province=").append(encode(province));
            }
            return path.toString();
        }
    }

    /** Searches people make often, typed without diacritics, as most people type them. */
    static final List<String> COMMON = List.of("mat ong", "ruou", "nuoc mam phu quoc", "che shan tuyet", "keo dua",
        "ca phe", "banh trang", "tra", "mien dong", "do go my nghe", "ruou do muong dinh", "lan rung", "dak lak");

    private final List<BenchQuery> queries;
    private final List<String> prefixes;

    private QueryMix(List<BenchQuery> queries, List<String> prefixes) {
        this.queries = queries;
        this.prefixes = prefixes;
    }

    static QueryMix of(GeneratedCatalogue catalogue, int count) {
        return of(catalogue, count, 7);
    }

    /** Another seed gives other queries of the same shapes: for warming up without pre-answering the measured ones. */
    static QueryMix of(GeneratedCatalogue catalogue, int count, long seed) {
        Draw draw = new Draw(catalogue, new Random(seed));
        Shape[] shapes = Shape.values();
        List<BenchQuery> queries = IntStream.range(0, count).mapToObj(i -> draw.query(shapes[i % shapes.length], i))
            .toList();
        List<String> prefixes = IntStream.range(0, count).mapToObj(i -> draw.prefix(i)).toList();
        return new QueryMix(queries, prefixes);
    }

    List<BenchQuery> queries() {
        return queries;
    }

    List<BenchQuery> queries(Shape shape) {
        return queries.stream().filter(q -> q.shape() == shape).toList();
    }

    /** Type-ahead input: the start of a product kind, a producer or a province, two letters or more. */
    List<String> prefixes() {
        return prefixes;
    }

    /** "15 × mat ong, ..." of the first few searches of each shape, to show what the mix is. */
    String examples(int perShape) {
        return queries.stream().collect(Collectors.groupingBy(BenchQuery::shape)).entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + ": " + e.getValue().stream().limit(perShape)
                .map(QueryMix::describe).collect(Collectors.joining(" | ")))
            .collect(Collectors.joining("\n      "));
    }

    static String describe(BenchQuery q) {
        StringBuilder text = new StringBuilder("\"").append(q.text()).append('"');
        if (q.stars() != null) {
            text.append(" stars=").append(q.stars());
        }
        if (q.group() != null) {
            text.append(" group=").append(q.group().getCode());
        }
        if (q.province() != null) {
            text.append(" province=").append(q.province());
        }
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Seeded draws from the catalogue. */
    private static final class Draw {
        private final GeneratedCatalogue catalogue;
        private final Random random;
        private final List<String> kinds;
        private final List<String> provinces;

        Draw(GeneratedCatalogue catalogue, Random random) {
            this.catalogue = catalogue;
            this.random = random;
            this.kinds = catalogue.kinds();
            this.provinces = catalogue.rows().stream().map(GeneratedCatalogue.Row::province).distinct().sorted().toList();
        }

        BenchQuery query(Shape shape, int i) {
            GeneratedCatalogue.Row row = row();
            return switch (shape) {
                case COMMON -> text(shape, COMMON.get(random.nextInt(COMMON.size())));
                case WITH_DIACRITICS -> text(shape, i % 2 == 0 ? kind() : row.productName());
                case NO_DIACRITICS -> text(shape, VietnameseText.fold(i % 2 == 0 ? kind() : row.productName()));
                case MIXED -> text(shape, halfFolded(row.productName()));
                case TYPO -> text(shape, typo(VietnameseText.fold(kind())));
                case PREFIX -> text(shape, cut(VietnameseText.fold(kind()), 3));
                case PRODUCER -> text(shape, i % 2 == 0 ? row.producerName() : VietnameseText.fold(row.producerName()));
                case PLACE -> text(shape, i % 2 == 0 ? row.province() : VietnameseText.fold(row.district()));
                case CERTIFICATE -> text(shape, i % 2 == 0 ? row.certificateNumber()
                    : row.certificateNumber().toLowerCase(Locale.ROOT));
                case FILTERED -> filtered(i / Shape.values().length, row);
            };
        }

        /** A kind with one facet, in turn stars, group and province; every fourth with no text at all. */
        private BenchQuery filtered(int n, GeneratedCatalogue.Row row) {
            String text = n % 4 == 3 ? "" : VietnameseText.fold(kind());
            return switch (n % 3) {
                case 0 -> new BenchQuery(Shape.FILTERED, text, 4 + random.nextInt(2), null, null);
                case 1 -> new BenchQuery(Shape.FILTERED, text, null, row.group(), null);
                default -> new BenchQuery(Shape.FILTERED, text, null, null, row.province());
            };
        }

        String prefix(int i) {
            GeneratedCatalogue.Row row = row();
            String whole = switch (i % 4) {
                case 0 -> VietnameseText.fold(kind());
                case 1 -> kind();
                case 2 -> VietnameseText.fold(row.producerName().replaceFirst("^(Hộ kinh doanh|Hợp tác xã|Tổ hợp tác) ", ""));
                default -> i % 8 == 3 ? row.province() : VietnameseText.fold(row.province());
            };
            return cut(whole, 2);
        }

        private BenchQuery text(Shape shape, String text) {
            return new BenchQuery(shape, text, null, null, null);
        }

        private GeneratedCatalogue.Row row() {
            return catalogue.rows().get(random.nextInt(catalogue.size()));
        }

        private String kind() {
            return kinds.get(random.nextInt(kinds.size()));
        }

        /** Every other word without its diacritics: "Mật ong bac hà Gia lam". */
        private String halfFolded(String name) {
            String[] words = name.split(" ");
            for (int w = random.nextInt(2); w < words.length; w += 2) {
                words[w] = VietnameseText.fold(words[w]);
            }
            return String.join(" ", words);
        }

        /** One slip in the longest word: a doubled letter ("mat ongg") or two neighbours swapped ("tuyte"). */
        private String typo(String text) {
            String[] words = text.split(" ");
            int at = IntStream.range(0, words.length).boxed()
                .max(Comparator.comparingInt(w -> words[w].length())).orElseThrow();
            String word = words[at];
            int i = 1 + random.nextInt(word.length() - 1);
            words[at] = random.nextBoolean() || word.length() < 3 ? word.substring(0, i) + word.charAt(i - 1) + word.substring(i)
                : word.substring(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.substring(i + 1);
            return String.join(" ", words);
        }

        /** The first {@code min} or more characters, never ending in a space. */
        private String cut(String text, int min) {
            int length = Math.min(text.length(), min + random.nextInt(Math.max(1, text.length() - min + 1)));
            return text.substring(0, length).strip();
        }
    }
}
