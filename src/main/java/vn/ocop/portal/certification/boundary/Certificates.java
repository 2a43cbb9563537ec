package vn.ocop.portal.certification.boundary;

import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.platform.entity.NotFound;

/** Certificates as the public looks them up: by the number printed on the package. */
@Stateless
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validity validity;

    public CertificateView byNumber(String number) {
        return find(number).orElseThrow(() -> new NotFound("No certificate numbered " + (number == null ? "" : number.strip())
            + "; this product may not be certified."));
    }

    /**
     * The certificate as printed, or typed by someone reading the package: spaces around it and the case of its
     * letters do not matter.
     */
    public Optional<CertificateView> find(String number) {
        return certificate(number).map(c -> new CertificateView(c, validity.statusOf(c)));
    }

    /** The certificate itself, looked up as {@link #find} does, for the office's actions in the caller's transaction. */
    public Optional<Certificate> certificate(String number) {
        String wanted = number == null ? "" : number.strip();
        if (wanted.isEmpty() || wanted.length() > Certificate.NUMBER_LENGTH) {
            return Optional.empty();
        }
        Optional<Certificate> found = em.createNamedQuery(Certificate.FIND_BY_NUMBER, Certificate.class)
            .setParameter("number", wanted).getResultStream().findFirst();
        if (found.isEmpty()) {
            found = em.createNamedQuery(Certificate.FIND_BY_NUMBER_IGNORING_CASE, Certificate.class)
                .setParameter("number", wanted.toUpperCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst();
        }
        return found;
    }
}
