package vn.ocop.portal.certification.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.IssuingLevel;
import vn.ocop.portal.producer.entity.ProducerType;

/** The fixed choices of the office's forms, for their select menus. */
@Named
@ApplicationScoped
public class CertificationChoices {

    public IssuingLevel[] getIssuingLevels() {
        return IssuingLevel.values();
    }

    public ProducerType[] getProducerTypes() {
        return ProducerType.values();
    }

    public ProductGroup[] getProductGroups() {
        return ProductGroup.values();
    }

    public List<Integer> getStars() {
        return List.of(3, 4, 5);
    }
}
