package vn.ocop.portal.account.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.account.entity.AuditEntry;
import vn.ocop.portal.platform.boundary.Paging;

/** The audit log page: search by subject, actor and action, newest first, a page at a time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    transient AuditLog audit;

    private final AuditSearch search = new AuditSearch();
    private final Paging paging = new Paging(PAGE_SIZE);
    private transient List<AuditEntry> rows;

    public void find() {
        paging.restart();
        rows = null;
    }

    public void move(int pages) {
        paging.move(pages);
        rows = null;
    }

    public List<AuditEntry> getRows() {
        if (rows == null) {
            paging.setTotal(audit.count(search));
            rows = audit.search(search, paging.getFirst(), PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return paging.getTotal();
    }

    public AuditSearch getSearch() {
        return search;
    }

    public Paging getPaging() {
        return paging;
    }
}
