package vn.ocop.portal.news;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;

/**
 * News over HTTP: what editors write through the admin API appears on the pages, in the JSON API and in the Atom
 * feed once due by the portal's clock (pinned to 2026-11-25 09:00 in Hà Nội), sanitised; attachments are typed by
 * content and served as downloads. Each test writes its own announcements, under unique titles.
 */
class NewsIT extends ApiTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The smallest file PDF readers open: header, one empty page, cross-reference table and trailer. */
    static final byte[] PDF = NewsBrowserIT.tinyPdf();

    private final String unique = Long.toString(System.nanoTime(), 36);

    private JsonPath create(String titleVi, String bodyVi, String publishAt) {
        String json = "{\"titleVi\": \"" + titleVi + "\", \"bodyVi\": \"" + bodyVi + "\""
            + (publishAt == null ? "" : ", \"publishAt\": \"" + publishAt + "\"") + "}";
        return admin().contentType(ContentType.JSON).body(json).post("api/v1/admin/news")
            .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void publishedNewsIsInTheFeedPagesAndApiSanitisedAndFutureNewsIsHidden() throws Exception {
        String title = "Thông báo kiểm thử " + unique;
        String future = "Tin hẹn đăng " + unique;
        JsonPath published = create(title, "<p><strong>Danh sách</strong> mới</p><script>alert(1)</script>"
            + "<img src=x onerror=alert(2)><a href='javascript:alert(3)'>bấm</a>", "2026-11-24T08:00");
        JsonPath scheduled = create(future, "<p>Chưa đến giờ</p>", "2026-11-26T08:00");

        Response feed = given().baseUri(base.toString()).get("news/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.contentType()).isEqualToIgnoringWhitespace("application/atom+xml;charset=UTF-8");
        Document xml = parse(feed.asByteArray());
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).isNotBlank();
        assertThat(child(root, "title")).isEqualTo("Cổng OCOP: tin tức và thông báo");
        assertThat(child(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(links(root)).anyMatch(l -> l.getAttribute("rel").equals("self")
            && l.getAttribute("href").endsWith("/news/feed.atom"));
        Element entry = entries(root).stream().filter(e -> child(e, "title").equals(title)).findFirst().orElseThrow();
        assertThat(child(entry, "id")).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(child(entry, "published")).isEqualTo("2026-11-24T01:00:00Z");
        assertThat(child(entry, "updated")).isNotBlank();
        assertThat(links(entry)).singleElement().satisfies(l -> assertThat(l.getAttribute("href"))
            .endsWith("/news/" + published.getString("slug")));
        Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("<strong>Danh sách</strong>").doesNotContain("script")
            .doesNotContain("onerror").doesNotContain("<img").doesNotContain("javascript");
        assertThat(entries(root)).noneMatch(e -> child(e, "title").equals(future));

        String list = given().baseUri(base.toString()).get("news").then().statusCode(200).extract().asString();
        assertThat(list).contains(title).doesNotContain(future)
            .contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
        String page = given().baseUri(base.toString()).get("news/" + published.getString("slug"))
            .then().statusCode(200).extract().asString();
        assertThat(page).contains("<strong>Danh sách</strong>").doesNotContain("alert(");
        given().baseUri(base.toString()).get("news/" + published.getInt("id")).then().statusCode(200);
        given().baseUri(base.toString()).get("news/" + scheduled.getString("slug")).then().statusCode(404);
        given().baseUri(base.toString()).get("api/v1/news/" + scheduled.getInt("id")).then().statusCode(404)
            .body("error", containsString("No published news"));

        String englishPage = given().baseUri(base.toString()).cookie("ocop_lang", "en")
            .get("news/" + published.getString("slug")).then().statusCode(200).extract().asString();
        assertThat(englishPage).contains("id=\"news-fallback\"").contains("no English version yet").contains(title);
        JsonPath english = get("api/v1/news/" + published.getInt("id") + "?lang=en");
        assertThat(english.getString("title")).isEqualTo(title);
        assertThat(english.getBoolean("inVietnameseOnly")).isTrue();
        assertThat(get("api/v1/news?size=50").getList("items.title", String.class)).contains(title).doesNotContain(future);
    }

    @Test
    void attachmentsAreTypedByContentAndServedAsDownloads() {
        JsonPath news = create("Quyết định kèm tệp " + unique, "<p>Xem tệp đính kèm</p>", "2026-11-20T10:00");
        String attachments = "api/v1/admin/news/" + news.getInt("id") + "/attachments";

        JsonPath attached = admin().contentType("application/octet-stream").body(PDF)
            .post(attachments + "?name=Danh sách OCOP 2026.pdf").then().statusCode(201).extract().jsonPath();
        assertThat(attached.getString("type")).isEqualTo("application/pdf");

        Response download = given().baseUri(base.toString()).get("api/v1/news/attachments/" + attached.getInt("id"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo(
            "attachment; filename=\"Danh-sach-OCOP-2026.pdf\"; filename*=UTF-8''Danh%20s%C3%A1ch%20OCOP%202026.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.asByteArray()).isEqualTo(PDF);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        admin().contentType("application/pdf").body(png).post(attachments + "?name=bao-cao.pdf")
            .then().statusCode(400).contentType(ContentType.JSON).body("error", containsString("PNG"));
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        admin().contentType("application/pdf").body(exe).post(attachments + "?name=danh-sach.pdf")
            .then().statusCode(400).body("error", containsString("not a PDF, XLSX, DOCX, CSV, PNG or JPEG"));
        JsonPath article = get("api/v1/news/" + news.getInt("id"));
        assertThat(article.getList("attachments.name", String.class)).containsExactly("Danh sách OCOP 2026.pdf");

        JsonPath draft = create("Bản nháp kèm tệp " + unique, "<p>Nháp</p>", null);
        JsonPath hidden = admin().contentType("application/octet-stream").body(PDF)
            .post("api/v1/admin/news/" + draft.getInt("id") + "/attachments?name=nhap.pdf").then().statusCode(201)
            .extract().jsonPath();
        given().baseUri(base.toString()).get("api/v1/news/attachments/" + hidden.getInt("id")).then().statusCode(404);
    }

    @Test
    void aStaleEditIsRefusedAndEveryWriteIsAudited() {
        JsonPath news = create("Tin sửa hai lần " + unique, "<p>Bản đầu</p>", "2026-11-20T10:00");
        int id = news.getInt("id");
        int version = news.getInt("version");
        String edit = "{\"titleVi\": \"Tin sửa hai lần " + unique + " (sửa)\", \"bodyVi\": \"<p>Bản hai</p>\", "
            + "\"titleEn\": \"Edited twice " + unique + "\", \"bodyEn\": \"<p>Second</p>\", \"publishAt\": \"2026-11-20T10:00\", "
            + "\"version\": " + version + "}";
        admin().contentType(ContentType.JSON).body(edit).put("api/v1/admin/news/" + id).then().statusCode(200)
            .body("version", equalTo(version + 1));
        admin().contentType(ContentType.JSON).body(edit).put("api/v1/admin/news/" + id).then().statusCode(409)
            .contentType(ContentType.JSON).body("error", containsString("changed by admin meanwhile"));
        assertThat(get("api/v1/news/" + id + "?lang=en").getString("title")).isEqualTo("Edited twice " + unique);
        assertThat(get("api/v1/news/" + id + "?lang=en").getBoolean("inVietnameseOnly")).isFalse();

        admin().post("api/v1/admin/news/" + id + "/unpublication").then().statusCode(200).body("published", equalTo(false));
        given().baseUri(base.toString()).get("api/v1/news/" + id).then().statusCode(404);
        admin().delete("api/v1/admin/news/" + id).then().statusCode(204);
        admin().delete("api/v1/admin/news/" + id).then().statusCode(404).contentType(ContentType.JSON);

        List<String> actions = admin().get("api/v1/admin/audit?subject=announcement " + id).then().statusCode(200)
            .extract().jsonPath().getList("action", String.class);
        assertThat(actions).containsExactly("news.delete", "news.unpublish", "news.update", "news.create");
    }

    @Test
    void theCommerceDepartmentPublishesToo() throws Exception {
        try (MailSink mail = MailSink.start()) {
            String commerce = StaffAccounts.create(base.toString(), admin(), mail, "commerce-news", "COMMERCE", null);
            RequestSpecification asCommerce = given().baseUri(base.toString()).auth().preemptive()
                .basic(commerce, StaffAccounts.PASSWORD);
            String title = "Hội chợ OCOP của Sở Công Thương " + unique;
            int id = asCommerce.contentType(ContentType.JSON)
                .body("{\"titleVi\": \"" + title + "\", \"bodyVi\": \"<p>Mời tham gia</p>\", \"publishAt\": \"2026-11-25T08:00\"}")
                .post("api/v1/admin/news").then().statusCode(201).extract().jsonPath().getInt("id");
            assertThat(get("api/v1/news/" + id).getString("title")).isEqualTo(title);
            assertThat(admin().get("api/v1/admin/audit?subject=announcement " + id).then().statusCode(200).extract()
                .jsonPath().getList("actor", String.class)).containsExactly(commerce);
        }
    }

    @Test
    void badRequestsGetReasonsAndStrangersAreRefused() {
        admin().contentType(ContentType.JSON).body("{\"bodyVi\": \"<p>x</p>\"}").post("api/v1/admin/news")
            .then().statusCode(400).contentType(ContentType.JSON).body("error", containsString("titleVi"));
        admin().contentType(ContentType.JSON).body("{\"titleVi\": \"" + "x".repeat(201) + "\", \"bodyVi\": \"<p>x</p>\"}")
            .post("api/v1/admin/news").then().statusCode(400).body("error", containsString("titleVi"));
        admin().contentType(ContentType.JSON).body("{\"titleVi\": \"Chỉ có ảnh\", \"bodyVi\": \"<img src=x onerror=alert(1)>\"}")
            .post("api/v1/admin/news").then().statusCode(400).body("error", containsString("Vietnamese title and body"));
        admin().contentType(ContentType.JSON).body("{\"titleVi\": \"x\", \"bodyVi\": \"<p>x</p>\", \"publishAt\": \"soon\"}")
            .post("api/v1/admin/news").then().statusCode(400).contentType(ContentType.JSON);
        given().baseUri(base.toString()).contentType(ContentType.JSON).body("{\"titleVi\": \"x\", \"bodyVi\": \"x\"}")
            .post("api/v1/admin/news").then().statusCode(401);
        given().baseUri(base.toString()).get("api/v1/news?size=500").then().statusCode(400).body("error", containsString("size"));
        given().baseUri(base.toString()).get("news/khong-co-tin-nay").then().statusCode(404);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return "";
    }

    private static List<Element> direct(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> entries(Element feed) {
        return direct(feed, "entry");
    }

    private static List<Element> links(Element parent) {
        return direct(parent, "link");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
