package vn.ocop.portal.certification.boundary;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateStatus;

/** One certificate's verdict today, as the API returns it. */
@JsonbNillable
@JsonbPropertyOrder({"certificateNumber", "status", "stars", "expiresOn", "decisionNumber", "decisionDate",
    "issuingLevel", "issuingAuthority", "product", "productUrl", "producer", "statusSince", "statusReason"})
public class CertificateView {

    private final Certificate certificate;
    private final CertificateStatus status;

    public CertificateView(Certificate certificate, CertificateStatus status) {
        this.certificate = certificate;
        this.status = status;
    }

    public String getCertificateNumber() {
        return certificate.getNumber();
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public int getStars() {
        return certificate.getStars().getValue();
    }

    public LocalDate getExpiresOn() {
        return certificate.getExpiresOn();
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

    public String getProduct() {
        return certificate.getProduct().getName();
    }

    public String getProductUrl() {
        return ProductView.urlOf(certificate.getProduct().getId());
    }

    public String getProducer() {
        return certificate.getProduct().getProducer().getName();
    }

    public LocalDate getStatusSince() {
        return certificate.getStateSince();
    }

    public String getStatusReason() {
        return certificate.getStateReason();
    }
}
