/**
 * The public catalogue: certified products, the six product groups and the administrative units (provinces,
 * districts, communes) that products are placed in. It decides what a visitor can list, filter and open. Certificates
 * and their validity belong to certification; full-text search to search.
 */
package vn.ocop.portal.catalogue;
