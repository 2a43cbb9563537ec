package vn.ocop.portal.certification.boundary;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.certification.entity.EvaluationDecision;

/** A decision with its certificates and their statuses today, for the decision's page and the API. */
@JsonbPropertyOrder({"id", "number", "date", "level", "authority", "round", "certificates"})
public class DecisionView extends DecisionSummary {

    private final List<CertificateView> certificates;

    public DecisionView(EvaluationDecision decision, List<CertificateView> certificates) {
        super(decision, certificates.size());
        this.certificates = List.copyOf(certificates);
    }

    public List<CertificateView> getCertificates() {
        return certificates;
    }
}
