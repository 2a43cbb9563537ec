package vn.ocop.portal.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.Role;

/** Who the office invites: the JSON of {@code POST /api/v1/admin/accounts} and the invitation form alike. */
public class Invitation {

    @NotBlank(message = "{account.username.required}")
    @Size(max = Account.USERNAME_LENGTH, message = "{account.username.size}")
    @Pattern(regexp = Account.USERNAME_PATTERN, message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.email.required}")
    @Size(max = Account.EMAIL_LENGTH, message = "{account.email.size}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{account.email.invalid}")
    private String email;

    @NotNull(message = "{account.role.required}")
    private Role role;

    /** For a PRODUCER: the producer whose data the account is for. */
    private Long producerId;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getProducerId() {
        return producerId;
    }

    public void setProducerId(Long producerId) {
        this.producerId = producerId;
    }
}
