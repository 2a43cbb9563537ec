package vn.ocop.portal.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.PageSession;

/**
 * Test accounts made the way the office makes them: invited over the admin API, the one-time link read from the mail
 * the portal sent, the password set on the link's page. Names are unique per run, since the test database outlives
 * runs; the bootstrap admin, which other tests sign in with, is never touched.
 */
public final class StaffAccounts {

    public static final String PASSWORD = "correct horse battery 42";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/account/set-password\\?token=([A-Za-z0-9_-]+))");

    private StaffAccounts() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** POSTs an invitation and answers the invitation's JSON, as admin. */
    public static io.restassured.response.Response invite(RequestSpecification admin, String username, String role,
                                                          Long producerId) {
        String producer = producerId == null ? "" : ", \"producerId\": " + producerId;
        return admin.contentType(ContentType.JSON)
            .body("{\"username\": \"" + username + "\", \"email\": \"" + email(username) + "\", \"role\": \"" + role
                + "\"" + producer + "}")
            .post("api/v1/admin/accounts");
    }

    public static String email(String username) {
        return username + "@it.ocop.localhost";
    }

    /** The token of the newest of at least {@code count} mails to the account. */
    public static String tokenFromMail(MailSink mail, String username, int count) throws Exception {
        List<MimeMessage> mails = mail.await(email(username), count, Duration.ofSeconds(20));
        assertThat(mails).as("mails to " + username).hasSizeGreaterThanOrEqualTo(count);
        String text = MailSink.text(mails.get(mails.size() - 1));
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a set-password link in:\n" + text).isTrue();
        return link.group(2);
    }

    /** Sets the password on the link's page, as the mailbox's owner does; answers the page after the POST. */
    public static String setPassword(String base, String token, String password) {
        PageSession visitor = new PageSession(base);
        return visitor.submit("account/set-password?token=" + token, "password",
            Map.of("new", password, "confirmation", password), "save").then().statusCode(200).extract().asString();
    }

    /** A signed-up account with {@link #PASSWORD}: invited, mailed, password set. */
    public static String create(String base, RequestSpecification admin, MailSink mail, String prefix, String role,
                                Long producerId) throws Exception {
        String username = unique(prefix);
        invite(admin, username, role, producerId).then().statusCode(201);
        setPassword(base, tokenFromMail(mail, username, 1), PASSWORD);
        return username;
    }

    /** Some producer of the demo data. */
    public static long someProducer(String base) {
        for (long id = 1; id < 200; id++) {
            if (given().baseUri(base).get("api/v1/producers/" + id).statusCode() == 200) {
                return id;
            }
        }
        throw new AssertionError("no producer in the demo data");
    }
}
