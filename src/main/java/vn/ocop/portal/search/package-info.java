/**
 * Product search: one Lucene index of products with their producers, places, groups and certificate numbers,
 * Vietnamese-aware (NFC, diacritic folding with đ as d, exact forms ranked first, synonyms kept as data), with
 * facets, typo tolerance, suggestions, and validity filtered by date at query time. {@code control/} is the Lucene
 * core, plain Java without a container; the index follows the database, never the other way round.
 */
package vn.ocop.portal.search;
