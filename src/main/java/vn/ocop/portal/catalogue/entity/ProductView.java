package vn.ocop.portal.catalogue.entity;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.producer.entity.Producer;

/**
 * A product as lists and the API show it: its current certificate's facts and status flattened. A class with getters,
 * not a record, because pages read it through Jakarta EL 5, which cannot read records.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "url", "name", "stars", "group", "groupLabel", "province", "district", "commune", "producer",
    "certificateNumber", "decisionNumber", "decisionDate", "issuingLevel", "issuingAuthority", "expiresOn", "status"})
public class ProductView {

    private final Product product;
    private final Certificate certificate;
    private final CertificateStatus status;

    public ProductView(Product product, CertificateStatus status) {
        this.product = product;
        this.certificate = product.getCurrentCertificate();
        this.status = status;
    }

    public static String urlOf(long productId) {
        return "/product/" + productId;
    }

    public long getId() {
        return product.getId();
    }

    public String getUrl() {
        return urlOf(product.getId());
    }

    public String getName() {
        return product.getName();
    }

    public int getStars() {
        return certificate.getStars().getValue();
    }

    public String getGroup() {
        return product.getGroup().getCode();
    }

    public String getGroupLabel() {
        return certificate.getGroupLabel();
    }

    public String getProvince() {
        return product.getProvince().getName();
    }

    public String getDistrict() {
        return product.getDistrict() == null ? null : product.getDistrict().getName();
    }

    public String getCommune() {
        return product.getCommune() == null ? null : product.getCommune().getName();
    }

    public ProducerRef getProducer() {
        Producer producer = product.getProducer();
        return new ProducerRef(producer.getId(), producer.getName(), producer.getType().getCode());
    }

    public String getCertificateNumber() {
        return certificate.getNumber();
    }

    public String getDecisionNumber() {
        return decision().getNumber();
    }

    public LocalDate getDecisionDate() {
        return decision().getDecisionDate();
    }

    public String getIssuingLevel() {
        return decision().getIssuingLevel().name();
    }

    public String getIssuingAuthority() {
        return decision().getIssuingAuthority();
    }

    public LocalDate getExpiresOn() {
        return certificate.getExpiresOn();
    }

    public CertificateStatus getStatus() {
        return status;
    }

    private EvaluationDecision decision() {
        return certificate.getDecision();
    }

    /** The producer as a list item names it. */
    public static final class ProducerRef {
        private final long id;
        private final String name;
        private final String type;

        public ProducerRef(long id, String name, String type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getType() {
            return type;
        }
    }
}
