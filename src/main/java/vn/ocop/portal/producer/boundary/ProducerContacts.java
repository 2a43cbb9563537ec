package vn.ocop.portal.producer.boundary;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.producer.entity.Producer;

/** The office keeps producers' contact addresses, where expiry notices go. Each change is audited. */
@Stateless
@RolesAllowed("ADMIN")
public class ProducerContacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public Producer changeEmail(long producerId, String email, String actor) {
        Producer producer = Optional.ofNullable(em.find(Producer.class, producerId))
            .orElseThrow(() -> new NotFound("No producer with id " + producerId));
        String before = "email=" + producer.getEmail();
        producer.changeEmail(email);
        audit.record(actor, "producer.email", "producer " + producerId, before, "email=" + producer.getEmail());
        return producer;
    }
}
