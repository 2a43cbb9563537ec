package vn.ocop.portal.certification.control;

import java.time.LocalDate;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.IssuingLevel;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.producer.entity.ProducerType;

/** One valid row of a certified-product list, cleaned and typed. {@code line} counts the header as line 1. */
public record ListRow(
    int line,
    String certificateNumber,
    String productName,
    String groupLabel,
    ProductGroup group,
    Stars stars,
    Integer score,
    String producerName,
    ProducerType producerType,
    String province,
    String district,
    String commune,
    String decisionNumber,
    LocalDate decisionDate,
    IssuingLevel issuingLevel,
    String issuingAuthority,
    Long priceVnd,
    String description) {
}
