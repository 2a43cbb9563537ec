package vn.ocop.portal.logouse.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.certification.boundary.Certificates;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.SerialRange;
import vn.ocop.portal.logouse.entity.StampBatch;
import vn.ocop.portal.platform.entity.Refused;

/** The star stamps issued by the province: record a batch (no serial twice), list them, find a serial's batch. */
@Stateless
@RolesAllowed("ADMIN")
public class StampBatches {

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    AuditLog audit;

    public StampBatch record(@NotNull @Valid StampBatchForm form, String actor) {
        Certificate certificate = certificates.certificate(form.getCertificateNumber().strip())
            .orElseThrow(() -> new Refused("logouse.error.certificateUnknown", form.getCertificateNumber().strip()));
        SerialRange range = new SerialRange(form.getPrefix(), form.getFirstNumber(), form.getLastNumber());
        // Two batches recorded at the same moment must not both pass the overlap check: batches queue on one row lock.
        em.createNativeQuery("select seq_count from id_sequence where seq_name = 'stamp_batch' for update").getResultList();
        if (!em.createNamedQuery(StampBatch.FIND_BY_CODE, StampBatch.class).setParameter("code", form.getBatchCode().strip())
            .getResultList().isEmpty()) {
            throw new Refused("logouse.error.duplicateBatch", form.getBatchCode().strip());
        }
        List<StampBatch> overlapping = em.createNamedQuery(StampBatch.FIND_OVERLAPPING, StampBatch.class)
            .setParameter("prefix", range.prefix()).setParameter("first", range.first()).setParameter("last", range.last())
            .setMaxResults(1).getResultList();
        if (!overlapping.isEmpty()) {
            StampBatch other = overlapping.get(0);
            throw new Refused("logouse.error.overlap", other.getBatchCode(), label(other.range()));
        }
        StampBatch batch = new StampBatch(form.getBatchCode(), range, form.getQuantity(), form.getIssuedOn(), certificate);
        em.persist(batch);
        em.flush();
        audit.record(actor, "logouse.stampBatch", "stamp batch " + batch.getBatchCode(), null, "certificate="
            + certificate.getNumber() + "; serials=" + label(range) + "; quantity=" + batch.getQuantity() + "; issuedOn="
            + batch.getIssuedOn());
        return batch;
    }

    public List<StampBatch> list(int first, int max) {
        return em.createNamedQuery(StampBatch.FIND_LISTED, StampBatch.class).setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    public long count() {
        return em.createNamedQuery(StampBatch.COUNT_ALL, Long.class).getSingleResult();
    }

    /** The batch a printed serial belongs to, if it was ever issued. */
    @PermitAll
    public Optional<StampBatch> ofSerial(SerialRange.Serial serial) {
        return em.createNamedQuery(StampBatch.FIND_BY_SERIAL, StampBatch.class).setParameter("prefix", serial.prefix())
            .setParameter("number", serial.number()).setMaxResults(1).getResultStream().findFirst();
    }

    public static String label(SerialRange range) {
        return range.prefix() + range.first() + "–" + range.prefix() + range.last();
    }
}
