package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /admin/decisions}: the decisions, newest first, a page at a time, filtered by number, authority and year. */
@Named
@ViewScoped
public class DecisionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Decisions decisions;

    private String number;
    private String authority;
    private Integer year;

    private final LazyDataModel<DecisionSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) decisions.count(number, authority, year);
        }

        @Override
        public List<DecisionSummary> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return decisions.find(number, authority, year, first, size);
        }

        @Override
        public String getRowKey(DecisionSummary decision) {
            return Long.toString(decision.getId());
        }
    };

    public LazyDataModel<DecisionSummary> getModel() {
        return model;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
