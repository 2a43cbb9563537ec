package vn.ocop.portal.producer.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.certification.boundary.Validity;
import vn.ocop.portal.producer.entity.Producer;

/**
 * {@code /producer/}: the signed-in producer's products and certificates, days to expiry and the re-evaluation
 * reminder (dossiers are due a month before the 36 months end).
 */
@Named
@RequestScoped
public class ProducerDashboardBacking {

    /** A re-evaluation dossier is due this many days before expiry (see the domain notes: one month before). */
    public static final int DOSSIER_DAYS_BEFORE = 30;

    @Inject
    OwnListings listings;

    @Inject
    Validity validity;

    private Producer producer;
    private List<OwnListing> products;

    public Producer getProducer() {
        if (producer == null) {
            producer = listings.producer();
        }
        return producer;
    }

    public List<OwnListing> getProducts() {
        if (products == null) {
            products = listings.mine();
        }
        return products;
    }

    /** Days from today to the certificate's expiry, negative once expired. */
    public long daysLeft(OwnListing listing) {
        return listing.getExpiresOn() == null ? 0 : ChronoUnit.DAYS.between(validity.today(), listing.getExpiresOn());
    }

    public LocalDate dossierDue(OwnListing listing) {
        return listing.getExpiresOn() == null ? null : listing.getExpiresOn().minusDays(DOSSIER_DAYS_BEFORE);
    }
}
