package vn.ocop.portal.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

/**
 * The verification page, {@code /verify?number=…}: what a consumer reads standing in a shop, from the number on the
 * package or the QR code that encodes this address. Stateless: the number is the whole state.
 */
@Named
@RequestScoped
public class VerifyBacking {

    /** The verdict of a number the portal does not know. */
    public static final String UNKNOWN = "UNKNOWN";

    @Inject
    Certificates certificates;

    @Inject @Param(name = "number") String number;

    private CertificateView certificate;

    @PostConstruct
    void load() {
        certificate = certificates.find(number).orElse(null);
    }

    /** What was asked, as typed; empty before anything was. */
    public String getNumber() {
        return number == null ? "" : number.strip();
    }

    public boolean isAsked() {
        return !getNumber().isEmpty();
    }

    /** Null when the number is unknown. */
    public CertificateView getCertificate() {
        return certificate;
    }

    /** A certificate status name, or {@value #UNKNOWN}. */
    public String getVerdict() {
        return certificate == null ? UNKNOWN : certificate.getStatus().name();
    }
}
