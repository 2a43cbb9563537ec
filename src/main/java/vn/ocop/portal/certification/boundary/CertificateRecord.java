package vn.ocop.portal.certification.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.catalogue.boundary.ProductFacts;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.producer.boundary.ProducerFacts;

/**
 * A certificate as the office sees it: its facts with their version, its decision, its product and producer (each
 * with its own version), and the product's history. The page and {@code GET /api/v1/admin/certificates/{number}}.
 */
@JsonbNillable
@JsonbPropertyOrder({"number", "version", "status", "current", "stars", "score", "groupLabel", "group", "expiresOn",
    "statusSince", "statusReason", "decisionId", "decisionNumber", "decisionDate", "issuingLevel", "issuingAuthority",
    "product", "producer", "history"})
public class CertificateRecord {

    private final Certificate certificate;
    private final CertificateStatus status;
    private final List<CertificateView> history;

    public CertificateRecord(Certificate certificate, CertificateStatus status, List<CertificateView> history) {
        this.certificate = certificate;
        this.status = status;
        this.history = List.copyOf(history);
    }

    public String getNumber() {
        return certificate.getNumber();
    }

    public int getVersion() {
        return certificate.getVersion();
    }

    public CertificateStatus getStatus() {
        return status;
    }

    /** Whether this is its product's current certificate, the one a re-evaluation replaces. */
    public boolean isCurrent() {
        return certificate.getProduct().getCurrentCertificate() == certificate;
    }

    public int getStars() {
        return certificate.getStars().getValue();
    }

    public Integer getScore() {
        return certificate.getScore();
    }

    public String getGroupLabel() {
        return certificate.getGroupLabel();
    }

    public String getGroup() {
        return certificate.getGroup().name();
    }

    public LocalDate getExpiresOn() {
        return certificate.getExpiresOn();
    }

    public LocalDate getStatusSince() {
        return certificate.getStateSince();
    }

    public String getStatusReason() {
        return certificate.getStateReason();
    }

    public long getDecisionId() {
        return certificate.getDecision().getId();
    }

    public String getDecisionNumber() {
        return certificate.getDecision().getNumber();
    }

    public LocalDate getDecisionDate() {
        return certificate.getDecision().getDecisionDate();
    }

    public String getIssuingLevel() {
        return certificate.getDecision().getIssuingLevel().name();
    }

    public String getIssuingAuthority() {
        return certificate.getDecision().getIssuingAuthority();
    }

    public ProductFacts getProduct() {
        return ProductFacts.of(certificate.getProduct());
    }

    public ProducerFacts getProducer() {
        return ProducerFacts.of(certificate.getProduct().getProducer());
    }

    /** The product's certificates, newest first, this one included. */
    public List<CertificateView> getHistory() {
        return history;
    }
}
