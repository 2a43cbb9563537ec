package vn.ocop.portal.certification.boundary;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.certification.control.CertificateListRow;
import vn.ocop.portal.certification.control.ExpiryListQuery;
import vn.ocop.portal.platform.entity.BusinessException;

/** /admin/expiry: one of the three expiry lists in a lazy table, with its XLSX and CSV downloads. */
@Named
@ViewScoped
public class ExpiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateLists lists;

    @Inject
    ExpiryExports exports;

    private String list = ExpiryListQuery.Kind.EXPIRING.getPath();
    private Integer days;
    private Integer year;
    private ExpiryListQuery query;
    private PagedList<CertificateListRow> rows;

    @PostConstruct
    void init() {
        days = lists.expiringWindowDays();
        year = lists.today().getYear() - 1;
        show();
    }

    public void show() {
        try {
            query = exports.query(list, days == null ? null : days.toString(), year == null ? null : year.toString());
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        ExpiryListQuery shown = query;
        CertificateLists boundary = lists;
        rows = new PagedList<>((first, size) -> boundary.page(shown, first, size), () -> boundary.count(shown),
            CertificateListRow::getNumber);
    }

    /** The download address of the list shown, for a browser signed in to the admin pages. */
    public String exportUrl(String format) {
        String parameters = switch (query.kind()) {
            case EXPIRING -> "?days=" + query.days();
            case EXPIRED -> "";
            case EXPIRED_BY_YEAR -> "?year=" + query.year();
        };
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/expiry-export/"
            + query.kind().getPath() + "." + format + parameters;
    }

    /** The list shown (not the choice being edited), for "publish as announcement". */
    public ExpiryListQuery getQuery() {
        return query;
    }

    public String getTitle() {
        return exports.title(query);
    }

    public PagedList<CertificateListRow> getRows() {
        return rows;
    }

    public ExpiryListQuery.Kind[] getKinds() {
        return ExpiryListQuery.Kind.values();
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
