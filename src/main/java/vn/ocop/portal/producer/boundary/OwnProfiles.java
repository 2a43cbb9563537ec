package vn.ocop.portal.producer.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ValidatorFactory;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.platform.boundary.FormChecks;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * The signed-in producer's own profile, which is its public page {@code /producers/{id}}. The producer is always the
 * account's, never a parameter, so no other producer's profile can be read or changed here. Every change is
 * audit-logged and live at once.
 */
@Stateless
@RolesAllowed("PRODUCER")
public class OwnProfiles {

    static final String PHOTO_FOLDER = "producers";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    OwnListings listings;

    @Inject
    AuditLog audit;

    @Inject
    Images images;

    @Inject
    ValidatorFactory validation;

    public OwnProfile profile() {
        return OwnProfile.of(producer());
    }

    /**
     * Changes the story, address, map position, contact and links, from the version read. Checked here, not by
     * constraints on the parameter: a latitude and a longitude come together, within their ranges; links are https.
     */
    public OwnProfile update(OwnProfile changes) {
        if (changes == null) {
            throw new Refused("producerarea.profile.bodyRequired");
        }
        String wrong = FormChecks.check(validation, changes, Locale.ENGLISH).stream()
            .map(v -> v.getPropertyPath().iterator().next().getName() + ": " + v.getMessage()).sorted()
            .collect(Collectors.joining("; "));
        if (!wrong.isEmpty()) {
            throw new BusinessException(wrong);
        }
        if (notFinite(changes.getLatitude()) || notFinite(changes.getLongitude())) {
            throw new Refused("producerarea.profile.numberInvalid");
        }
        if ((changes.getLatitude() == null) != (changes.getLongitude() == null)) {
            throw new Refused("producerarea.profile.positionHalf");
        }
        Producer producer = producer();
        String what = "producer " + producer.getName();
        ChangedMeanwhile.unlessVersion(what, changes.getVersion(), producer.getVersion());
        String before = describe(producer);
        if (producer.present(changes.profile())) {
            ChangedMeanwhile.flush(em, what);
            changed(producer, "producer.profile.update", before);
        }
        return OwnProfile.of(producer);
    }

    /** Adds a photo (sniffed, size-limited, re-encoded without metadata by Images), at most eight. */
    public OwnProfile addPhoto(byte[] content) {
        Producer producer = producer();
        List<String> photos = new ArrayList<>(producer.getPhotos());
        if (photos.size() >= Producer.MAX_PHOTOS) {
            throw new Refused("producerarea.profile.photosTooMany", Producer.MAX_PHOTOS);
        }
        String before = describe(producer);
        photos.add(images.store(PHOTO_FOLDER, content).name());
        producer.showPhotos(photos);
        changed(producer, "producer.photo.add", before);
        return OwnProfile.of(producer);
    }

    public OwnProfile removePhoto(String name) {
        Producer producer = producer();
        List<String> photos = new ArrayList<>(producer.getPhotos());
        if (!photos.remove(name)) {
            throw new NotFound("No photo " + name);
        }
        String before = describe(producer);
        producer.showPhotos(photos);
        images.delete(name);
        changed(producer, "producer.photo.remove", before);
        return OwnProfile.of(producer);
    }

    private static boolean notFinite(Double degrees) {
        return degrees != null && !Double.isFinite(degrees);
    }

    private Producer producer() {
        return em.find(Producer.class, listings.producer().getId());
    }

    private void changed(Producer producer, String action, String before) {
        audit.record(session.getCallerPrincipal().getName(), action, "producer " + producer.getId(), before,
            describe(producer));
    }

    static String describe(Producer p) {
        return p.profile() + "; photos=" + p.getPhotos();
    }
}
