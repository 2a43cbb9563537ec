package vn.ocop.portal.search.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.producer.entity.ProducerType;
import vn.ocop.portal.search.control.SearchDocument;

/**
 * Reads what the index needs of products straight from the database, as columns rather than entities: a rebuild reads
 * the whole catalogue, and no entity cache may answer for another instance's change. A listing the office has hidden
 * is not in the catalogue, so not in the index: hiding it removes its document, showing it again brings it back.
 */
@Stateless
public class ProductDocuments {

    private static final int IN_CHUNK = 500;
    private static final String SELECT = "select p.id, p.name, p.description, pr.name, pr.type, province.name, "
        + "district.name, commune.name, p.group, c.groupLabel, c.number, c.stars, c.state, c.expiresOn, d.decisionDate "
        + "from Product p join p.currentCertificate c join c.decision d join p.producer pr join p.province province "
        + "left join p.district district left join p.commune commune where p.hiddenReason is null ";

    @PersistenceContext
    EntityManager em;

    /** The products among these ids that have a current certificate and are not hidden; the others are not in the catalogue. */
    public List<SearchDocument> withIds(Collection<Long> productIds) {
        List<Long> ids = List.copyOf(productIds);
        List<SearchDocument> documents = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            documents.addAll(documents(em.createQuery(SELECT + "and p.id in :ids", Object[].class)
                .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)))));
        }
        return documents;
    }

    /** The next products in id order after {@code afterId}, for reading the whole catalogue a page at a time. */
    public List<SearchDocument> after(long afterId, int max) {
        return documents(em.createQuery(SELECT + "and p.id > :after order by p.id", Object[].class)
            .setParameter("after", afterId).setMaxResults(max));
    }

    public long count() {
        return em.createQuery("select count(p) from Product p where p.currentCertificate is not null "
            + "and p.hiddenReason is null", Long.class)
            .getSingleResult();
    }

    private static List<SearchDocument> documents(TypedQuery<Object[]> query) {
        return query.getResultStream().map(row -> new SearchDocument(
            (Long) row[0], (String) row[1], (String) row[2], (String) row[3], ((ProducerType) row[4]).getCode(),
            (String) row[5], (String) row[6], (String) row[7], (ProductGroup) row[8], (String) row[9], (String) row[10],
            ((Stars) row[11]).getValue(), (CertificateState) row[12], (LocalDate) row[13], (LocalDate) row[14])).toList();
    }
}
