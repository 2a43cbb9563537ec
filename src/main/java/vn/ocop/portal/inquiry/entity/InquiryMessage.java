package vn.ocop.portal.inquiry.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One message of an inquiry's thread. Never changed once written; erased with the inquiry's personal data. */
@Entity
@Table(name = "inquiry_message")
public class InquiryMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "inquiry_message")
    @TableGenerator(name = "inquiry_message", table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "inquiry_message", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Direction direction;

    /** The buyer's name for FROM_BUYER, the username of whoever replied for TO_BUYER. */
    @Column(nullable = false, length = Inquiry.NAME_LENGTH)
    private String author;

    @Column(name = "body", nullable = false, length = Inquiry.MESSAGE_LENGTH)
    private String text;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected InquiryMessage() {
    }

    InquiryMessage(Inquiry inquiry, Direction direction, String author, String text, Instant sentAt) {
        this.inquiry = inquiry;
        this.direction = direction;
        this.author = author;
        this.text = text;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
