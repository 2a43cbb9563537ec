package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.IssuingLevel;

/**
 * A decision as the office types it from the signed paper, with its list of certificates: the form of
 * {@code /admin/decisions/new} and the body of {@code POST /api/v1/admin/decisions}.
 */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{ocop.required}")
    @Size(max = EvaluationDecision.NUMBER_LENGTH, message = "{ocop.tooLong}")
    private String number;

    @NotNull(message = "{ocop.required}")
    private LocalDate date;

    @NotNull(message = "{ocop.required}")
    private IssuingLevel level;

    @NotBlank(message = "{ocop.required}")
    @Size(max = EvaluationDecision.AUTHORITY_LENGTH, message = "{ocop.tooLong}")
    private String authority;

    @Size(max = EvaluationDecision.ROUND_LENGTH, message = "{ocop.tooLong}")
    private String round;

    @NotEmpty(message = "{admin.decisions.validation.noCertificate}")
    @Valid
    private List<CertificateRow> certificates = new ArrayList<>();

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public IssuingLevel getLevel() {
        return level;
    }

    public void setLevel(IssuingLevel level) {
        this.level = level;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }

    public List<CertificateRow> getCertificates() {
        return certificates;
    }

    public void setCertificates(List<CertificateRow> certificates) {
        this.certificates = certificates == null ? new ArrayList<>() : certificates;
    }
}
