package vn.ocop.portal.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far one instance has read the change log. Ids are allocated in insertion order but become visible in commit
 * order, so a transaction that started earlier may commit a lower id after higher ones were read. Ids skipped over
 * are kept as gaps and read again until they appear or are older than the longest transaction can be; then they
 * belonged to a rolled-back transaction. {@link #position()} is the id below which nothing can still appear: what an
 * index may record as done. Not thread-safe: one follower owns it.
 */
public final class ChangeLogCursor {

    /** Gap ranges read back per poll at most; closer ranges are merged beyond that (re-reading is harmless). */
    static final int MAX_GAPS = 64;

    private long highest;
    /** First id of each gap to its last id and when it was noticed. */
    private final TreeMap<Long, Gap> gaps = new TreeMap<>();

    private record Gap(long last, long noticedAt) {
    }

    /** Starts after {@code position}: everything up to it is applied. */
    public ChangeLogCursor(long position) {
        this.highest = position;
    }

    /** The highest id read: new rows are those above it. */
    public long highest() {
        return highest;
    }

    /** Inclusive id ranges skipped over and still awaited, oldest ids first. */
    public List<long[]> gaps() {
        List<long[]> ranges = new ArrayList<>(gaps.size());
        gaps.forEach((first, gap) -> ranges.add(new long[] {first, gap.last()}));
        return ranges;
    }

    /** Ids below this one are all applied, or will never exist. */
    public long position() {
        return gaps.isEmpty() ? highest : gaps.firstKey() - 1;
    }

    /** Notes rows read at {@code now}: new ones above {@link #highest()}, or late ones that fill a gap. */
    public void read(List<Long> ids, long now) {
        for (long id : ids) {
            if (id > highest) {
                if (id > highest + 1) {
                    gaps.put(highest + 1, new Gap(id - 1, now));
                }
                highest = id;
            } else {
                fill(id);
            }
        }
        while (gaps.size() > MAX_GAPS) {
            mergeClosest();
        }
    }

    /** Forgets gaps noticed before {@code noticedBefore}: no transaction still running can fill them. */
    public void expire(long noticedBefore) {
        gaps.values().removeIf(gap -> gap.noticedAt() < noticedBefore);
    }

    private void fill(long id) {
        Map.Entry<Long, Gap> entry = gaps.floorEntry(id);
        if (entry == null || entry.getValue().last() < id) {
            return; // read twice: already applied
        }
        long first = entry.getKey();
        Gap gap = entry.getValue();
        gaps.remove(first);
        if (first < id) {
            gaps.put(first, new Gap(id - 1, gap.noticedAt()));
        }
        if (id < gap.last()) {
            gaps.put(id + 1, new Gap(gap.last(), gap.noticedAt()));
        }
    }

    private void mergeClosest() {
        Long bestFirst = null;
        long bestDistance = Long.MAX_VALUE;
        Map.Entry<Long, Gap> previous = null;
        for (Map.Entry<Long, Gap> entry : gaps.entrySet()) {
            if (previous != null && entry.getKey() - previous.getValue().last() < bestDistance) {
                bestDistance = entry.getKey() - previous.getValue().last();
                bestFirst = previous.getKey();
            }
            previous = entry;
        }
        Gap left = gaps.get(bestFirst);
        Map.Entry<Long, Gap> right = gaps.higherEntry(bestFirst);
        gaps.remove(right.getKey());
        gaps.put(bestFirst, new Gap(right.getValue().last(), Math.min(left.noticedAt(), right.getValue().noticedAt())));
    }
}
