package vn.ocop.portal.certification.boundary;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.certification.entity.NoticeOutcome;

/** /admin/notifications: the expiry-notice log, newest first, filtered by outcome, in a lazy table. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpiryNotices notices;

    private NoticeOutcome outcome;
    private PagedList<NoticeLogEntry> rows;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        NoticeOutcome shown = outcome;
        ExpiryNotices boundary = notices;
        rows = new PagedList<>((first, size) -> boundary.newest(shown, first, size), () -> boundary.count(shown),
            entry -> Long.toString(entry.getId()));
    }

    public PagedList<NoticeLogEntry> getRows() {
        return rows;
    }

    public NoticeOutcome[] getOutcomes() {
        return NoticeOutcome.values();
    }

    public NoticeOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(NoticeOutcome outcome) {
        this.outcome = outcome;
    }
}
