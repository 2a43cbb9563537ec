package vn.ocop.portal.certification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.certification.entity.ExpiryThreshold;

class ExpiryNoticeRuleTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static ExpiryNoticeRule on(LocalDate day) {
        return new ExpiryNoticeRule(Clock.fixed(day.atStartOfDay(VIETNAM).plusHours(7).toInstant(), VIETNAM));
    }

    private static Optional<ExpiryThreshold> due(int daysLeft, Set<ExpiryThreshold> sent) {
        return on(TODAY).due(CertificateState.ACTIVE, TODAY.plusDays(daysLeft), sent);
    }

    @Test
    void eachThresholdCoversTheDaysDownToTheNextOne() {
        Set<ExpiryThreshold> none = Set.of();
        assertThat(due(91, none)).isEmpty();
        assertThat(due(90, none)).contains(ExpiryThreshold.DAYS_90);
        assertThat(due(89, none)).contains(ExpiryThreshold.DAYS_90);
        assertThat(due(31, none)).contains(ExpiryThreshold.DAYS_90);
        assertThat(due(30, none)).contains(ExpiryThreshold.DAYS_30);
        assertThat(due(29, none)).as("a certificate met late gets only the nearer notice").contains(ExpiryThreshold.DAYS_30);
        assertThat(due(1, none)).contains(ExpiryThreshold.DAYS_30);
        assertThat(due(0, none)).as("expires today: too late for a notice").isEmpty();
        assertThat(due(-5, none)).isEmpty();
    }

    @Test
    void aNoticeThatWentOutIsNotDueAgain() {
        assertThat(due(89, EnumSet.of(ExpiryThreshold.DAYS_90))).isEmpty();
        assertThat(due(29, EnumSet.of(ExpiryThreshold.DAYS_90))).contains(ExpiryThreshold.DAYS_30);
        assertThat(due(29, EnumSet.of(ExpiryThreshold.DAYS_30))).isEmpty();
    }

    @Test
    void onlyActiveCertificatesGetNotices() {
        for (CertificateState state : EnumSet.complementOf(EnumSet.of(CertificateState.ACTIVE))) {
            assertThat(on(TODAY).due(state, TODAY.plusDays(20), Set.of())).as(state.name()).isEmpty();
        }
    }

    @Test
    void aDailyRunOverAYearMailsEachThresholdExactlyOnceOnItsDay() {
        LocalDate expiresOn = LocalDate.of(2027, 6, 30);
        Set<ExpiryThreshold> sent = EnumSet.noneOf(ExpiryThreshold.class);
        Map<LocalDate, ExpiryThreshold> mails = new LinkedHashMap<>();
        for (LocalDate day = expiresOn.minusYears(1); !day.isAfter(expiresOn.plusDays(10)); day = day.plusDays(1)) {
            for (int run = 0; run < 2; run++) { // the start-up run and the 07:00 run on the same day
                Optional<ExpiryThreshold> due = on(day).due(CertificateState.ACTIVE, expiresOn, sent);
                LocalDate today = day;
                due.ifPresent(threshold -> {
                    mails.put(today, threshold);
                    sent.add(threshold);
                });
            }
        }
        assertThat(mails).containsExactly(Map.entry(expiresOn.minusDays(90), ExpiryThreshold.DAYS_90),
            Map.entry(expiresOn.minusDays(30), ExpiryThreshold.DAYS_30));
    }

    @Test
    void theCandidatesQueryBoundsAreTheRuleBounds() {
        assertThat(ExpiryThreshold.DAYS_90.earliestExpiry(TODAY)).isEqualTo(TODAY.plusDays(31));
        assertThat(ExpiryThreshold.DAYS_90.latestExpiry(TODAY)).isEqualTo(TODAY.plusDays(90));
        assertThat(ExpiryThreshold.DAYS_30.earliestExpiry(TODAY)).isEqualTo(TODAY.plusDays(1));
        assertThat(ExpiryThreshold.DAYS_30.latestExpiry(TODAY)).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void theMailNamesProductCertificateExpiryAndTheDossierDeadlineInBothLanguages() {
        ExpiryNoticeMail mail = new ExpiryNoticeMail("OCOP-HY-2023-0001", "Mật ong hoa nhãn", "HTX Bình Minh", 4,
            LocalDate.of(2027, 2, 23), TODAY, ExpiryThreshold.DAYS_90);
        assertThat(mail.subject()).contains("OCOP-HY-2023-0001").contains("23/02/2027");
        assertThat(mail.body()).contains("Kính gửi HTX Bình Minh").contains("\"Mật ong hoa nhãn\"")
            .contains("hết hiệu lực vào ngày 23/02/2027, còn 90 ngày").contains("trước ngày 23/01/2027")
            .contains("Dear HTX Bình Minh").contains("register for re-evaluation").contains("before 23/01/2027");
        assertThat(mail.body().indexOf("Kính gửi")).isLessThan(mail.body().indexOf("Dear"));
    }
}
