package vn.ocop.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.AdminUrls.Admits;
import vn.ocop.portal.AdminUrls.Endpoint;
import vn.ocop.portal.AdminUrls.Page;
import vn.ocop.portal.account.StaffAccounts;

/**
 * Every admin URL ({@link AdminUrls}) checks the caller's role on the server: anonymous visitors are sent to sign in
 * (pages) or get 401 (API); a producer gets the 404 page or 403 JSON; the commerce department gets the same for the
 * office's own pages and endpoints, and the staff pages. Each failure is collected, so one run names them all.
 */
class AdminAccessIT extends ApiTest {

    private static MailSink mail;
    private static String producer;
    private static String commerce;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    @BeforeEach
    void accounts() throws Exception {
        if (producer == null) {
            producer = StaffAccounts.create(base.toString(), admin(), mail, "access-producer", "PRODUCER",
                StaffAccounts.someProducer(base.toString()));
            commerce = StaffAccounts.create(base.toString(), admin(), mail, "access-commerce", "COMMERCE", null);
        }
    }

    private List<String> pageAddresses() {
        List<String> addresses = new ArrayList<>(List.of("admin/"));
        AdminUrls.PAGES.forEach(page -> addresses.addAll(page.addresses()));
        return addresses;
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndApiCallersGet401() {
        List<String> failures = new ArrayList<>();
        for (String address : pageAddresses()) {
            Response answer = new PageSession(base.toString()).get(address);
            String location = String.valueOf(answer.getHeader("Location"));
            if (answer.statusCode() / 100 != 3 || !location.contains("/login?next=")) {
                failures.add(address + " answered " + answer.statusCode() + " " + location);
            }
        }
        for (Endpoint endpoint : AdminUrls.ENDPOINTS) {
            expectError(given().baseUri(base.toString()), endpoint, 401, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aProducerGetsTheNotFoundPageAnd403() {
        List<String> failures = new ArrayList<>();
        PageSession pages = new PageSession(base.toString()).signIn(producer, StaffAccounts.PASSWORD);
        for (String address : pageAddresses()) {
            expectNotFoundPage(pages, address, failures);
        }
        for (Endpoint endpoint : AdminUrls.ENDPOINTS) {
            expectError(basic(producer), endpoint, 403, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCommerceDepartmentUsesStaffPagesButNotTheOfficesOwn() {
        List<String> failures = new ArrayList<>();
        PageSession pages = new PageSession(base.toString()).signIn(commerce, StaffAccounts.PASSWORD);
        Response index = pages.get("admin/");
        if (index.statusCode() == 301 && String.valueOf(index.getHeader("Location")).endsWith("/admin/index")) {
            index = pages.get("admin/index");
        }
        if (index.statusCode() != 200) {
            failures.add("admin/ answered the commerce department " + index.statusCode() + " " + index.getHeader("Location"));
        }
        for (Page page : AdminUrls.PAGES) {
            if (page.admits() == Admits.STAFF) {
                int status = pages.get(page.address()).statusCode();
                if (status != 200) {
                    failures.add(page.address() + " answered the commerce department " + status);
                }
            } else {
                page.addresses().forEach(address -> expectNotFoundPage(pages, address, failures));
            }
        }
        for (Endpoint endpoint : AdminUrls.ENDPOINTS) {
            if (endpoint.admits() == Admits.OFFICE) {
                expectError(basic(commerce), endpoint, 403, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theOfficeOpensEveryAdminPage() {
        List<String> failures = new ArrayList<>();
        PageSession pages = new PageSession(base.toString()).signIn(ADMIN, PASSWORD);
        for (Page page : AdminUrls.PAGES) {
            int status = pages.get(page.address()).statusCode();
            if (status != (page.missing() ? 404 : 200)) {
                failures.add(page.address() + " answered the office " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    private RequestSpecification basic(String username) {
        return given().baseUri(base.toString()).auth().preemptive().basic(username, StaffAccounts.PASSWORD);
    }

    private static void expectError(RequestSpecification caller, Endpoint endpoint, int status, List<String> failures) {
        boolean bodiless = "GET".equals(endpoint.method()) || "DELETE".equals(endpoint.method());
        Response answer = (bodiless ? caller : caller.contentType(endpoint.contentType()).body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .request(endpoint.method(), endpoint.path());
        String error = answer.contentType().startsWith("application/json") ? answer.jsonPath().getString("error") : null;
        if (answer.statusCode() != status || error == null || error.isBlank()) {
            failures.add(endpoint + " answered " + answer.statusCode() + " " + answer.contentType() + ": "
                + answer.asString().substring(0, Math.min(200, answer.asString().length())));
        }
    }

    private static void expectNotFoundPage(PageSession pages, String address, List<String> failures) {
        Response answer = pages.get(address);
        if (answer.statusCode() != 404 || !answer.asString().contains("error-page")) {
            failures.add(address + " answered " + answer.statusCode());
        }
    }
}
