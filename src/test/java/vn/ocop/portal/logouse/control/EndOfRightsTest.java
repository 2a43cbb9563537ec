package vn.ocop.portal.logouse.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.LogoUseStatus;
import vn.ocop.portal.logouse.entity.LogoUseTest;
import vn.ocop.portal.logouse.entity.RightEnded;
import vn.ocop.portal.logouse.entity.UseForm;

/** The transitions of an active logo use on each certificate event. */
class EndOfRightsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate DECIDED = LocalDate.of(2025, 1, 10);

    static LogoUse activeUse(Certificate certificate) {
        return new LogoUse(certificate, UseForm.PACKAGING, certificate.getStars(), TODAY, LocalDate.of(2027, 12, 31), null, TODAY);
    }

    static LogoUseStatus after(LogoUse use, LocalDate day) {
        EndOfRights.of(use, day).ifPresent(why -> use.endRight(why, day));
        return use.getStatus();
    }

    @Test
    void aValidCertificateKeepsItsUsesActive() {
        LogoUse use = activeUse(LogoUseTest.certificate(LogoUseTest.product(), DECIDED, 3));
        assertThat(EndOfRights.of(use, TODAY)).isEmpty();
        assertThat(after(use, LocalDate.of(2028, 1, 9))).isEqualTo(LogoUseStatus.ACTIVE);
    }

    @Test
    void expiryByDateMeansMustStop() {
        LogoUse use = activeUse(LogoUseTest.certificate(LogoUseTest.product(), DECIDED, 3));
        assertThat(EndOfRights.of(use, LocalDate.of(2028, 1, 10))).contains(RightEnded.EXPIRED);
        assertThat(after(use, LocalDate.of(2028, 1, 10))).isEqualTo(LogoUseStatus.MUST_STOP);
        assertThat(use.getEndedBy()).isEqualTo(RightEnded.EXPIRED);
    }

    @Test
    void revocationMeansMustStop() {
        Certificate certificate = LogoUseTest.certificate(LogoUseTest.product(), DECIDED, 4);
        LogoUse use = activeUse(certificate);
        certificate.revoke(TODAY, "vi phạm an toàn thực phẩm");
        assertThat(after(use, TODAY)).isEqualTo(LogoUseStatus.MUST_STOP);
        assertThat(use.getEndedBy()).isEqualTo(RightEnded.REVOKED);
    }

    @Test
    void suspensionMeansMustStop() {
        Certificate certificate = LogoUseTest.certificate(LogoUseTest.product(), DECIDED, 3);
        LogoUse use = activeUse(certificate);
        certificate.suspend(TODAY, "kiểm tra chất lượng");
        assertThat(after(use, TODAY)).isEqualTo(LogoUseStatus.MUST_STOP);
        assertThat(use.getEndedBy()).isEqualTo(RightEnded.SUSPENDED);
    }

    @Test
    void supersededByFewerStarsMeansMustChangeStars() {
        Product product = LogoUseTest.product();
        Certificate fourStars = LogoUseTest.certificate(product, DECIDED, 4);
        LogoUse use = activeUse(fourStars);
        LogoUseTest.certificate(product, TODAY, 3);
        assertThat(fourStars.getState().name()).isEqualTo("SUPERSEDED");
        assertThat(after(use, TODAY)).isEqualTo(LogoUseStatus.MUST_CHANGE_STARS);
        assertThat(use.getEndedBy()).isEqualTo(RightEnded.SUPERSEDED_FEWER_STARS);
    }

    @Test
    void supersededByMoreStarsLeavesTheUseToItsPeriod() {
        Product product = LogoUseTest.product();
        LogoUse use = activeUse(LogoUseTest.certificate(product, DECIDED, 3));
        LogoUseTest.certificate(product, TODAY, 4);
        assertThat(after(use, TODAY)).isEqualTo(LogoUseStatus.ACTIVE);
        assertThat(use.getStars()).isEqualTo(Stars.of(3));
    }

    @Test
    void applyingTwiceChangesNothingMore() {
        Certificate certificate = LogoUseTest.certificate(LogoUseTest.product(), DECIDED, 3);
        LogoUse use = activeUse(certificate);
        certificate.revoke(TODAY, "không đánh giá lại");
        assertThat(use.endRight(EndOfRights.of(use, TODAY).orElseThrow(), TODAY)).isTrue();
        assertThat(use.endRight(EndOfRights.of(use, TODAY).orElseThrow(), TODAY)).isFalse();
    }
}
