/**
 * Evaluation decisions and the certificates they grant: stars from scores, the 36-month validity, status on a given
 * day, supersession by re-evaluation, and the import of certified-product lists in the provinces' format. Logo use,
 * which depends on a valid certificate, is in logouse.
 */
package vn.ocop.portal.certification;
