package vn.ocop.portal.logouse.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.platform.entity.Refused;

/**
 * One issue of printed star stamps or labels to a certificate: the batch code, the serial range and its quantity,
 * the date. Serials are unique across the portal (the province): a range that overlaps another is refused, so that a
 * serial found on a package names exactly one certificate.
 */
@Entity
@Table(name = "stamp_batch")
@NamedQuery(name = StampBatch.FIND_OVERLAPPING, query = "select b from StampBatch b where b.serialPrefix = :prefix "
    + "and b.firstNumber <= :last and b.lastNumber >= :first order by b.firstNumber")
@NamedQuery(name = StampBatch.FIND_BY_SERIAL, query = "select b from StampBatch b join fetch b.certificate c "
    + "join fetch c.product p join fetch p.producer where b.serialPrefix = :prefix "
    + "and b.firstNumber <= :number and b.lastNumber >= :number")
@NamedQuery(name = StampBatch.FIND_BY_CODE, query = "select b from StampBatch b where b.batchCode = :code")
@NamedQuery(name = StampBatch.FIND_LISTED, query = "select b from StampBatch b join fetch b.certificate c "
    + "join fetch c.product p order by b.issuedOn desc, b.id desc")
@NamedQuery(name = StampBatch.COUNT_ALL, query = "select count(b) from StampBatch b")
public class StampBatch {

    public static final String FIND_OVERLAPPING = "StampBatch.findOverlapping";
    public static final String FIND_BY_SERIAL = "StampBatch.findBySerial";
    public static final String FIND_BY_CODE = "StampBatch.findByCode";
    public static final String FIND_LISTED = "StampBatch.findListed";
    public static final String COUNT_ALL = "StampBatch.countAll";
    public static final int CODE_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "stamp_batch")
    @TableGenerator(name = "stamp_batch", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "stamp_batch", allocationSize = 20)
    private Long id;

    @Column(name = "batch_code", nullable = false, unique = true, length = CODE_LENGTH)
    private String batchCode;

    @Column(name = "serial_prefix", nullable = false, length = SerialRange.PREFIX_LENGTH)
    private String serialPrefix;

    @Column(name = "first_number", nullable = false)
    private long firstNumber;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Version
    private int version;

    protected StampBatch() {
    }

    /** The quantity is what the office counted; it must agree with the range, or one of them is mistyped. */
    public StampBatch(String batchCode, SerialRange range, long quantity, LocalDate issuedOn, Certificate certificate) {
        if (quantity != range.size()) {
            throw new Refused("logouse.error.quantity", quantity, range.size());
        }
        if (issuedOn == null || issuedOn.isBefore(certificate.getDecision().getDecisionDate())
            || !issuedOn.isBefore(certificate.getExpiresOn())) {
            throw new Refused("logouse.error.issuedOutsideValidity", String.valueOf(issuedOn), certificate.getNumber());
        }
        this.batchCode = batchCode.strip();
        this.serialPrefix = range.prefix();
        this.firstNumber = range.first();
        this.lastNumber = range.last();
        this.quantity = quantity;
        this.issuedOn = issuedOn;
        this.certificate = certificate;
    }

    public SerialRange range() {
        return new SerialRange(serialPrefix, firstNumber, lastNumber);
    }

    public Long getId() {
        return id;
    }

    public String getBatchCode() {
        return batchCode;
    }

    public String getSerialPrefix() {
        return serialPrefix;
    }

    public long getFirstNumber() {
        return firstNumber;
    }

    public long getLastNumber() {
        return lastNumber;
    }

    public long getQuantity() {
        return quantity;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public int getVersion() {
        return version;
    }
}
