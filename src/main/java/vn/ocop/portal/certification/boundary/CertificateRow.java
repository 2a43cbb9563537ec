package vn.ocop.portal.certification.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.producer.entity.ProducerType;

/**
 * One certificate of a decision. The product is an existing one ({@code productId}), or named under its producer, who
 * is an existing one ({@code producerId}) or named in a province; names already known are the same product or
 * producer, as in the provinces' lists, and new ones are created (a new producer needs its type).
 */
public class CertificateRow implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{ocop.required}")
    @Size(max = Certificate.NUMBER_LENGTH, message = "{ocop.tooLong}")
    private String number;

    private Long productId;

    @Size(max = Product.NAME_LENGTH, message = "{ocop.tooLong}")
    private String productName;

    private Long producerId;

    @Size(max = Producer.NAME_LENGTH, message = "{ocop.tooLong}")
    private String producerName;

    private ProducerType producerType;

    @Size(max = AdministrativeUnit.NAME_LENGTH, message = "{ocop.tooLong}")
    private String province;

    @NotNull(message = "{ocop.required}")
    private Integer stars;

    private Integer score;

    @NotBlank(message = "{ocop.required}")
    @Size(max = Certificate.GROUP_LABEL_LENGTH, message = "{ocop.tooLong}")
    private String groupLabel;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public Long getProducerId() {
        return producerId;
    }

    public void setProducerId(Long producerId) {
        this.producerId = producerId;
    }

    public String getProducerName() {
        return producerName;
    }

    public void setProducerName(String producerName) {
        this.producerName = producerName;
    }

    public ProducerType getProducerType() {
        return producerType;
    }

    public void setProducerType(ProducerType producerType) {
        this.producerType = producerType;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    public void setGroupLabel(String groupLabel) {
        this.groupLabel = groupLabel;
    }
}
