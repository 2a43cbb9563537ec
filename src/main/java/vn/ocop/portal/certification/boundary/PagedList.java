package vn.ocop.portal.certification.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over a boundary's paged query: it asks for the count and for the page shown, nothing
 * more. The functions must be serializable (view-scoped pages keep the model in the view state).
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A function of a page's first row and size, kept in the view. */
    public interface Page<T> extends java.io.Serializable {
        List<T> load(int first, int size);
    }

    /** The total, kept in the view. */
    public interface Total extends java.io.Serializable {
        long count();
    }

    private final Page<T> page;
    private final Total total;
    private final SerializableKey<T> key;

    /** Row keys, kept in the view. */
    public interface SerializableKey<T> extends Function<T, String>, java.io.Serializable {
    }

    public PagedList(Page<T> page, Total total, SerializableKey<T> key) {
        this.page = page;
        this.total = total;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
