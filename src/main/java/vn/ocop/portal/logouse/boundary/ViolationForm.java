package vn.ocop.portal.logouse.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.Violation;
import vn.ocop.portal.logouse.entity.ViolationType;

/** A violation an inspection found, as the inspector records it. */
public class ViolationForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{inspections.type.required}")
    private ViolationType type;

    @NotBlank(message = "{inspections.description.required}")
    @Size(max = Violation.DESCRIPTION_LENGTH)
    private String description;

    @Size(max = Certificate.NUMBER_LENGTH)
    private String certificateNumber;

    private Long logoUseId;

    @Size(max = Violation.SANCTION_LENGTH)
    private String sanction;

    @NotNull(message = "{inspections.foundOn.required}")
    private LocalDate foundOn;

    private LocalDate followUpOn;

    public ViolationType getType() {
        return type;
    }

    public void setType(ViolationType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public Long getLogoUseId() {
        return logoUseId;
    }

    public void setLogoUseId(Long logoUseId) {
        this.logoUseId = logoUseId;
    }

    public String getSanction() {
        return sanction;
    }

    public void setSanction(String sanction) {
        this.sanction = sanction;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public void setFoundOn(LocalDate foundOn) {
        this.foundOn = foundOn;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }
}
