package vn.ocop.portal.search.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import vn.ocop.portal.catalogue.entity.ProductsChanged;

/**
 * The search change log (table {@code search_change}): written in the transaction of each change, read by every
 * instance's {@link IndexFollower}. Plain SQL, because rows are written and read in bulk and never as entities.
 */
@Stateless
public class SearchChanges {

    private static final int ROWS_PER_INSERT = 500;

    @PersistenceContext
    EntityManager em;

    /** One row per product, in the changing transaction: the row exists exactly when the change committed. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@Observes ProductsChanged change) {
        List<Long> ids = change.productIds().stream().sorted().toList();
        long now = System.currentTimeMillis(); // wall time, not the portal's clock, which tests may pin
        for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_INSERT));
            StringJoiner values = new StringJoiner(", ");
            chunk.forEach(id -> values.add("(?, ?)"));
            Query insert = em.createNativeQuery("INSERT INTO search_change (product_id, recorded_at) VALUES " + values);
            int parameter = 1;
            for (Long id : chunk) {
                insert.setParameter(parameter++, id);
                insert.setParameter(parameter++, now);
            }
            insert.executeUpdate();
        }
    }

    /**
     * Names this database: when its schema was first migrated. A database dropped and created again starts a new
     * change log, and an index built from the old one must not be followed from its old position.
     */
    public String databaseIdentity() {
        Object installed = em.createNativeQuery("SELECT installed_on FROM flyway_schema_history WHERE version = '1'")
            .getSingleResult();
        return String.valueOf(installed);
    }

    /** Rows after {@code id}, in id order, at most {@code max}. */
    public List<Change> after(long id, int max) {
        return changes(em.createNativeQuery("SELECT id, product_id FROM search_change WHERE id > ? ORDER BY id")
            .setParameter(1, id).setMaxResults(max));
    }

    /** Rows within the inclusive id ranges. */
    public List<Change> within(List<long[]> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        StringJoiner where = new StringJoiner(" OR ");
        ranges.forEach(range -> where.add("id BETWEEN ? AND ?"));
        Query select = em.createNativeQuery("SELECT id, product_id FROM search_change WHERE " + where + " ORDER BY id");
        int parameter = 1;
        for (long[] range : ranges) {
            select.setParameter(parameter++, range[0]);
            select.setParameter(parameter++, range[1]);
        }
        return changes(select);
    }

    /** The highest id recorded before the time: with every transaction shorter than the margin, all below it are in. */
    public long settledPosition(long recordedBefore) {
        Number max = (Number) em.createNativeQuery("SELECT MAX(id) FROM search_change WHERE recorded_at < ?")
            .setParameter(1, recordedBefore).getSingleResult();
        return max == null ? 0 : max.longValue();
    }

    /** The lowest id still in the log; 0 when it is empty. */
    public long oldest() {
        Number min = (Number) em.createNativeQuery("SELECT MIN(id) FROM search_change").getSingleResult();
        return min == null ? 0 : min.longValue();
    }

    /** Deletes rows recorded before the time, except the newest row, which keeps the log's numbering visible. */
    public int prune(long recordedBefore) {
        Number newest = (Number) em.createNativeQuery("SELECT MAX(id) FROM search_change").getSingleResult();
        if (newest == null) {
            return 0;
        }
        return em.createNativeQuery("DELETE FROM search_change WHERE recorded_at < ? AND id < ?")
            .setParameter(1, recordedBefore).setParameter(2, newest.longValue()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Change> changes(Query select) {
        List<Object[]> rows = select.getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            changes.add(new Change(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return changes;
    }

    /** A row of the log: this product's indexed content changed. */
    public record Change(long id, long productId) {
    }
}
