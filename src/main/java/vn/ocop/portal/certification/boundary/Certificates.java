package vn.ocop.portal.certification.boundary;

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
        String wanted = number == null ? "" : number.strip();
        return em.createNamedQuery(Certificate.FIND_BY_NUMBER, Certificate.class).setParameter("number", wanted)
            .getResultStream().findFirst()
            .map(c -> new CertificateView(c, validity.statusOf(c)))
            .orElseThrow(() -> new NotFound("No certificate numbered " + wanted + "; this product may not be certified."));
    }
}
