/**
 * Producers ("chủ thể"): the enterprises, cooperatives, cooperative groups and households that hold certificates.
 * It decides who a producer is (the same name in the same province is the same producer) and what the public sees
 * of one. Accounts of producers belong to account; their products to catalogue.
 */
package vn.ocop.portal.producer;
