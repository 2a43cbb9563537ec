package vn.ocop.portal.logouse.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

public class LogoUseTest {

    static final AdministrativeUnit PROVINCE = new AdministrativeUnit(UnitLevel.PROVINCE, "Hòa Bình", null, "Hòa Bình");
    static final Producer PRODUCER = new Producer("Hợp tác xã Mường Vang", ProducerType.COOPERATIVE, PROVINCE);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** Decided 2025-01-10: expires 2028-01-10. */
    public static Certificate certificate(Product product, LocalDate decided, int stars) {
        EvaluationDecision decision = new EvaluationDecision("1608/QĐ-UBND", decided, IssuingLevel.PROVINCE, "UBND tỉnh Hòa Bình");
        Certificate certificate = new Certificate("OCOP-" + stars + "-" + decided, product, decision, Stars.of(stars), null,
            "Thực phẩm", ProductGroup.FOOD);
        product.adopt(certificate);
        return certificate;
    }

    public static Product product() {
        return new Product("Mật ong", ProductGroup.FOOD, PRODUCER, PROVINCE);
    }

    static LogoUse use(Certificate certificate, int stars, LocalDate until) {
        return new LogoUse(certificate, UseForm.PACKAGING, Stars.of(stars), TODAY, until, "  ", TODAY);
    }

    @Test
    void aValidCertificateOfThreeStarsMayCarryItsOwnStarsUntilBeforeItsExpiry() {
        Certificate certificate = certificate(product(), LocalDate.of(2025, 1, 10), 3);
        LogoUse use = use(certificate, 3, LocalDate.of(2028, 1, 9));
        assertThat(use.getStatus()).isEqualTo(LogoUseStatus.ACTIVE);
        assertThat(use.getNotes()).isNull();
        assertThat(use.isPermittedOn(TODAY)).isTrue();
        assertThat(use.isPermittedOn(LocalDate.of(2028, 1, 10))).isFalse();
    }

    @Test
    void aStarLevelOtherThanTheCertificatesIsRefused() {
        Certificate certificate = certificate(product(), LocalDate.of(2025, 1, 10), 3);
        assertThatThrownBy(() -> use(certificate, 4, LocalDate.of(2027, 1, 1)))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.starsDiffer"));
    }

    @Test
    void aPeriodPastTheExpiryIsRefused() {
        Certificate certificate = certificate(product(), LocalDate.of(2025, 1, 10), 4);
        assertThatThrownBy(() -> use(certificate, 4, LocalDate.of(2028, 1, 10)))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.periodPastExpiry"));
        assertThatThrownBy(() -> new LogoUse(certificate, UseForm.PREMISES, Stars.of(4), TODAY, TODAY.minusDays(1), null, TODAY))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.periodReversed"));
    }

    @Test
    void aProductBelowThreeStarsIsRefused() {
        Certificate certificate = certificate(product(), LocalDate.of(2025, 1, 10), 2);
        assertThatThrownBy(() -> use(certificate, 2, LocalDate.of(2027, 1, 1)))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.notCertified"));
    }

    @Test
    void anExpiredRevokedOrSuspendedCertificateIsRefused() {
        Certificate expired = certificate(product(), LocalDate.of(2023, 1, 10), 3);
        assertThatThrownBy(() -> use(expired, 3, LocalDate.of(2026, 12, 1)))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.notValid"));
        Certificate revoked = certificate(product(), LocalDate.of(2025, 1, 10), 3);
        revoked.revoke(TODAY, "thu hồi");
        assertThatThrownBy(() -> use(revoked, 3, LocalDate.of(2027, 1, 1)))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.notValid"));
        Certificate suspended = certificate(product(), LocalDate.of(2025, 1, 10), 3);
        suspended.suspend(TODAY, "tạm đình chỉ");
        assertThatThrownBy(() -> use(suspended, 3, LocalDate.of(2027, 1, 1)))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.notValid"));
    }

    @Test
    void theRightEndsOnceAndOnlyFromActive() {
        LogoUse use = use(certificate(product(), LocalDate.of(2025, 1, 10), 3), 3, LocalDate.of(2027, 1, 1));
        assertThat(use.endRight(RightEnded.REVOKED, TODAY)).isTrue();
        assertThat(use.getStatus()).isEqualTo(LogoUseStatus.MUST_STOP);
        assertThat(use.endRight(RightEnded.SUPERSEDED_FEWER_STARS, TODAY)).isFalse();
        assertThat(use.getStatus()).isEqualTo(LogoUseStatus.MUST_STOP);
        assertThat(use.markStopped(TODAY)).isTrue();
        assertThat(use.markStopped(TODAY)).isFalse();
        assertThat(use.endRight(RightEnded.EXPIRED, TODAY)).isFalse();
        assertThat(use.getStatus()).isEqualTo(LogoUseStatus.STOPPED);
    }
}
