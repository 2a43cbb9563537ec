package vn.ocop.portal.logouse.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.logouse.entity.StampBatch;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /admin/logo-use/stamps[?page=N]}: the stamp batches issued, newest first, and recording a new one. */
@Named
@ViewScoped
public class StampBatchesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    transient StampBatches batches;

    @Inject
    transient Clock clock;

    @Inject @Param(name = "page") String page;
    @Inject @Param(name = "certificate") String certificate;

    private int pageNumber;
    private final StampBatchForm form = new StampBatchForm();
    private transient List<StampBatch> rows;

    @PostConstruct
    void load() {
        pageNumber = (int) Math.min(10_000, Math.max(1, Pages.id(page).orElse(1)));
        form.setIssuedOn(LocalDate.now(clock));
        form.setCertificateNumber(certificate);
    }

    public void record() {
        try {
            StampBatch batch = batches.record(form, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("logouse.admin.batchRecorded"),
                batch.getBatchCode(), StampBatches.label(batch.range()));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/logo-use/stamps");
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public List<StampBatch> getRows() {
        if (rows == null) {
            rows = batches.list((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public String serials(StampBatch batch) {
        return StampBatches.label(batch.range());
    }

    public boolean isMore() {
        return (long) pageNumber * PAGE_SIZE < batches.count();
    }

    public int getPage() {
        return pageNumber;
    }

    public StampBatchForm getForm() {
        return form;
    }
}
