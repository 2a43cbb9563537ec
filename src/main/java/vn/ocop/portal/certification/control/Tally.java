package vn.ocop.portal.certification.control;

/** One bar of a chart and one row of its table: what is counted, and how many. Getters, so that pages read it. */
public final class Tally<K> {

    private final K key;
    private final long count;

    public Tally(K key, long count) {
        this.key = key;
        this.count = count;
    }

    public K getKey() {
        return key;
    }

    public long getCount() {
        return count;
    }
}
