package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.IssuingLevel;

/**
 * A re-evaluation recorded by hand: the new certificate's number, stars and score, under an existing decision
 * ({@code decisionId}) or one given by number, date, level and authority (found if it exists, created if not). The
 * group label stays the current certificate's unless another is given.
 */
public class Reevaluation implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{ocop.required}")
    @Size(max = Certificate.NUMBER_LENGTH, message = "{ocop.tooLong}")
    private String number;

    private Long decisionId;

    @Size(max = EvaluationDecision.NUMBER_LENGTH, message = "{ocop.tooLong}")
    private String decisionNumber;

    private LocalDate decisionDate;

    private IssuingLevel issuingLevel;

    @Size(max = EvaluationDecision.AUTHORITY_LENGTH, message = "{ocop.tooLong}")
    private String issuingAuthority;

    @Size(max = EvaluationDecision.ROUND_LENGTH, message = "{ocop.tooLong}")
    private String round;

    @NotNull(message = "{ocop.required}")
    private Integer stars;

    private Integer score;

    @Size(max = Certificate.GROUP_LABEL_LENGTH, message = "{ocop.tooLong}")
    private String groupLabel;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(Long decisionId) {
        this.decisionId = decisionId;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public IssuingLevel getIssuingLevel() {
        return issuingLevel;
    }

    public void setIssuingLevel(IssuingLevel issuingLevel) {
        this.issuingLevel = issuingLevel;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public void setIssuingAuthority(String issuingAuthority) {
        this.issuingAuthority = issuingAuthority;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    public void setGroupLabel(String groupLabel) {
        this.groupLabel = groupLabel;
    }
}
