/**
 * Evaluation decisions and the certificates they grant: stars from scores, the 36-month validity, status on a given
 * day, supersession by re-evaluation, the import of certified-product lists in the provinces' format, and the office's
 * administration by hand: decisions entered with their certificates, corrections carrying their version (a stale one
 * is refused, never written over), re-evaluations, suspension and revocation. Logo use,
 * which depends on a valid certificate, is in logouse.
 */
package vn.ocop.portal.certification;
