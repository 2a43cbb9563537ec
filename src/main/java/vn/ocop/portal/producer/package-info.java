/**
 * Producers ("chủ thể"): the enterprises, cooperatives, cooperative groups and households that hold certificates.
 * It decides who a producer is (the same name in the same province is the same producer) and what the public sees
 * of one: the facts as registered, which only the office corrects, and the profile the producer writes itself (story,
 * photos, address and map position, contact, links) in its own area, with its listings. Accounts of producers belong
 * to account; their products to catalogue.
 */
package vn.ocop.portal.producer;
