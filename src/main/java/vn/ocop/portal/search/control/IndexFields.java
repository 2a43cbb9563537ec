package vn.ocop.portal.search.control;

/** Field names of the product index, shared by the writer and the searcher. */
final class IndexFields {

    /** Term (stored) and numeric doc values, the tie-breaker of every sort. */
    static final String ID = "id";

    /** Stored for result lists and type-ahead, so that neither needs the database. */
    static final String NAME = "name";
    static final String PRODUCER = "producer";
    static final String PROVINCE = "province";
    static final String STARS = "stars";
    static final String CERTIFICATE = "certificate";
    /** Term and stored value (the state's name), and numeric doc values (its ordinal). */
    static final String STATE = "state";
    static final String EXPIRES_ON = "expires_on";
    /** For snippets. */
    static final String DESCRIPTION = "description";
    /** The group's code. */
    static final String GROUP = "group";

    static final String NAME_FOLDED = "name_folded";
    static final String NAME_EXACT = "name_exact";
    static final String PRODUCER_FOLDED = "producer_folded";
    static final String PRODUCER_EXACT = "producer_exact";
    /** Province, district and commune. */
    static final String PLACE_FOLDED = "place_folded";
    /** Province alone, for type-ahead. */
    static final String PROVINCE_FOLDED = "province_folded";
    static final String GROUP_FOLDED = "group_folded";
    static final String DESCRIPTION_FOLDED = "description_folded";
    /** Every beginning of every word (folded or exact), for words still being typed. */
    static final String NAME_PREFIX = "name_prefix";
    static final String NAME_EXACT_PREFIX = "name_exact_prefix";
    static final String PRODUCER_PREFIX = "producer_prefix";
    static final String PRODUCER_EXACT_PREFIX = "producer_exact_prefix";
    static final String PLACE_PREFIX = "place_prefix";

    /** Names and producers as written, as sorted doc values, for type-ahead. */
    static final String NAME_LABEL = "name_label";
    static final String PRODUCER_LABEL = "producer_label";

    /** Vietnamese collation key of the name. */
    static final String NAME_SORT = "name_sort";
    static final String DECISION_DATE = "decision_date";

    private IndexFields() {
    }
}
