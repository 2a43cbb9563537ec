package vn.ocop.portal.account.boundary;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.account.entity.AccountRefused;
import vn.ocop.portal.account.entity.AccountRequest;
import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.platform.control.PublicAddress;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code /admin/account-requests} (ADMIN): the pending requests for producer accounts, each approved with a user name
 * (proposed from its e-mail address) or rejected with a reason. The service writes the audit log and the mails.
 */
@Named
@ViewScoped
public class AccountRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountRequests requests;

    private final Map<Long, String> usernames = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<AccountRequest> rows;

    public void approve(long id) {
        AccountRequestDecision decision = new AccountRequestDecision();
        decision.setUsername(usernames.get(id));
        if (act(() -> requests.approve(id, decision, PublicAddress.of(Faces.getRequest()), Faces.getRemoteUser()),
            "admin.accountRequests.message.approved", decision.getUsername())) {
            usernames.remove(id);
        }
    }

    public void reject(long id) {
        AccountRequestDecision decision = new AccountRequestDecision();
        decision.setReason(reasons.get(id));
        if (act(() -> requests.reject(id, decision, Faces.getRemoteUser()), "admin.accountRequests.message.rejected", id)) {
            reasons.remove(id);
        }
    }

    private boolean act(Runnable action, String doneKey, Object what) {
        try {
            action.run();
            Messages.addGlobalInfo(MessageFormat.format(Faces.getResourceBundle("text").getString(doneKey), what));
            rows = null;
            return true;
        } catch (Refused refused) {
            Messages.addGlobalError(refused.message(Faces.getLocale()));
        } catch (AccountRefused refused) {
            Messages.addGlobalError(refused.localized(Faces.getLocale()));
        } catch (BusinessException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        return false;
    }

    public List<AccountRequest> getRows() {
        if (rows == null) {
            rows = requests.pending();
            rows.forEach(r -> usernames.putIfAbsent(r.getId(), proposedUsername(r.getEmail())));
        }
        return rows;
    }

    /** The e-mail's local part as a user name: "Lan.Nguyen@htx.vn" gives "lan.nguyen". */
    static String proposedUsername(String email) {
        String local = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@')));
        String name = VietnameseText.fold(local).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-")
            .replaceAll("^[._-]+", "");
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    public Map<Long, String> getUsernames() {
        return usernames;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
