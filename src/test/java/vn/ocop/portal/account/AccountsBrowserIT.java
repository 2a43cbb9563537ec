package vn.ocop.portal.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.MailSink;

/**
 * The office invites a colleague of the commerce department in the browser; the colleague sets a password from the
 * mailed link, signs in, works in the admin area but not in the office's own pages, and changes the password. The
 * office disables and resets accounts from the list, and reads what happened in the audit log.
 */
class AccountsBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    private static MailSink mail;

    @ArquillianResource
    java.net.URL api;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private void signIn(String username, String password) {
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void loaded() {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private RequestSpecification admin() {
        return given().baseUri(api.toString()).auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    private WebElement row(String username) {
        return driver.findElement(By.cssSelector("tr[data-username='" + username + "']"));
    }

    private void press(String username, String action) {
        row(username).findElement(By.cssSelector("input[id$=':" + action + "']")).click();
        loaded();
    }

    @Test
    void anInvitedColleagueSetsAPasswordSignsInAndChangesIt() throws Exception {
        String username = StaffAccounts.unique("colleague");
        driver.get(base + "/admin/accounts");
        signIn("admin", ADMIN_PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/admin/accounts");
        driver.findElement(By.id("accounts:username")).sendKeys(username);
        driver.findElement(By.id("accounts:email")).sendKeys(StaffAccounts.email(username));
        new Select(driver.findElement(By.id("accounts:role"))).selectByValue("COMMERCE");
        driver.findElement(By.id("accounts:invite")).click();
        loaded();
        assertThat(driver.findElement(By.id("accounts:messages")).getText()).contains("Đã gửi lời mời tới " + StaffAccounts.email(username));
        assertThat(row(username).getText()).contains("Sở Công Thương").contains("Chờ đặt mật khẩu");
        assertUsablePage("the accounts page");
        driver.findElement(By.id("logout:signOut")).click();
        loaded();

        String token = StaffAccounts.tokenFromMail(mail, username, 1);
        driver.get(base + "/account/set-password?token=" + token);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(username);
        assertUsablePage("the set-password page");
        driver.findElement(By.id("password:new")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("password:confirmation")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("password:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        driver.findElement(By.linkText("Đăng nhập")).click();
        signIn(username, StaffAccounts.PASSWORD);

        assertThat(driver.getCurrentUrl()).matches(".*/admin/(index)?");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quản trị OCOP");
        assertThat(driver.findElements(By.linkText("Tài khoản"))).as("the office's menu items").isEmpty();
        driver.get(base + "/admin/accounts");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        given().baseUri(api.toString()).auth().preemptive().basic(username, StaffAccounts.PASSWORD)
            .contentType(ContentType.JSON).body("{\"on\": \"2026-11-20\", \"reason\": \"x\"}")
            .post("api/v1/admin/certificates/OCOP-HOAB-2024-0202/revocation").then().statusCode(403);

        driver.get(base + "/admin/");
        driver.findElement(By.id("change-password")).click();
        loaded();
        String renewed = "another long passphrase 7";
        changePassword("not my password at all", renewed);
        assertThat(driver.findElement(By.id("password:messages")).getText()).contains("Mật khẩu hiện tại không đúng");
        changePassword(StaffAccounts.PASSWORD, renewed);
        assertThat(driver.findElement(By.id("password:messages")).getText()).contains("Mật khẩu đã được đổi");
        assertUsablePage("the password page");
        driver.get(base + "/admin/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("still signed in").isEqualTo("Quản trị OCOP");
        driver.findElement(By.id("logout:signOut")).click();
        loaded();
        driver.get(base + "/admin/");
        signIn(username, renewed);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quản trị OCOP");
    }

    private void changePassword(String current, String next) {
        driver.findElement(By.id("password:current")).sendKeys(current);
        driver.findElement(By.id("password:new")).sendKeys(next);
        driver.findElement(By.id("password:confirmation")).sendKeys(next);
        driver.findElement(By.id("password:save")).click();
        loaded();
    }

    @Test
    void theOfficeDisablesAndResetsFromTheListAndReadsTheAuditLogEscaped() throws Exception {
        String username = StaffAccounts.create(api.toString(), admin(), mail, "listed", "COMMERCE", null);
        String number = "ACC-BR-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        admin().contentType("text/csv; charset=UTF-8").body((vn.ocop.portal.ApiTest.LIST_HEADER + "\n" + number
            + ",Mắm Kiểm thử " + number + ",Thực phẩm,3,60,Cơ sở Kiểm thử " + number
            + ",Hộ kinh doanh,Hưng Yên,,,12/QĐ-UBND,01/09/2026,Tỉnh,UBND tỉnh Hưng Yên,,\n").getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        admin().contentType(ContentType.JSON).body("{\"on\": \"2026-11-20\", \"reason\": \"<img src=x onerror=alert(1)>\"}")
            .post("api/v1/admin/certificates/" + number + "/revocation").then().statusCode(200);

        driver.get(base + "/admin/accounts");
        signIn("admin", ADMIN_PASSWORD);
        while (driver.findElements(By.cssSelector("tr[data-username='" + username + "']")).isEmpty()) {
            driver.findElement(By.id("list:next")).click();
            loaded();
        }
        press(username, "disable");
        assertThat(row(username).getText()).contains("Đã khóa");
        given().baseUri(api.toString()).auth().preemptive().basic(username, StaffAccounts.PASSWORD)
            .get("api/v1/admin/audit").then().statusCode(401);
        press(username, "enable");
        press(username, "reset");
        assertThat(driver.findElement(By.id("accounts:messages")).getText()).contains("liên kết đặt mật khẩu mới đã được gửi");
        assertThat(row(username).getText()).contains("Chờ đặt mật khẩu");
        assertThat(StaffAccounts.tokenFromMail(mail, username, 2)).isNotBlank();

        driver.get(base + "/admin/audit");
        driver.findElement(By.id("audit:subject")).sendKeys("account " + username);
        driver.findElement(By.id("audit:find")).click();
        loaded();
        assertThat(driver.findElements(By.cssSelector("#audit-table tbody tr")).stream()
            .map(r -> r.findElements(By.tagName("td")).get(2).getText()).toList())
            .containsExactly("account.reset", "account.enable", "account.disable", "account.password.set", "account.invite");
        assertUsablePage("the audit log");

        driver.findElement(By.id("audit:subject")).clear();
        driver.findElement(By.id("audit:subject")).sendKeys(number.toLowerCase());
        driver.findElement(By.id("audit:action")).sendKeys("REVOKE");
        driver.findElement(By.id("audit:find")).click();
        loaded();
        WebElement table = driver.findElement(By.id("audit-table"));
        assertThat(table.getText()).contains("<img src=x onerror=alert(1)>").contains("certificate.revoke");
        assertThat(table.findElements(By.tagName("img"))).as("shown as text, not markup").isEmpty();
    }
}
