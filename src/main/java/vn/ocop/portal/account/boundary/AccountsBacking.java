package vn.ocop.portal.account.boundary;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.account.entity.AccountRefused;
import vn.ocop.portal.account.entity.Role;
import vn.ocop.portal.platform.boundary.Paging;
import vn.ocop.portal.platform.control.PublicAddress;
import vn.ocop.portal.platform.entity.BusinessException;

/** The office's accounts page: the invitation form, and the list a page at a time with each account's actions. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    transient Accounts accounts;

    private Invitation invitation = new Invitation();
    private final Paging paging = new Paging(PAGE_SIZE);
    private List<AccountView> rows;

    public void invite() {
        if (act(() -> accounts.invite(invitation, PublicAddress.of(Faces.getRequest()), Faces.getRemoteUser()),
            "admin.accounts.message.invited", invitation.getEmail())) {
            invitation = new Invitation();
        }
    }

    public void disable(String username) {
        act(() -> accounts.disable(username, Faces.getRemoteUser()), "admin.accounts.message.disabled", username);
    }

    public void enable(String username) {
        act(() -> accounts.enable(username, Faces.getRemoteUser()), "admin.accounts.message.enabled", username);
    }

    public void reset(String username) {
        act(() -> accounts.reset(username, PublicAddress.of(Faces.getRequest()), Faces.getRemoteUser()),
            "admin.accounts.message.reset", username);
    }

    private boolean act(Supplier<AccountView> action, String doneKey, String name) {
        try {
            AccountView done = action.get();
            Messages.addGlobalInfo(MessageFormat.format(Faces.getResourceBundle("text").getString(doneKey), name,
                done.getEmail()));
            rows = null;
            return true;
        } catch (AccountRefused refused) {
            Messages.addGlobalError(refused.localized(Faces.getLocale()));
        } catch (BusinessException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        return false;
    }

    public List<AccountView> getRows() {
        if (rows == null) {
            paging.setTotal(accounts.count());
            rows = accounts.page(paging.getFirst(), PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return paging.getTotal();
    }

    public Paging getPaging() {
        return paging;
    }

    public void move(int pages) {
        paging.move(pages);
        rows = null;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
