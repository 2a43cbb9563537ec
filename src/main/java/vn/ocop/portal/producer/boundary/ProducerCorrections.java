package vn.ocop.portal.producer.boundary;

import java.util.HashSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.catalogue.boundary.ProductCorrections;
import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.ProductsChanged;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/** The office corrects a producer's name, type and contact; every product of the producer is searched anew. */
@Stateless
@RolesAllowed("ADMIN")
public class ProducerCorrections {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ProductsChanged> productsChanged;

    public ProducerFacts correct(long id, @NotNull @Valid ProducerFacts facts, String actor) {
        Producer producer = em.find(Producer.class, id);
        if (producer == null) {
            throw new NotFound("No producer with id " + id);
        }
        String what = "producer " + producer.getName();
        ChangedMeanwhile.unlessVersion(what, facts.getVersion(), producer.getVersion());
        String name = VietnameseText.clean(facts.getName());
        boolean taken = em.createNamedQuery(Producer.FIND_BY_NAME_AND_PROVINCE, Producer.class)
            .setParameter("name", name).setParameter("province", producer.getProvince()).getResultStream()
            .anyMatch(other -> !other.getId().equals(producer.getId()));
        if (taken) {
            throw new Refused("admin.producers.refused.nameTaken", name, producer.getProvince().getName());
        }
        String before = describe(producer);
        if (producer.correct(name, facts.getType(), ProductCorrections.blankToNull(facts.getPhone()),
            ProductCorrections.blankToNull(facts.getEmail()), ProductCorrections.blankToNull(facts.getAddress()),
            ProductCorrections.blankToNull(facts.getWebsite()))) {
            ChangedMeanwhile.flush(em, what);
            audit.record(actor, "producer.correct", "producer " + producer.getId(), before, describe(producer));
            productsChanged.fire(new ProductsChanged(new HashSet<>(em.createQuery(
                "select p.id from Product p where p.producer = :producer", Long.class)
                .setParameter("producer", producer).getResultList())));
        }
        return ProducerFacts.of(producer);
    }

    static String describe(Producer p) {
        return "name=" + p.getName() + "; type=" + p.getType() + "; phone=" + p.getPhone() + "; email=" + p.getEmail()
            + "; address=" + p.getAddress() + "; website=" + p.getWebsite();
    }
}
