package vn.ocop.portal.account.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.AccountRequest;

/** The public form /account/request and the body of {@code POST /api/v1/account-requests}. */
public class AccountRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{producerarea.request.producer.required}")
    private Long producerId;
    @NotBlank(message = "{producerarea.request.registration.required}")
    @Size(max = AccountRequest.REGISTRATION_LENGTH, message = "{producerarea.request.registration.size}")
    private String registrationNumber;
    @NotBlank(message = "{producerarea.request.person.required}")
    @Size(max = AccountRequest.PERSON_LENGTH, message = "{producerarea.request.person.size}")
    private String contactPerson;
    @NotBlank(message = "{producerarea.request.phone.required}")
    @Pattern(regexp = "[0-9+ ().-]{6,40}", message = "{producerarea.phone}")
    private String phone;
    @NotBlank(message = "{account.email.required}")
    @Size(max = Account.EMAIL_LENGTH, message = "{account.email.size}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{account.email.invalid}")
    private String email;
    /** The honeypot: people leave it empty. */
    private String website;

    public Long getProducerId() { return producerId; }
    public void setProducerId(Long producerId) { this.producerId = producerId; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
