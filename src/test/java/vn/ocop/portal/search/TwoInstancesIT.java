package vn.ocop.portal.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.Eventually.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.path.json.JsonPath;
import vn.ocop.portal.RunningPortal;

/**
 * Two portal instances on one MySQL-compatible database (the MariaDB that CI runs), each with its own index: a change
 * committed through one is searchable, and shown on its product page, by the other within 5 seconds, and an instance
 * that was down catches up when it starts again. Runs the built jar, as operators would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String SERVER = System.getProperty("it.pair.server", "jdbc:mysql://127.0.0.1:3306/");
    private static final String DATABASE = "ocop_pair";
    private static final String PASSWORD = RunningPortal.ADMIN_PASSWORD;
    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final Path WORK = Path.of("target/pair").toAbsolutePath();
    private static final String HEADER = "certificate_number,product_name,product_group,stars,score,producer_name,"
        + "producer_type,province,district,commune,decision_number,decision_date,issuing_level,issuing_authority,"
        + "price_vnd,description";

    static RunningPortal a;
    static RunningPortal b;

    @BeforeAll
    static void startBoth() throws Exception {
        try (Connection server = DriverManager.getConnection(SERVER + "?user=root&password=");
             Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("This test needs the MariaDB/MySQL server at " + SERVER
                + " (user root, no password), as .ci/run provides: " + e.getMessage(), e);
        }
        RunningPortal.freshFolder(WORK);
        // One after the other: the first migrates the database and loads the demo data.
        a = instance("a");
        b = instance("b");
    }

    /** An instance with its own data folder (its own index) under target/pair. */
    private static RunningPortal instance(String name) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("OCOP_DB_URL", SERVER + DATABASE);
        env.put("OCOP_DB_USER", "root");
        env.put("OCOP_DB_PASSWORD", "");
        env.put("OCOP_TODAY", "2026-11-25");
        env.put("OCOP_SECURE_COOKIES", "false");
        return RunningPortal.start(RunningPortal.builtJar(), Files.createDirectories(WORK.resolve(name)), "512m", env);
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        for (RunningPortal instance : new RunningPortal[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    @Order(1)
    void aProductImportedOnOneInstanceIsFoundOnTheOther() throws Exception {
        importOn(a, row("PAIR-0001", "Mứt gừng Quỳnh Lưu", "Mứt gừng dẻo"));

        assertThat(within(FRESH, () -> names(b, "mut gung quynh luu"), found -> found.contains("Mứt gừng Quỳnh Lưu")))
            .contains("Mứt gừng Quỳnh Lưu");
        // The instance that imported it follows the same log: no instance indexes before the commit.
        assertThat(within(FRESH, () -> names(a, "mut gung quynh luu"), found -> found.contains("Mứt gừng Quỳnh Lưu")))
            .contains("Mứt gừng Quỳnh Lưu");
    }

    @Test
    @Order(2)
    void anEditOnOneInstanceShowsOnTheOthersProductPage() throws Exception {
        long id = JsonPath.from(b.get("/api/v1/products?q=PAIR-0001").body()).getLong("items[0].id");
        assertThat(b.get("/product/" + id).body()).contains("Mứt gừng dẻo"); // read once: a shared cache would keep it

        importOn(a, row("PAIR-0001", "Mứt gừng Quỳnh Lưu", "Mứt gừng dẻo, ít đường, đóng hộp giấy"));

        assertThat(within(FRESH, () -> b.get("/product/" + id).body(), page -> page.contains("ít đường")))
            .contains("ít đường");
        assertThat(within(FRESH, () -> names(b, "it duong hop giay"), found -> found.contains("Mứt gừng Quỳnh Lưu")))
            .contains("Mứt gừng Quỳnh Lưu");
    }

    @Test
    @Order(3)
    void anInstanceThatWasDownCatchesUpWhenItStarts() throws Exception {
        b.close();
        importOn(a, row("PAIR-0002", "Tương bần Quỳnh Lưu", "Tương nếp ủ chum"));
        b = instance("b");

        assertThat(within(FRESH, () -> names(b, "tuong ban quynh luu"), found -> found.contains("Tương bần Quỳnh Lưu")))
            .contains("Tương bần Quỳnh Lưu");
        JsonPath state = JsonPath.from(given().auth().preemptive().basic("admin", PASSWORD)
            .get(b.base() + "/api/v1/admin/search").then().statusCode(200).extract().asString());
        assertThat(state.getString("rebuild.state")).as("caught up from the log, not rebuilt").isEqualTo("IDLE");
    }

    private static String row(String certificate, String name, String description) {
        return certificate + "," + name + ",Thực phẩm,4,80,Hợp tác xã Nông sản Quỳnh Lưu,Hợp tác xã,Nghệ An,Quỳnh Lưu,"
            + "Quỳnh Thạch,88/QĐ-UBND,02/10/2026,Tỉnh,UBND tỉnh Nghệ An,70000,\"" + description + "\"";
    }

    private static void importOn(RunningPortal instance, String row) {
        given().auth().preemptive().basic("admin", PASSWORD).contentType("text/csv; charset=UTF-8")
            .body((HEADER + "\n" + row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .post(instance.base() + "/api/v1/admin/imports/certified-products")
            .then().statusCode(200);
    }

    private static List<String> names(RunningPortal instance, String query) throws Exception {
        String body = instance.get("/api/v1/products?status=any&q=" + java.net.URLEncoder.encode(query,
            java.nio.charset.StandardCharsets.UTF_8)).body();
        return JsonPath.from(body).getList("items.name", String.class);
    }

}
