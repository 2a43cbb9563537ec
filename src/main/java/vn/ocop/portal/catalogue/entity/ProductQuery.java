package vn.ocop.portal.catalogue.entity;

/**
 * What a visitor asks of the catalogue. Every field is optional but status, sort, page (from 0) and size.
 *
 * @param text       words of the product name, with or without diacritics
 * @param provinceId the province's id
 */
public record ProductQuery(String text, Integer stars, ProductGroup group, Long provinceId, StatusFilter status,
                           ProductSort sort, int page, int size) {
}
