package vn.ocop.portal.search.control;

import java.time.LocalDate;
import java.util.Objects;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.CertificateState;

/**
 * What the search index needs of one product and its current certificate. The certificate's state is here because
 * suspension and revocation are events; validity is not, because it follows from {@code expiresOn} and the day of
 * the search.
 *
 * @param producerType the producer type's code, as {@code ProducerType.getCode()} gives it
 * @param district nullable
 * @param commune nullable
 * @param groupLabel the group as the certificate writes it (2019 or 2023 criteria); the group's label if null
 */
public record SearchDocument(long productId, String name, String description, String producerName, String producerType,
    String province, String district, String commune, ProductGroup group, String groupLabel, String certificateNumber,
    int stars, CertificateState state, LocalDate expiresOn, LocalDate decisionDate) {

    public SearchDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(producerName, "producerName");
        Objects.requireNonNull(producerType, "producerType");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(decisionDate, "decisionDate");
        description = description == null ? "" : description;
        groupLabel = groupLabel == null || groupLabel.isBlank() ? group.getOfficialLabel() : groupLabel;
    }
}
