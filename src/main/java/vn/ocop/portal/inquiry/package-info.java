/**
 * Buyer inquiries, the supply–demand connection: a visitor asks a producer for a quote from a product page, the
 * producer (or, when no producer account is active, the commerce department) answers by e-mail from the portal and
 * keeps the thread. Decides who an inquiry is routed to, who may read a buyer's contact data, and when it is erased
 * (12 months after closing). Out of scope: producer accounts themselves (account) and the producer area's other pages.
 */
package vn.ocop.portal.inquiry;
