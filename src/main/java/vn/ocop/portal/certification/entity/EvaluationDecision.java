package vn.ocop.portal.certification.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.catalogue.control.VietnameseText;

/**
 * A recognising decision: one number and date, signed by one authority, listing many certificates. Numbers such as
 * "1608/QĐ-UBND" repeat across authorities and years, so a decision is known by number, date and authority together.
 */
@Entity
@Table(name = "evaluation_decision")
@NamedQuery(name = EvaluationDecision.FIND_BY_IDENTITY, query = "select d from EvaluationDecision d "
    + "where d.number = :number and d.decisionDate = :date and d.issuingAuthority = :authority")
public class EvaluationDecision {

    public static final String FIND_BY_IDENTITY = "EvaluationDecision.findByIdentity";
    public static final int NUMBER_LENGTH = 60;
    public static final int AUTHORITY_LENGTH = 255;
    public static final int ROUND_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "evaluation_decision")
    @TableGenerator(name = "evaluation_decision", table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "evaluation_decision", allocationSize = 50)
    private Long id;

    @Column(name = "decision_number", nullable = false, length = NUMBER_LENGTH)
    private String number;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_level", nullable = false, length = 16)
    private IssuingLevel issuingLevel;

    @Column(name = "issuing_authority", nullable = false, length = AUTHORITY_LENGTH)
    private String issuingAuthority;

    @Column(name = "evaluation_round", length = ROUND_LENGTH)
    private String round;

    @Version
    private int version;

    protected EvaluationDecision() {
    }

    public EvaluationDecision(String number, LocalDate decisionDate, IssuingLevel issuingLevel, String issuingAuthority) {
        this.number = VietnameseText.clean(number);
        this.decisionDate = decisionDate;
        this.issuingLevel = issuingLevel;
        this.issuingAuthority = VietnameseText.clean(issuingAuthority);
    }

    public EvaluationDecision(String number, LocalDate decisionDate, IssuingLevel issuingLevel, String issuingAuthority,
                              String round) {
        this(number, decisionDate, issuingLevel, issuingAuthority);
        this.round = round == null || round.isBlank() ? null : VietnameseText.clean(round);
    }

    public int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public IssuingLevel getIssuingLevel() {
        return issuingLevel;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public String getRound() {
        return round;
    }
}
