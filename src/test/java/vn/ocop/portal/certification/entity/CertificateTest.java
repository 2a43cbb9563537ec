package vn.ocop.portal.certification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.UnitLevel;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.producer.entity.ProducerType;

class CertificateTest {

    static final AdministrativeUnit PROVINCE = new AdministrativeUnit(UnitLevel.PROVINCE, "Hòa Bình", null, "Hòa Bình");
    static final Producer PRODUCER = new Producer("Hợp tác xã Mường Vang", ProducerType.COOPERATIVE, PROVINCE);

    static Certificate certificate(String number, Product product, LocalDate decided, int stars) {
        EvaluationDecision decision = new EvaluationDecision("1608/QĐ-UBND", decided, IssuingLevel.PROVINCE, "UBND tỉnh Hòa Bình");
        return new Certificate(number, product, decision, Stars.of(stars), null, "Thực phẩm", ProductGroup.FOOD);
    }

    static Certificate decidedOn(LocalDate decided) {
        return certificate("OCOP-1", new Product("Mật ong", ProductGroup.FOOD, PRODUCER, PROVINCE), decided, 3);
    }

    @ParameterizedTest(name = "decided {0}, expires {1}")
    @CsvSource({"2020-07-22,2023-07-22", "2020-02-29,2023-02-28", "2021-01-31,2024-01-31", "2021-08-31,2024-08-31",
        "2021-12-31,2024-12-31", "2023-02-28,2026-02-28"})
    void validForThirtySixMonthsFromTheDecision(LocalDate decided, LocalDate expires) {
        assertThat(decidedOn(decided).getExpiresOn()).isEqualTo(expires);
    }

    @Test
    void expiredOnTheDayOfExpiryAndExpiringTheDayBefore() {
        Certificate certificate = decidedOn(LocalDate.of(2020, 7, 22));
        assertThat(certificate.statusOn(LocalDate.of(2023, 7, 21), 90)).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(certificate.statusOn(LocalDate.of(2023, 7, 22), 90)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(certificate.statusOn(LocalDate.of(2023, 7, 23), 90)).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void theExpiringWindowIsConfigurable() {
        Certificate certificate = decidedOn(LocalDate.of(2020, 7, 22));
        LocalDate expiry = certificate.getExpiresOn();
        assertThat(certificate.statusOn(expiry.minusDays(90), 90)).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(certificate.statusOn(expiry.minusDays(91), 90)).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusOn(expiry.minusDays(31), 30)).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusOn(expiry.minusDays(30), 30)).isEqualTo(CertificateStatus.EXPIRING);
    }

    @Test
    void aLeapDayDecisionExpiresOnTheLastDayOfFebruary() {
        Certificate certificate = decidedOn(LocalDate.of(2020, 2, 29));
        assertThat(certificate.statusOn(LocalDate.of(2023, 2, 27), 90)).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(certificate.statusOn(LocalDate.of(2023, 2, 28), 90)).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void aNewerEvaluationSupersedesTheCurrentCertificate() {
        Product product = new Product("Chè Shan tuyết", ProductGroup.BEVERAGE, PRODUCER, PROVINCE);
        Certificate first = certificate("OCOP-2020", product, LocalDate.of(2020, 4, 12), 3);
        Certificate upgrade = certificate("OCOP-2024", product, LocalDate.of(2024, 8, 14), 4);
        product.adopt(first);
        product.adopt(upgrade);
        assertThat(product.getCurrentCertificate()).isSameAs(upgrade);
        LocalDate today = LocalDate.of(2024, 9, 1);
        assertThat(first.statusOn(today, 90)).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(first.getStateSince()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(upgrade.statusOn(today, 90)).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void anOlderCertificateImportedLaterJoinsTheHistoryOnly() {
        Product product = new Product("Chè Shan tuyết", ProductGroup.BEVERAGE, PRODUCER, PROVINCE);
        Certificate newer = certificate("OCOP-2024", product, LocalDate.of(2024, 8, 14), 4);
        Certificate older = certificate("OCOP-2020", product, LocalDate.of(2020, 4, 12), 3);
        product.adopt(newer);
        product.adopt(older);
        assertThat(product.getCurrentCertificate()).isSameAs(newer);
        assertThat(older.getState()).isEqualTo(CertificateState.SUPERSEDED);
        assertThat(newer.getState()).isEqualTo(CertificateState.ACTIVE);
    }

    @Test
    void aSuspendedCertificateIsNotValidUntilReinstated() {
        Certificate certificate = decidedOn(LocalDate.of(2025, 3, 10));
        certificate.suspend(LocalDate.of(2026, 1, 5), "Kiểm tra an toàn thực phẩm");

        assertThat(certificate.statusOn(LocalDate.of(2026, 2, 1), 90)).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(certificate.getStateSince()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(certificate.getStateReason()).isEqualTo("Kiểm tra an toàn thực phẩm");

        certificate.reinstate(LocalDate.of(2026, 3, 1));
        assertThat(certificate.statusOn(LocalDate.of(2026, 3, 2), 90)).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.getStateReason()).isNull();
        assertThat(certificate.getExpiresOn()).as("a suspension does not move the expiry").isEqualTo(LocalDate.of(2028, 3, 10));
    }

    @Test
    void revocationIsFinalAndKeepsItsReason() {
        Certificate certificate = decidedOn(LocalDate.of(2024, 6, 1));
        certificate.suspend(LocalDate.of(2025, 1, 1), "Vi phạm nhãn");
        certificate.revoke(LocalDate.of(2025, 2, 1), " Không khắc phục vi phạm ");

        assertThat(certificate.getState()).isEqualTo(CertificateState.REVOKED);
        assertThat(certificate.getStateReason()).isEqualTo("Không khắc phục vi phạm");
        assertThatThrownBy(() -> certificate.reinstate(LocalDate.of(2025, 3, 1))).isInstanceOf(BusinessException.class)
            .hasMessageContaining("only a suspended certificate can be reinstated");
        assertThatThrownBy(() -> certificate.suspend(LocalDate.of(2025, 3, 1), "x")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> certificate.revoke(LocalDate.of(2025, 3, 1), "x")).isInstanceOf(BusinessException.class);
    }

    @Test
    void anActionNeedsAReasonAndADateAfterTheDecision() {
        Certificate certificate = decidedOn(LocalDate.of(2024, 6, 1));

        assertThatThrownBy(() -> certificate.revoke(LocalDate.of(2024, 5, 31), "Quá hạn")).isInstanceOf(BusinessException.class)
            .hasMessageContaining("on or after the decision date");
        assertThatThrownBy(() -> certificate.suspend(LocalDate.of(2024, 7, 1), "  ")).isInstanceOf(BusinessException.class)
            .hasMessageContaining("reason");
        assertThatThrownBy(() -> certificate.suspend(null, "x")).isInstanceOf(BusinessException.class);
        assertThat(certificate.getState()).isEqualTo(CertificateState.ACTIVE);
    }

    @Test
    void aSupersededCertificateCannotBeRevoked() {
        Certificate certificate = decidedOn(LocalDate.of(2021, 6, 1));
        certificate.supersede(LocalDate.of(2024, 6, 1));

        assertThatThrownBy(() -> certificate.revoke(LocalDate.of(2024, 7, 1), "x")).isInstanceOf(BusinessException.class)
            .hasMessageContaining("it is superseded");
    }

    @Test
    void aReevaluationReplacesTheCurrentCertificateUpOrDown() {
        Product product = new Product("Rượu nếp cái", ProductGroup.BEVERAGE, PRODUCER, PROVINCE);
        Certificate first = certificate("OCOP-R1", product, LocalDate.of(2023, 6, 1), 3);
        Certificate upgrade = certificate("OCOP-R2", product, LocalDate.of(2025, 9, 15), 4);
        Certificate downgrade = certificate("OCOP-R3", product, LocalDate.of(2025, 9, 15), 3);
        product.adopt(first);

        product.reevaluate(first, upgrade);
        assertThat(product.getCurrentCertificate()).isSameAs(upgrade);
        assertThat(first.getState()).isEqualTo(CertificateState.SUPERSEDED);
        assertThat(first.getStateSince()).isEqualTo(LocalDate.of(2025, 9, 15));

        product.reevaluate(upgrade, downgrade);
        assertThat(product.getCurrentCertificate()).isSameAs(downgrade);
        assertThat(upgrade.getState()).isEqualTo(CertificateState.SUPERSEDED);
        assertThat(downgrade.statusOn(LocalDate.of(2026, 11, 25), 90)).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void onlyTheCurrentCertificateIsReevaluatedAndNotByAnOlderDecision() {
        Product product = new Product("Rượu nếp cái", ProductGroup.BEVERAGE, PRODUCER, PROVINCE);
        Certificate first = certificate("OCOP-R1", product, LocalDate.of(2023, 6, 1), 3);
        Certificate second = certificate("OCOP-R2", product, LocalDate.of(2025, 9, 15), 4);
        product.adopt(first);
        product.reevaluate(first, second);

        assertThatThrownBy(() -> product.reevaluate(first, certificate("OCOP-R3", product, LocalDate.of(2026, 1, 1), 5)))
            .isInstanceOf(BusinessException.class).hasMessageContaining("OCOP-R1 is not, the current one is OCOP-R2");
        assertThatThrownBy(() -> product.reevaluate(second, certificate("OCOP-R4", product, LocalDate.of(2025, 9, 14), 5)))
            .isInstanceOf(BusinessException.class).hasMessageContaining("older");
        assertThat(product.getCurrentCertificate()).isSameAs(second);
        assertThat(second.getState()).isEqualTo(CertificateState.ACTIVE);
    }

    @Test
    void aRevokedCertificateStaysRevokedWhenANewEvaluationReplacesIt() {
        Product product = new Product("Rượu nếp cái", ProductGroup.BEVERAGE, PRODUCER, PROVINCE);
        Certificate revoked = certificate("OCOP-R1", product, LocalDate.of(2023, 6, 1), 3);
        product.adopt(revoked);
        revoked.revoke(LocalDate.of(2024, 1, 10), "Vi phạm an toàn thực phẩm");
        Certificate next = certificate("OCOP-R2", product, LocalDate.of(2025, 9, 15), 3);

        product.reevaluate(revoked, next);

        assertThat(product.getCurrentCertificate()).isSameAs(next);
        assertThat(revoked.getState()).isEqualTo(CertificateState.REVOKED);
        assertThat(revoked.getStateReason()).isEqualTo("Vi phạm an toàn thực phẩm");
    }

    @Test
    void aSuspendedCertificateIsSupersededByItsReevaluation() {
        Product product = new Product("Rượu nếp cái", ProductGroup.BEVERAGE, PRODUCER, PROVINCE);
        Certificate suspended = certificate("OCOP-R1", product, LocalDate.of(2023, 6, 1), 3);
        product.adopt(suspended);
        suspended.suspend(LocalDate.of(2025, 1, 10), "Đang kiểm tra");
        product.reevaluate(suspended, certificate("OCOP-R2", product, LocalDate.of(2025, 9, 15), 4));
        assertThat(suspended.getState()).isEqualTo(CertificateState.SUPERSEDED);
        assertThat(suspended.getStateSince()).isEqualTo(LocalDate.of(2025, 9, 15));
    }
}
