package vn.ocop.portal.certification.boundary;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.platform.entity.NotFound;

/**
 * What the OCOP office does to a certificate after its decision: suspend, reinstate, revoke. Each action is one
 * transaction with its audit entry and its search change, so the public sees it everywhere within seconds, and only
 * once it is committed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CertificateActions {

    @Inject
    Certificates certificates;

    @Inject
    AuditLog audit;

    @Inject
    Validity validity;

    @Inject
    Event<ProductsChanged> productsChanged;

    public CertificateView suspend(String number, LocalDate on, String reason, String actor) {
        return act(number, "certificate.suspend", actor, c -> c.suspend(on, reason));
    }

    public CertificateView reinstate(String number, LocalDate on, String actor) {
        return act(number, "certificate.reinstate", actor, c -> c.reinstate(on));
    }

    public CertificateView revoke(String number, LocalDate on, String reason, String actor) {
        return act(number, "certificate.revoke", actor, c -> c.revoke(on, reason));
    }

    private CertificateView act(String number, String action, String actor, Consumer<Certificate> change) {
        Certificate certificate = certificates.certificate(number)
            .orElseThrow(() -> new NotFound("No certificate numbered " + number));
        String before = describe(certificate);
        change.accept(certificate);
        audit.record(actor, action, "certificate " + certificate.getNumber(), before, describe(certificate));
        productsChanged.fire(new ProductsChanged(Set.of(certificate.getProduct().getId())));
        return new CertificateView(certificate, validity.statusOf(certificate));
    }

    private static String describe(Certificate certificate) {
        return "state=" + certificate.getState() + "; since=" + certificate.getStateSince() + "; reason="
            + certificate.getStateReason();
    }
}
