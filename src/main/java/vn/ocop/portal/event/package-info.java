/**
 * Trade fairs and events of the commerce department, and producers' booth applications. Decides: who may show which
 * products (own products with a certificate in force, by the portal's clock), deadlines, and that no more booths are
 * accepted than exist; publishes the public calendar, pages, iCalendar files and API. Out of scope: payments for
 * booths, floor plans, and ticketing.
 */
package vn.ocop.portal.event;
