package vn.ocop.portal;

import static io.restassured.RestAssured.given;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** A test that drives the deployed portal over HTTP, as API clients do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiTest {

    /** The bootstrap admin that the build configures through OCOP_ADMIN_PASSWORD. */
    protected static final String ADMIN = "admin";
    protected static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    public static final String LIST_HEADER = "certificate_number,product_name,product_group,stars,score,producer_name,"
        + "producer_type,province,district,commune,decision_number,decision_date,issuing_level,issuing_authority,"
        + "price_vnd,description";

    @Deployment(testable = false)
    public static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    protected URL base;

    /** A GET that must answer 200 with JSON. */
    protected JsonPath get(String path) {
        return given().baseUri(base.toString()).when().get(path).then().statusCode(200)
            .contentType(ContentType.JSON).extract().jsonPath();
    }

    /** A request with the admin's HTTP Basic credentials. */
    protected RequestSpecification admin() {
        return given().baseUri(base.toString()).auth().preemptive().basic(ADMIN, PASSWORD);
    }
}
