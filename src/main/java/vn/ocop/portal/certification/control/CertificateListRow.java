package vn.ocop.portal.certification.control;

import java.time.LocalDate;

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateStatus;

/**
 * One line of a published certificate list (expiring, expired, a decision's list): the facts the import format
 * carries, plus the expiry date and the status on the day the list was made. Getters, not a record, so that pages can
 * show it.
 */
public final class CertificateListRow implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String number;
    private final String productName;
    private final String groupLabel;
    private final int stars;
    private final Integer score;
    private final String producerName;
    private final String producerType;
    private final String producerEmail;
    private final String province;
    private final String district;
    private final String commune;
    private final String decisionNumber;
    private final LocalDate decisionDate;
    private final String issuingLevel;
    private final String issuingAuthority;
    private final LocalDate expiresOn;
    private final CertificateStatus status;

    @SuppressWarnings("java:S107") // one value per column of the list
    public CertificateListRow(String number, String productName, String groupLabel, int stars, Integer score,
                              String producerName, String producerType, String producerEmail, String province,
                              String district, String commune, String decisionNumber, LocalDate decisionDate,
                              String issuingLevel, String issuingAuthority, LocalDate expiresOn, CertificateStatus status) {
        this.number = number;
        this.productName = productName;
        this.groupLabel = groupLabel;
        this.stars = stars;
        this.score = score;
        this.producerName = producerName;
        this.producerType = producerType;
        this.producerEmail = producerEmail;
        this.province = province;
        this.district = district;
        this.commune = commune;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.issuingLevel = issuingLevel;
        this.issuingAuthority = issuingAuthority;
        this.expiresOn = expiresOn;
        this.status = status;
    }

    /** The row of a certificate whose product, producer, units and decision are loaded, with its status today. */
    public static CertificateListRow of(Certificate certificate, CertificateStatus status) {
        Product product = certificate.getProduct();
        return new CertificateListRow(certificate.getNumber(), product.getName(), certificate.getGroupLabel(),
            certificate.getStars().getValue(), certificate.getScore(), product.getProducer().getName(),
            product.getProducer().getType().getVietnameseName(), product.getProducer().getEmail(),
            name(product.getProvince()), name(product.getDistrict()), name(product.getCommune()),
            certificate.getDecision().getNumber(), certificate.getDecision().getDecisionDate(),
            certificate.getDecision().getIssuingLevel().getVietnameseName(), certificate.getDecision().getIssuingAuthority(),
            certificate.getExpiresOn(), status);
    }

    private static String name(AdministrativeUnit unit) {
        return unit == null ? null : unit.getName();
    }

    public String getNumber() {
        return number;
    }

    public String getProductName() {
        return productName;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    public int getStars() {
        return stars;
    }

    public Integer getScore() {
        return score;
    }

    public String getProducerName() {
        return producerName;
    }

    public String getProducerType() {
        return producerType;
    }

    /** For the office's eyes only: lists never export it. */
    public String getProducerEmail() {
        return producerEmail;
    }

    public String getProvince() {
        return province;
    }

    public String getDistrict() {
        return district;
    }

    public String getCommune() {
        return commune;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getIssuingLevel() {
        return issuingLevel;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public CertificateStatus getStatus() {
        return status;
    }
}
