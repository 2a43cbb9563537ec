package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.IssuingLevel;

/** One line of the list of decisions. */
@JsonbNillable
@JsonbPropertyOrder({"id", "number", "date", "level", "authority", "round", "certificateCount"})
public class DecisionSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final LocalDate date;
    private final IssuingLevel level;
    private final String authority;
    private final String round;
    private final long certificateCount;

    public DecisionSummary(EvaluationDecision decision, long certificateCount) {
        this.id = decision.getId();
        this.number = decision.getNumber();
        this.date = decision.getDecisionDate();
        this.level = decision.getIssuingLevel();
        this.authority = decision.getIssuingAuthority();
        this.round = decision.getRound();
        this.certificateCount = certificateCount;
    }

    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public IssuingLevel getLevel() {
        return level;
    }

    public String getAuthority() {
        return authority;
    }

    public String getRound() {
        return round;
    }

    public long getCertificateCount() {
        return certificateCount;
    }
}
