package vn.ocop.portal.salespoint.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.UnitLevel;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.EvaluationDecision;
import vn.ocop.portal.certification.entity.IssuingLevel;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.producer.entity.ProducerType;

/** The listing rule and the delisting that follows from the date alone. */
class SalesPointTest {

    static final AdministrativeUnit PROVINCE = new AdministrativeUnit(UnitLevel.PROVINCE, "Hưng Yên", null, "Hưng Yên");
    static final Producer PRODUCER = new Producer("Hợp tác xã Bình Minh", ProducerType.COOPERATIVE, PROVINCE);
    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Product certified(String name, LocalDate decided) {
        Product product = new Product(name, ProductGroup.FOOD, PRODUCER, PROVINCE);
        EvaluationDecision decision = new EvaluationDecision("7/QĐ-UBND", decided, IssuingLevel.PROVINCE, "UBND tỉnh Hưng Yên");
        product.adopt(new Certificate("OCOP-" + name, product, decision, Stars.of(3), 60, "Thực phẩm", ProductGroup.FOOD));
        return product;
    }

    static SalesPoint point() {
        return new SalesPoint(new SalesPoint.Details("Điểm bán OCOP Phố Hiến", SalesPointType.OCOP_CENTRE, null, null, null,
            null, null, null), PROVINCE, "commerce", NOW);
    }

    @Test
    void aProductWithACertificateInForceIsListedAndOnSale() {
        SalesPoint point = point();
        Product honey = certified("Mật ong", LocalDate.of(2025, 1, 10));
        point.carry(honey, TODAY, "commerce", NOW);
        assertThat(point.onSale(TODAY)).containsExactly(honey);
        assertThat(point.toRemove(TODAY)).isEmpty();
    }

    @Test
    void anExpiredProductIsRefusedWithTheDateItExpired() {
        Product old = certified("Miến", LocalDate.of(2023, 11, 20));
        assertThatThrownBy(() -> point().carry(old, TODAY, "commerce", NOW)).isInstanceOf(Refused.class)
            .hasMessageContaining("expired on 2026-11-20").extracting(e -> ((Refused) e).key())
            .isEqualTo("salespoints.refused.expired");
    }

    @Test
    void aRevokedProductIsRefused() {
        Product revoked = certified("Chè", LocalDate.of(2025, 1, 10));
        revoked.getCurrentCertificate().revoke(LocalDate.of(2026, 11, 1), "Vi phạm an toàn thực phẩm");
        assertThatThrownBy(() -> point().carry(revoked, TODAY, "commerce", NOW)).isInstanceOf(Refused.class)
            .extracting(e -> ((Refused) e).key()).isEqualTo("salespoints.refused.notInForce");
    }

    @Test
    void onTheDayItsCertificateExpiresAListedProductLeavesTheShopWindowForTheRemovalList() {
        SalesPoint point = point();
        Product tea = certified("Chè", LocalDate.of(2023, 11, 30)); // expires 2026-11-30
        point.carry(tea, TODAY, "commerce", NOW);
        LocalDate expiry = LocalDate.of(2026, 11, 30);
        assertThat(point.onSale(expiry.minusDays(1))).containsExactly(tea);
        assertThat(point.onSale(expiry)).isEmpty();
        assertThat(point.toRemove(expiry)).containsExactly(tea);
        assertThat(point.getProducts()).containsExactly(tea);
    }
}
