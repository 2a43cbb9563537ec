package vn.ocop.portal.logouse.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.LogoUseStatus;
import vn.ocop.portal.logouse.entity.UseForm;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code /admin/logo-use/uses[?status=MUST_STOP&page=2]}: the logo-use records, newest first, filtered by state, and
 * the form that records a new one with its approved artwork.
 */
@Named
@ViewScoped
public class LogoUsesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    transient LogoUses uses;

    @Inject
    transient Clock clock;

    @Inject @Param(name = "status") String status;
    @Inject @Param(name = "page") String page;
    @Inject @Param(name = "certificate") String certificate;

    private LogoUseStatus shown;
    private int pageNumber;
    private final LogoUseForm form = new LogoUseForm();
    private transient Part artwork;
    private transient List<LogoUse> rows;

    @PostConstruct
    void load() {
        shown = status == null ? null : Arrays.stream(LogoUseStatus.values()).filter(s -> s.name().equals(status))
            .findFirst().orElse(null);
        pageNumber = (int) Math.min(10_000, Math.max(1, Pages.id(page).orElse(1)));
        form.setValidFrom(LocalDate.now(clock));
        form.setCertificateNumber(certificate);
    }

    public void record() {
        try {
            byte[] image = Uploads.chosen(artwork) ? Images.read(artwork) : null;
            LogoUse use = uses.record(form, image, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("logouse.admin.recorded"), use.getId());
            Faces.redirect(Faces.getRequestContextPath() + "/admin/logo-use/uses#use-" + use.getId());
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public List<LogoUse> getRows() {
        if (rows == null) {
            rows = uses.list(statuses(), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    private Set<LogoUseStatus> statuses() {
        return shown == null ? Set.of() : EnumSet.of(shown);
    }

    public long count(LogoUseStatus status) {
        return uses.count(status == null ? Set.of() : EnumSet.of(status));
    }

    public boolean isMore() {
        return (long) pageNumber * PAGE_SIZE < uses.count(statuses());
    }

    public String imageUrl(String name) {
        return Images.url(name);
    }

    public String thumbnailUrl(String name) {
        return Images.url(Images.thumbnailOf(name));
    }

    public LogoUseStatus getShown() {
        return shown;
    }

    public LogoUseStatus[] getStatuses() {
        return LogoUseStatus.values();
    }

    public UseForm[] getForms() {
        return UseForm.values();
    }

    public List<Integer> getStarLevels() {
        return List.of(3, 4, 5);
    }

    public int getPage() {
        return pageNumber;
    }

    public LogoUseForm getForm() {
        return form;
    }

    public Part getArtwork() {
        return artwork;
    }

    public void setArtwork(Part artwork) {
        this.artwork = artwork;
    }
}
