package vn.ocop.portal.account.boundary;

import jakarta.validation.constraints.Size;

import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.AccountRequest;

/** The office's decision on a request: the username to create on approval, or the reason of a rejection. */
public class AccountRequestDecision {

    @Size(max = Account.USERNAME_LENGTH, message = "{account.username.size}")
    private String username;
    @Size(max = AccountRequest.REASON_LENGTH, message = "{ocop.tooLong}")
    private String reason;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
