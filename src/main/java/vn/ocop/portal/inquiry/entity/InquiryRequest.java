package vn.ocop.portal.inquiry.entity;

import java.io.Serializable;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a visitor fills in to ask a producer for a quote: the form's and the API's body. */
public class InquiryRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{inquiries.request.name.required}")
    @Size(max = Inquiry.NAME_LENGTH, message = "{inquiries.request.size}")
    private String name;

    @Size(max = Inquiry.ORGANISATION_LENGTH, message = "{inquiries.request.size}")
    private String organisation;

    @Size(max = Inquiry.PHONE_LENGTH, message = "{inquiries.request.size}")
    @Pattern(regexp = "[0-9 +().-]*", message = "{inquiries.request.phone.invalid}")
    private String phone;

    @Size(max = Inquiry.EMAIL_LENGTH, message = "{inquiries.request.size}")
    @Email(message = "{inquiries.request.email.invalid}")
    private String email;

    @NotNull(message = "{inquiries.request.quantity.required}")
    @Min(value = 1, message = "{inquiries.request.quantity.range}")
    @Max(value = 1_000_000_000L, message = "{inquiries.request.quantity.range}")
    private Long quantity;

    @NotBlank(message = "{inquiries.request.unit.required}")
    @Size(max = Inquiry.UNIT_LENGTH, message = "{inquiries.request.size}")
    private String unit;

    @NotBlank(message = "{inquiries.request.province.required}")
    @Size(max = Inquiry.PROVINCE_LENGTH, message = "{inquiries.request.size}")
    private String deliveryProvince;

    @NotBlank(message = "{inquiries.request.message.required}")
    @Size(max = Inquiry.MESSAGE_LENGTH, message = "{inquiries.request.size}")
    private String message;

    /** The spam trap: people never see it, robots fill it in. */
    @Size(max = 200)
    private String website;

    /** A buyer the producer cannot reach is no inquiry. */
    @AssertTrue(message = "{inquiries.request.contact.required}")
    @JsonbTransient
    public boolean isReachable() {
        return phone != null && !phone.isBlank() || email != null && !email.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDeliveryProvince() {
        return deliveryProvince;
    }

    public void setDeliveryProvince(String deliveryProvince) {
        this.deliveryProvince = deliveryProvince;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
