package vn.ocop.portal.logouse.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.SerialRange;
import vn.ocop.portal.logouse.entity.StampBatch;

/** One issue of stamps as the office types it: the page's form and the API's JSON body. */
public class StampBatchForm {

    @NotBlank
    @Size(max = StampBatch.CODE_LENGTH)
    private String batchCode;

    @NotBlank
    @Size(max = Certificate.NUMBER_LENGTH)
    private String certificateNumber;

    @Size(max = SerialRange.PREFIX_LENGTH)
    private String prefix;

    @NotNull
    @Min(0)
    @Max(999_999_999_999_999L)
    private Long firstNumber;

    @NotNull
    @Min(0)
    @Max(999_999_999_999_999L)
    private Long lastNumber;

    @NotNull
    @Min(1)
    private Long quantity;

    @NotNull
    private LocalDate issuedOn;

    public String getBatchCode() {
        return batchCode;
    }

    public void setBatchCode(String batchCode) {
        this.batchCode = batchCode;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Long getFirstNumber() {
        return firstNumber;
    }

    public void setFirstNumber(Long firstNumber) {
        this.firstNumber = firstNumber;
    }

    public Long getLastNumber() {
        return lastNumber;
    }

    public void setLastNumber(Long lastNumber) {
        this.lastNumber = lastNumber;
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }
}
