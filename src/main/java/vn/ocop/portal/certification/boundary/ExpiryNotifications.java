package vn.ocop.portal.certification.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.certification.entity.ExpiryThreshold;
import vn.ocop.portal.certification.entity.NoticeOutcome;
import vn.ocop.portal.platform.boundary.Mailer;
import vn.ocop.portal.platform.entity.MailNotSent;

/**
 * One run of the expiry notices: for each threshold (90, then 30 days), every certificate due a notice is claimed,
 * mailed and logged, one at a time and outside any transaction, so that one bad address or a refusing server costs
 * only that notice. Runs in this instance take turns; runs on other instances are kept apart by the log's unique key.
 */
@ApplicationScoped
public class ExpiryNotifications {

    private static final Logger LOG = Logger.getLogger(ExpiryNotifications.class.getName());
    static final String NO_SERVER = "No SMTP server is configured (OCOP_SMTP_HOST): the mail was written to the log only";

    @Inject
    ExpiryNotices notices;

    @Inject
    Mailer mailer;

    private final ReentrantLock running = new ReentrantLock();

    public Run run() {
        running.lock();
        try {
            Run run = new Run();
            for (ExpiryThreshold threshold : ExpiryThreshold.values()) {
                for (long certificateId : notices.candidates(threshold)) {
                    notify(certificateId, threshold, run);
                }
            }
            LOG.info(() -> "Expiry notices: " + run.getSent() + " sent, " + run.getFailed() + " failed, "
                + run.getNoAddress() + " without an address, " + run.getSkipped() + " skipped");
            return run;
        } finally {
            running.unlock();
        }
    }

    private void notify(long certificateId, ExpiryThreshold threshold, Run run) {
        Optional<ExpiryNotices.Claimed> claimed;
        try {
            claimed = notices.claim(certificateId, threshold);
        } catch (EJBException e) {
            // Most likely another instance claimed the same notice first (the unique key); it sends it.
            LOG.log(Level.FINE, "Expiry notice not claimed", e);
            run.skipped++;
            return;
        }
        if (claimed.isEmpty()) {
            run.skipped++;
            return;
        }
        ExpiryNotices.Claimed notice = claimed.get();
        if (!notice.hasAddress()) {
            run.add(notice, NoticeOutcome.NO_ADDRESS, null);
            return;
        }
        try {
            mailer.send(notice.recipient(), notice.mail().subject(), notice.mail().body());
            if (!mailer.sends()) {
                // Written to the log only: not SENT, so that it goes out once a server is configured.
                throw new MailNotSent(NO_SERVER);
            }
            notices.sent(notice.noticeId());
            run.add(notice, NoticeOutcome.SENT, null);
        } catch (MailNotSent e) {
            notices.failed(notice.noticeId(), e.getMessage());
            run.add(notice, NoticeOutcome.FAILED, e.getMessage());
        }
    }

    /** What a run did: {@code {"sent": 2, "failed": 0, "noAddress": 1, "skipped": 0, "notices": [...]}} */
    @JsonbPropertyOrder({"sent", "failed", "noAddress", "skipped", "notices"})
    public static final class Run {
        private final List<Notice> notices = new ArrayList<>();
        private int sent;
        private int failed;
        private int noAddress;
        private int skipped;

        void add(ExpiryNotices.Claimed notice, NoticeOutcome outcome, String error) {
            notices.add(new Notice(notice.certificateNumber(), notice.threshold().getDays(), outcome, notice.recipient(), error));
            switch (outcome) {
                case SENT -> sent++;
                case FAILED -> failed++;
                default -> noAddress++;
            }
        }

        public int getSent() {
            return sent;
        }

        public int getFailed() {
            return failed;
        }

        public int getNoAddress() {
            return noAddress;
        }

        /** Candidates that needed nothing after all: sent meanwhile, claimed elsewhere, or no longer due. */
        public int getSkipped() {
            return skipped;
        }

        public List<Notice> getNotices() {
            return notices;
        }
    }

    /** One notice a run dealt with. */
    @JsonbPropertyOrder({"certificateNumber", "thresholdDays", "outcome", "recipient", "error"})
    public static final class Notice {
        private final String certificateNumber;
        private final int thresholdDays;
        private final NoticeOutcome outcome;
        private final String recipient;
        private final String error;

        Notice(String certificateNumber, int thresholdDays, NoticeOutcome outcome, String recipient, String error) {
            this.certificateNumber = certificateNumber;
            this.thresholdDays = thresholdDays;
            this.outcome = outcome;
            this.recipient = recipient;
            this.error = error;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        public int getThresholdDays() {
            return thresholdDays;
        }

        public NoticeOutcome getOutcome() {
            return outcome;
        }

        public String getRecipient() {
            return recipient;
        }

        public String getError() {
            return error;
        }
    }
}
