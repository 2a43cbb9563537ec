package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/registry/certificates?q=}: the office's (and the commerce department's, read-only) list of
 * certificates, found by number or product name, newest first, a page at a time.
 */
@Named
@ViewScoped
public class CertificateListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateRecords records;

    @Inject @Param(name = "q")
    String query;

    private final LazyDataModel<CertificateView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) records.count(query);
        }

        @Override
        public List<CertificateView> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return records.find(query, first, size);
        }

        @Override
        public String getRowKey(CertificateView certificate) {
            return certificate.getCertificateNumber();
        }
    };

    public LazyDataModel<CertificateView> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
