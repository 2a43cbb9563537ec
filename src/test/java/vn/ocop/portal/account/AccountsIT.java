package vn.ocop.portal.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.PageSession;

/**
 * The office's accounts over the admin API and the set-password page: invitations by mail with a one-time link,
 * validation, disable, enable, reset, the audit trail, and the sign-in throttle. Every account here is new; the
 * bootstrap admin is only ever the one who acts.
 */
class AccountsIT extends ApiTest {

    private static MailSink mail;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    private RequestSpecification as(String username, String password) {
        return given().baseUri(base.toString()).auth().preemptive().basic(username, password);
    }

    /** 403 on an office endpoint: signed in, but not the office. 401: not signed in at all. */
    private int signInAnswer(String username, String password) {
        return as(username, password).get("api/v1/admin/audit").statusCode();
    }

    private List<String> auditActions(String username) {
        return admin().get("api/v1/admin/audit?subject=account " + username).then().statusCode(200).extract()
            .jsonPath().getList("action", String.class);
    }

    @Test
    void anInvitationMailsAOneTimeLinkThatSetsThePasswordOnce() throws Exception {
        String username = StaffAccounts.unique("invited");
        Response invited = StaffAccounts.invite(admin(), username, "COMMERCE", null);
        invited.then().statusCode(201).body("username", equalTo(username)).body("state", equalTo("PENDING"))
            .body("role", equalTo("COMMERCE")).body(not(containsString("token"))).body(not(containsString("password")));
        assertThat(signInAnswer(username, "")).as("no password before the link is used").isEqualTo(401);

        String token = StaffAccounts.tokenFromMail(mail, username, 1);
        String subject = MailSink.subject(mail.to(StaffAccounts.email(username)).get(0));
        assertThat(subject).contains("OCOP");
        PageSession visitor = new PageSession(base.toString());
        String link = "account/set-password?token=" + token;
        assertThat(visitor.get(link).then().statusCode(200).extract().asString()).contains("id=\"password\"").contains(username);

        String tooShort = visitor.submit(link, "password", Map.of("new", "short", "confirmation", "short"), "save")
            .then().statusCode(200).extract().asString();
        assertThat(tooShort).contains("12").contains("id=\"password\"");
        String mismatch = visitor.submit(link, "password",
            Map.of("new", StaffAccounts.PASSWORD, "confirmation", StaffAccounts.PASSWORD + "!"), "save")
            .then().statusCode(200).extract().asString();
        assertThat(mismatch).contains("Hai mật khẩu mới không giống nhau");
        assertThat(signInAnswer(username, StaffAccounts.PASSWORD)).isEqualTo(401);

        assertThat(StaffAccounts.setPassword(base.toString(), token, StaffAccounts.PASSWORD)).contains("Mật khẩu đã được đặt");
        assertThat(signInAnswer(username, StaffAccounts.PASSWORD)).as("signed in, but not the office").isEqualTo(403);
        as(username, StaffAccounts.PASSWORD).contentType(ContentType.JSON).body("{\"on\": \"2026-11-20\", \"reason\": \"x\"}")
            .post("api/v1/admin/certificates/OCOP-ACCOUNTS-IT/revocation").then().statusCode(403)
            .contentType(ContentType.JSON).body("error", notNullValue());

        String again = new PageSession(base.toString()).get(link).then().statusCode(200).extract().asString();
        assertThat(again).contains("Liên kết này đã được dùng").doesNotContain("id=\"password\"");
        assertThat(auditActions(username)).containsExactly("account.password.set", "account.invite");
        admin().get("api/v1/admin/accounts?size=100").then().statusCode(200)
            .body("find { it.username == '" + username + "' }.state", equalTo("ACTIVE"));
    }

    @Test
    void invitationsAreValidatedWithReasons() throws Exception {
        String taken = StaffAccounts.create(base.toString(), admin(), mail, "taken", "COMMERCE", null);
        Map<String, String> bad = Map.of(
            "{\"username\": \"" + taken + "\", \"email\": \"other-" + taken + "@it.ocop.localhost\", \"role\": \"COMMERCE\"}", "taken",
            "{\"username\": \"x" + taken + "\", \"email\": \"" + StaffAccounts.email(taken).toUpperCase() + "\", \"role\": \"COMMERCE\"}", "already belongs",
            "{\"username\": \"Lan Anh\", \"email\": \"lan@it.ocop.localhost\", \"role\": \"COMMERCE\"}", "username",
            "{\"username\": \"lan-bad-mail\", \"email\": \"not an address\", \"role\": \"COMMERCE\"}", "email",
            "{\"username\": \"lan-no-role\", \"email\": \"lan-no-role@it.ocop.localhost\"}", "role",
            "{\"username\": \"lan-producer\", \"email\": \"lan-producer@it.ocop.localhost\", \"role\": \"PRODUCER\"}", "producer id",
            "{\"username\": \"lan-producer\", \"email\": \"lan-producer@it.ocop.localhost\", \"role\": \"PRODUCER\", \"producerId\": 987654321}", "no producer",
            "{\"username\": \"lan-commerce\", \"email\": \"lan-commerce@it.ocop.localhost\", \"role\": \"COMMERCE\", \"producerId\": 1}", "Only a Producer");
        bad.forEach((json, reason) -> admin().contentType(ContentType.JSON).body(json).post("api/v1/admin/accounts")
            .then().statusCode(400).contentType(ContentType.JSON).body("error", containsString(reason)));
        admin().get("api/v1/admin/accounts?size=100").then().statusCode(200)
            .body("findAll { it.username.startsWith('lan') }", org.hamcrest.Matchers.empty());
    }

    @Test
    void unknownOrMangledLinksGetAMessageNeverAnErrorPage() {
        for (String link : List.of("account/set-password", "account/set-password?token=garbage",
            "account/set-password?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "account/set-password?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
            String page = new PageSession(base.toString()).get(link).then().statusCode(200).extract().asString();
            assertThat(page).as(link).contains("Liên kết này không hợp lệ").doesNotContain("id=\"password\"")
                .doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void disablingStopsSignInAndAResetMailsANewLinkAtOnceVoidingTheOldPassword() throws Exception {
        String username = StaffAccounts.create(base.toString(), admin(), mail, "lifecycle", "COMMERCE", null);
        assertThat(signInAnswer(username, StaffAccounts.PASSWORD)).isEqualTo(403);

        admin().post("api/v1/admin/accounts/" + username + "/disablement").then().statusCode(200).body("state", equalTo("DISABLED"));
        assertThat(signInAnswer(username, StaffAccounts.PASSWORD)).isEqualTo(401);
        admin().post("api/v1/admin/accounts/" + username + "/password-reset").then().statusCode(400)
            .body("error", containsString("disabled"));
        admin().post("api/v1/admin/accounts/" + username + "/enablement").then().statusCode(200).body("state", equalTo("ACTIVE"));
        assertThat(signInAnswer(username, StaffAccounts.PASSWORD)).isEqualTo(403);

        admin().post("api/v1/admin/accounts/" + username + "/password-reset").then().statusCode(200).body("state", equalTo("PENDING"));
        assertThat(signInAnswer(username, StaffAccounts.PASSWORD)).as("the old password is void at once").isEqualTo(401);
        String token = StaffAccounts.tokenFromMail(mail, username, 2);
        assertThat(MailSink.text(mail.to(StaffAccounts.email(username)).get(1))).contains("đặt lại").contains("reset");
        String renewed = "a new passphrase for " + username;
        StaffAccounts.setPassword(base.toString(), token, renewed);
        assertThat(signInAnswer(username, renewed)).isEqualTo(403);
        assertThat(signInAnswer(username, StaffAccounts.PASSWORD)).isEqualTo(401);

        assertThat(auditActions(username)).containsExactly("account.password.set", "account.reset", "account.enable",
            "account.disable", "account.password.set", "account.invite");
        admin().post("api/v1/admin/accounts/" + ADMIN + "/disablement").then().statusCode(400)
            .body("error", containsString("your own"));
        admin().post("api/v1/admin/accounts/no-such-account-x/disablement").then().statusCode(404);
    }

    @Test
    void fiveFailedSignInsForAUsernameLockItWithoutCheckingThePassword() throws Exception {
        String username = StaffAccounts.create(base.toString(), admin(), mail, "throttled", "COMMERCE", null);
        for (int i = 0; i < 5; i++) {
            as(username, "wrong password " + i).get("api/v1/admin/audit").then().statusCode(401);
        }
        as(username, StaffAccounts.PASSWORD).get("api/v1/admin/audit").then().statusCode(429)
            .header("Retry-After", notNullValue()).contentType(ContentType.JSON).body("error", containsString("Too many"));
        String page = new PageSession(base.toString()).submit("login", "login",
            Map.of("username", username, "password", StaffAccounts.PASSWORD), "submit").then().statusCode(200).extract().asString();
        assertThat(page).contains("đăng nhập sai quá nhiều lần");
        assertThat(signInAnswer(ADMIN, PASSWORD)).as("other users are not locked").isEqualTo(200);
    }

    @Test
    void cookiesAreSecureHttpOnlyAndSameSiteAndSignInGivesANewSessionId() {
        PageSession visitor = new PageSession(base.toString());
        visitor.get("login").then().statusCode(200);
        String before = visitor.cookie("OCOP_SESSION");
        Response signedIn = visitor.submit("login", "login", Map.of("username", ADMIN, "password", PASSWORD), "submit");
        assertThat(signedIn.statusCode()).isIn(302, 303);
        List<String> cookies = signedIn.headers().getValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("OCOP_SESSION=")).isNotEmpty().allSatisfy(c ->
            assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(visitor.cookie("OCOP_SESSION")).isNotNull().isNotEqualTo(before);

        List<String> language = given().baseUri(base.toString()).redirects().follow(false).get("language?to=en&back=/")
            .headers().getValues("Set-Cookie");
        assertThat(language).isNotEmpty().allSatisfy(c ->
            assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
}
