/**
 * News and announcements of the OCOP office and the commerce department: bilingual articles (Vietnamese required,
 * English optional) with a rich-text body, a publish moment and attachments, on the public news pages, the Atom feed
 * and the JSON API. It decides what markup a body may hold (the sanitiser's policy), which files may be attached
 * (types recognised by their content, 20 MB at most) and when an article becomes public (its publish moment by the
 * portal's clock). It does not decide what lists the office publishes: other areas build those files and hand them
 * to {@code Announcements.publishWithAttachment}.
 */
package vn.ocop.portal.news;
