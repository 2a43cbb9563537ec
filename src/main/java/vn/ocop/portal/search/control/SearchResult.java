package vn.ocop.portal.search.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ocop.portal.certification.entity.CertificateStatus;

/**
 * One page of a product search, with facet counts. Classes with getters rather than records, so that pages can read
 * them through Jakarta EL 5.
 */
public final class SearchResult {

    /** Facet dimensions, the keys of {@link #getFacets()}. */
    public static final String STARS = "stars";
    public static final String GROUP = "group";
    public static final String PROVINCE = "province";
    public static final String PRODUCER_TYPE = "producerType";
    /** Counts per status code (valid, expiring, expired, suspended, revoked); valid includes expiring. */
    public static final String STATUS = "status";

    private final long total;
    private final List<Hit> hits;
    private final Map<String, LinkedHashMap<String, Long>> facets;
    private final String didYouMean;
    private final boolean partialMatch;

    SearchResult(long total, List<Hit> hits, Map<String, LinkedHashMap<String, Long>> facets, String didYouMean,
        boolean partialMatch) {
        this.total = total;
        this.hits = List.copyOf(hits);
        this.facets = facets;
        this.didYouMean = didYouMean;
        this.partialMatch = partialMatch;
    }

    static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of(), null, false);
    }

    SearchResult withDidYouMean(String suggestion) {
        return new SearchResult(total, hits, facets, suggestion, partialMatch);
    }

    public long getTotal() {
        return total;
    }

    public List<Hit> getHits() {
        return hits;
    }

    /** Per dimension, value to count in display order; values of a selected dimension keep their counts. */
    public Map<String, LinkedHashMap<String, Long>> getFacets() {
        return facets;
    }

    public LinkedHashMap<String, Long> getFacet(String dimension) {
        return facets.getOrDefault(dimension, new LinkedHashMap<>());
    }

    /** A corrected query when this one found nothing as typed. */
    public Optional<String> getDidYouMean() {
        return Optional.ofNullable(didYouMean);
    }

    /** True when no product matched every word, and these hits match all words but one. */
    public boolean isPartialMatch() {
        return partialMatch;
    }

    /** A product in a result list, with what the list displays, read from the index. */
    public static final class Hit {
        private final long productId;
        private final float score;
        private final String name;
        private final String nameHtml;
        private final String snippetHtml;
        private final String producerName;
        private final String province;
        private final int stars;
        private final String certificateNumber;
        private final CertificateStatus status;

        Hit(long productId, float score, String name, String nameHtml, String snippetHtml, String producerName,
            String province, int stars, String certificateNumber, CertificateStatus status) {
            this.productId = productId;
            this.score = score;
            this.name = name;
            this.nameHtml = nameHtml;
            this.snippetHtml = snippetHtml;
            this.producerName = producerName;
            this.province = province;
            this.stars = stars;
            this.certificateNumber = certificateNumber;
            this.status = status;
        }

        public long getProductId() {
            return productId;
        }

        /** Relevance score, whatever the order of the list; the same for every hit when no text was typed. */
        public float getScore() {
            return score;
        }

        public String getName() {
            return name;
        }

        /** The name, HTML-escaped, with {@code <mark>} around the words that matched. */
        public String getNameHtml() {
            return nameHtml;
        }

        /**
         * A piece of the description around the first matched word, HTML-escaped, with {@code <mark>} around matched
         * words; the description's start when nothing in it matched.
         */
        public String getSnippetHtml() {
            return snippetHtml;
        }

        public String getProducerName() {
            return producerName;
        }

        public String getProvince() {
            return province;
        }

        public int getStars() {
            return stars;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        /** The certificate's status on the day of the search. */
        public CertificateStatus getStatus() {
            return status;
        }

        @Override
        public String toString() {
            return productId + " " + name + " (" + score + ")";
        }
    }
}
