/**
 * The certification mark (OCOP logo): which certificate may carry it in which form of use (logo-use records), which
 * star stamps the province issued for it (stamp batches), and the automatic end of those rights when a certificate
 * expires, is revoked, suspended or superseded by fewer stars. Inspections, violations and public misuse reports
 * also live in this area. Out of scope: the certificates themselves (certification area).
 */
package vn.ocop.portal.logouse;
