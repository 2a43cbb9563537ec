package vn.ocop.portal.producer.boundary;

import java.io.Serializable;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.producer.entity.ProducerType;

/**
 * What the office may correct of a producer (name, type, contact), with the version it was read at: the edit form,
 * and the body of {@code PUT /api/v1/admin/producers/{id}}. The province is shown, not edited.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "version", "name", "type", "province", "phone", "email", "address", "website"})
public class ProducerFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotNull(message = "{ocop.required}")
    private Integer version;

    @NotBlank(message = "{ocop.required}")
    @Size(max = Producer.NAME_LENGTH, message = "{ocop.tooLong}")
    private String name;

    @NotNull(message = "{ocop.required}")
    private ProducerType type;

    private String province;

    @Size(max = Producer.PHONE_LENGTH, message = "{ocop.tooLong}")
    private String phone;

    @Email(message = "{ocop.email}")
    @Size(max = Producer.EMAIL_LENGTH, message = "{ocop.tooLong}")
    private String email;

    @Size(max = Producer.ADDRESS_LENGTH, message = "{ocop.tooLong}")
    private String address;

    @Size(max = Producer.ADDRESS_LENGTH, message = "{ocop.tooLong}")
    private String website;

    public static ProducerFacts of(Producer producer) {
        ProducerFacts facts = new ProducerFacts();
        facts.id = producer.getId();
        facts.version = producer.getVersion();
        facts.name = producer.getName();
        facts.type = producer.getType();
        facts.province = producer.getProvince().getName();
        facts.phone = producer.getPhone();
        facts.email = producer.getEmail();
        facts.address = producer.getAddress();
        facts.website = producer.getWebsite();
        return facts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProducerType getType() {
        return type;
    }

    public void setType(ProducerType type) {
        this.type = type;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
