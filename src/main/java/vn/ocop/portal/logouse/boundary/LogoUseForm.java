package vn.ocop.portal.logouse.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.UseForm;

/** What the office records of one logo use: the page's form and the API's JSON body. */
public class LogoUseForm {

    @NotBlank
    @Size(max = Certificate.NUMBER_LENGTH)
    private String certificateNumber;

    @NotNull
    private UseForm form;

    @NotNull
    @Min(1)
    @Max(5)
    private Integer stars;

    @NotNull
    private LocalDate validFrom;

    @NotNull
    private LocalDate validUntil;

    @Size(max = LogoUse.NOTES_LENGTH)
    private String notes;

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public UseForm getForm() {
        return form;
    }

    public void setForm(UseForm form) {
        this.form = form;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
