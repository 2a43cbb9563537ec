package vn.ocop.portal;

import java.util.List;

/**
 * EVERY admin URL of the portal, pages and API, with who may use it: AdminAccessIT proves that each refuses anonymous
 * visitors, producers and (for the office's own) the commerce department. A slice that adds an admin page or endpoint
 * appends it here.
 */
public final class AdminUrls {

    /** STAFF: the OCOP office (ADMIN) and the commerce department (COMMERCE); OFFICE: ADMIN only. */
    public enum Admits { STAFF, OFFICE }

    /**
     * A page by its view, e.g. "admin/accounts": reached as /admin/accounts, /admin/accounts/ and /admin/accounts.xhtml,
     * each with the query (e.g. "?number=…") that a page about one thing needs to open.
     */
    public record Page(String view, Admits admits, String query, boolean missing) {
        public Page(String view, Admits admits) {
            this(view, admits, "", false);
        }

        public Page(String view, Admits admits, String query) {
            this(view, admits, query, false);
        }

        /**
         * A page about one thing that no row has (e.g. "?id=987654321"), for pages whose things tests cannot create
         * over HTTP: the role checks apply as to any page, and the office gets the not-found page.
         */
        public static Page ofMissing(String view, Admits admits, String query) {
            return new Page(view, admits, query, true);
        }

        public List<String> addresses() {
            return List.of(view + query, view + "/" + query, view + ".xhtml" + query);
        }

        /** The address people use. */
        public String address() {
            return view + query;
        }
    }

    /** An endpoint, with a content type that gets a POST as far as the role check. */
    public record Endpoint(String method, String path, String contentType, Admits admits) {
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String JSON = "application/json";
    private static final String NUMBER = "OCOP-ACCESS-IT-0000";
    /** A valid certificate of the demo data, which no test changes: pages about one certificate open with it. */
    private static final String DEMO_NUMBER = "?number=OCOP-HOAB-2024-0202";
    private static final String DEMO_CERTIFICATE = "?certificate=OCOP-HOAB-2024-0202";
    private static final String USER = "access-it-nobody";
    /** No row has it: a refused call must not reach the data anyway. */
    private static final String ID = "987654321";

    public static final List<Page> PAGES = List.of(
        new Page("admin/index", Admits.STAFF),
        new Page("admin/import", Admits.OFFICE),
        new Page("admin/search", Admits.OFFICE),
        new Page("admin/accounts", Admits.OFFICE),
        new Page("admin/account-requests", Admits.OFFICE),
        new Page("admin/audit", Admits.OFFICE),
        new Page("admin/news", Admits.STAFF),
        new Page("admin/news-edit", Admits.STAFF),
        new Page("admin/expiry", Admits.OFFICE),
        new Page("admin/notifications", Admits.OFFICE),
        new Page("admin/decisions", Admits.OFFICE),
        new Page("admin/decisions/new", Admits.OFFICE),
        new Page("admin/registry/certificates", Admits.STAFF),
        new Page("admin/registry/certificate", Admits.STAFF, DEMO_NUMBER),
        new Page("admin/certificates/edit", Admits.OFFICE, DEMO_NUMBER),
        new Page("admin/listing-hiding", Admits.OFFICE, DEMO_NUMBER),
        new Page("admin/certificates/reevaluate", Admits.OFFICE, DEMO_NUMBER),
        new Page("admin/certificates/status", Admits.OFFICE, DEMO_NUMBER + "&action=revoke"),
        new Page("admin/logo-use/inspections", Admits.OFFICE),
        new Page("admin/logo-use/inspections", Admits.OFFICE, DEMO_CERTIFICATE),
        Page.ofMissing("admin/logo-use/inspection", Admits.OFFICE, "?id=" + ID),
        new Page("admin/logo-use/reports", Admits.OFFICE),
        new Page("admin/logo-use/reports", Admits.OFFICE, "?status=CLOSED"),
        Page.ofMissing("admin/logo-use/report", Admits.OFFICE, "?id=" + ID),
        new Page("admin/logo-use/dashboard", Admits.OFFICE),
        new Page("admin/logo-use/uses", Admits.OFFICE),
        new Page("admin/logo-use/uses", Admits.OFFICE, "?status=MUST_STOP"),
        new Page("admin/logo-use/stamps", Admits.OFFICE),
        new Page("admin/logo-use/worklist", Admits.OFFICE),
        new Page("admin/sales-points/index", Admits.STAFF),
        new Page("admin/sales-points/edit", Admits.STAFF),
        new Page("admin/events/index", Admits.STAFF),
        new Page("admin/events/edit", Admits.STAFF),
        new Page("admin/inquiries", Admits.STAFF),
        new Page("admin/inquiry-dashboard", Admits.STAFF));

    public static final List<Endpoint> ENDPOINTS = List.of(
        new Endpoint("GET", "api/v1/admin/audit", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/imports/certified-products", "text/csv", Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/search", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/search/rebuild", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/certificates/" + NUMBER + "/suspension", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/certificates/" + NUMBER + "/reinstatement", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/certificates/" + NUMBER + "/revocation", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/accounts", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/accounts", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/accounts/" + USER + "/disablement", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/accounts/" + USER + "/enablement", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/accounts/" + USER + "/password-reset", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/account-requests", JSON, Admits.OFFICE),
        new Endpoint("PUT", "api/v1/admin/products/" + ID + "/hiding", JSON, Admits.OFFICE),
        new Endpoint("DELETE", "api/v1/admin/products/" + ID + "/hiding", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/account-requests/" + ID + "/approval", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/account-requests/" + ID + "/rejection", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/certificates/" + NUMBER, JSON, Admits.STAFF),
        new Endpoint("PUT", "api/v1/admin/certificates/" + NUMBER, JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/certificates/" + NUMBER + "/reevaluation", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/decisions", JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/decisions/" + ID, JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/decisions", JSON, Admits.OFFICE),
        new Endpoint("PUT", "api/v1/admin/producers/" + ID, JSON, Admits.OFFICE),
        new Endpoint("PUT", "api/v1/admin/products/" + ID, JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/news", JSON, Admits.STAFF),
        new Endpoint("PUT", "api/v1/admin/news/" + ID, JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/news/" + ID + "/attachments", "application/octet-stream", Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/news/" + ID + "/unpublication", JSON, Admits.STAFF),
        new Endpoint("DELETE", "api/v1/admin/news/" + ID, JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/expiry/expiring", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/expiry/expired.xlsx", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/expiry/expired-by-year.csv", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/notifications", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/notifications/run", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/misuse-reports", JSON, Admits.OFFICE),
        new Endpoint("GET", "api/v1/admin/logo-use", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/logo-use", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/logo-use/run", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/stamp-batches", JSON, Admits.OFFICE),
        new Endpoint("POST", "api/v1/admin/sales-points", JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/sales-points/" + ID, JSON, Admits.STAFF),
        new Endpoint("PUT", "api/v1/admin/sales-points/" + ID, JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/sales-points/" + ID + "/products", JSON, Admits.STAFF),
        new Endpoint("DELETE", "api/v1/admin/sales-points/" + ID + "/products/" + ID, JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/sales-points/" + ID + "/to-remove", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/sales-points/" + ID + "/photos", "application/octet-stream", Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/events", JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/events/" + ID, JSON, Admits.STAFF),
        new Endpoint("PUT", "api/v1/admin/events/" + ID, JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/events/" + ID + "/publish", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/events/" + ID + "/unpublish", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/events/" + ID + "/images", "application/octet-stream", Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/events/" + ID + "/applications", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/events/" + ID + "/applications", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/events/applications/" + ID + "/accept", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/events/applications/" + ID + "/reject", JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/inquiries", JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/inquiries/" + ID, JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/inquiries/" + ID + "/replies", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/inquiries/" + ID + "/closure", JSON, Admits.STAFF),
        new Endpoint("GET", "api/v1/admin/inquiries/dashboard", JSON, Admits.STAFF),
        new Endpoint("POST", "api/v1/admin/inquiries/retention/run", JSON, Admits.OFFICE));

    private AdminUrls() {
    }
}
