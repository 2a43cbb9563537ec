package vn.ocop.portal.logouse.boundary;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.logouse.entity.MisuseReport;
import vn.ocop.portal.logouse.entity.ReportStatus;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /report-misuse[?product=…]}: a visitor reports a suspected misuse of the mark, with up to three photos. */
@Named
@ViewScoped
public class ReportMisuseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MisuseReports reports;

    @Inject @Param(name = "product") String product;

    private final MisuseReportForm form = new MisuseReportForm();
    private transient Part photo1;
    private transient Part photo2;
    private transient Part photo3;

    @PostConstruct
    void prefill() {
        if (product != null && product.length() <= MisuseReport.PRODUCT_LENGTH) {
            form.setProductOrBrand(product.strip());
        }
    }

    public void send() {
        try {
            MisuseReport report = reports.file(form, Uploads.of(photo1, photo2, photo3), Faces.getRemoteAddr());
            Faces.redirect(Faces.getRequestContextPath() + "/report-misuse?sent=" + report.getId());
        } catch (Refused refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public MisuseReportForm getForm() {
        return form;
    }

    public int getMaxPhotos() {
        return MisuseReport.MAX_PHOTOS;
    }

    public String getNewStatus() {
        return ReportStatus.NEW.name();
    }

    public Part getPhoto1() {
        return photo1;
    }

    public void setPhoto1(Part photo1) {
        this.photo1 = photo1;
    }

    public Part getPhoto2() {
        return photo2;
    }

    public void setPhoto2(Part photo2) {
        this.photo2 = photo2;
    }

    public Part getPhoto3() {
        return photo3;
    }

    public void setPhoto3(Part photo3) {
        this.photo3 = photo3;
    }
}
