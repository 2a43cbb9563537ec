package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.time.Instant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

import vn.ocop.portal.certification.entity.ExpiryNotice;
import vn.ocop.portal.certification.entity.NoticeOutcome;

/** One row of the expiry-notice log, as the API and the log page show it. */
@JsonbPropertyOrder({"certificateNumber", "product", "producer", "thresholdDays", "outcome", "recipient", "sentAt",
    "attempts", "error"})
public final class NoticeLogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String certificateNumber;
    private final String product;
    private final String producer;
    private final int thresholdDays;
    private final NoticeOutcome outcome;
    private final String recipient;
    private final Instant sentAt;
    private final int attempts;
    private final String error;

    NoticeLogEntry(ExpiryNotice notice) {
        this.id = notice.getId();
        this.certificateNumber = notice.getCertificate().getNumber();
        this.product = notice.getCertificate().getProduct().getName();
        this.producer = notice.getCertificate().getProduct().getProducer().getName();
        this.thresholdDays = notice.getThresholdDays();
        this.outcome = notice.getOutcome();
        this.recipient = notice.getRecipient();
        this.sentAt = notice.getSentAt();
        this.attempts = notice.getAttempts();
        this.error = notice.getError();
    }

    @JsonbTransient
    public long getId() {
        return id;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getProduct() {
        return product;
    }

    public String getProducer() {
        return producer;
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

    public Instant getSentAt() {
        return sentAt;
    }

    /** When, in Vietnam's time, for the log page. */
    @JsonbTransient
    public String getSentAtText() {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .format(sentAt.atZone(vn.ocop.portal.platform.boundary.PortalClock.VIETNAM));
    }

    public int getAttempts() {
        return attempts;
    }

    public String getError() {
        return error;
    }
}
