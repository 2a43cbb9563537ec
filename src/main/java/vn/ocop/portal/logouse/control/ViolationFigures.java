package vn.ocop.portal.logouse.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ocop.portal.logouse.entity.ViolationType;

/**
 * The dashboard's counts of violations: by type (every type, zero included), by province (as the query gives them)
 * and by month over the last months (every month, zero included), so that a table or a chart has no gaps.
 */
public final class ViolationFigures {

    /** One labelled count, for pages (EL reads getters, not records). */
    public static final class Count {
        private final String label;
        private final long count;

        public Count(String label, long count) {
            this.label = label;
            this.count = count;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }
    }

    private final Map<ViolationType, Long> byType;
    private final List<Count> byProvince;
    private final List<Count> byMonth;

    public ViolationFigures(Map<ViolationType, Long> byType, List<Count> byProvince, List<Count> byMonth) {
        this.byType = byType;
        this.byProvince = byProvince;
        this.byMonth = byMonth;
    }

    /** Every type with its count, in the enum's order. */
    public static Map<ViolationType, Long> byType(List<Object[]> grouped) {
        Map<ViolationType, Long> counts = new EnumMap<>(ViolationType.class);
        for (ViolationType type : ViolationType.values()) {
            counts.put(type, 0L);
        }
        for (Object[] row : grouped) {
            counts.put((ViolationType) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The {@code months} months up to and including {@code last}, oldest first, each with its violations found. */
    public static List<Count> byMonth(Collection<LocalDate> found, YearMonth last, int months) {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = months - 1; i >= 0; i--) {
            counts.put(last.minusMonths(i), 0L);
        }
        for (LocalDate day : found) {
            counts.computeIfPresent(YearMonth.from(day), (month, n) -> n + 1);
        }
        List<Count> result = new ArrayList<>(counts.size());
        counts.forEach((month, n) -> result.add(new Count(month.toString(), n)));
        return result;
    }

    public static List<Count> counts(List<Object[]> grouped) {
        List<Count> result = new ArrayList<>(grouped.size());
        for (Object[] row : grouped) {
            result.add(new Count(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        }
        return result;
    }

    public Map<ViolationType, Long> getByType() {
        return byType;
    }

    public List<Count> getByProvince() {
        return byProvince;
    }

    public List<Count> getByMonth() {
        return byMonth;
    }

    public long getTotal() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
