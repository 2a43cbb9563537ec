/**
 * OCOP sales points ("điểm giới thiệu và bán sản phẩm OCOP") of the commerce department: what each point is, where it
 * is, and which products it carries; the public directory, map, point pages and shelf posters with a QR code; and the
 * "where to buy" list of a product. It decides that only a product whose current certificate is in force may be
 * listed, and that a listed product whose certificate has since expired or been revoked is hidden from the public and
 * shown to the commerce department to take off the shelves (both by the portal's clock, when read). It does not
 * decide certificate validity (certification does) nor store pictures (platform Images does).
 */
package vn.ocop.portal.salespoint;
