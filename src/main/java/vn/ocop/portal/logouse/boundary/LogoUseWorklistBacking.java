package vn.ocop.portal.logouse.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.LogoUseStatus;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code /admin/logo-use/worklist}: the records whose right ended (must stop, must change stars), to inspect; each
 * plans an inspection of its producer or, once checked, is recorded as stopped.
 */
@Named
@ViewScoped
public class LogoUseWorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The worklist is short by nature; more than this means the office is far behind, and sees the oldest first. */
    static final int MAX_ROWS = 200;
    static final Set<LogoUseStatus> TO_INSPECT = EnumSet.of(LogoUseStatus.MUST_STOP, LogoUseStatus.MUST_CHANGE_STARS);

    @Inject
    transient LogoUses uses;

    private transient List<LogoUse> rows;

    public void stop(long id) {
        try {
            LogoUse use = uses.stop(id, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("logouse.admin.stopped"), use.getId());
            Faces.redirect(Faces.getRequestContextPath() + "/admin/logo-use/worklist");
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public List<LogoUse> getRows() {
        if (rows == null) {
            rows = uses.list(TO_INSPECT, 0, MAX_ROWS);
        }
        return rows;
    }

    public long getTotal() {
        return uses.count(TO_INSPECT);
    }
}
