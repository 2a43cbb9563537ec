package vn.ocop.portal.logouse.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * An inspection of how a producer uses the mark: planned (producer, place, date, inspector), then carried out, with
 * its findings, photos and the violations it found.
 */
@Entity
@Table(name = "inspection")
@NamedQuery(name = Inspection.FIND_NEWEST, query = "select i from Inspection i join fetch i.producer "
    + "order by i.plannedOn desc, i.id desc")
@NamedQuery(name = Inspection.COUNT_ALL, query = "select count(i) from Inspection i")
public class Inspection {

    public static final String FIND_NEWEST = "Inspection.findNewest";
    public static final String COUNT_ALL = "Inspection.countAll";
    public static final int PLACE_LENGTH = 300;
    public static final int INSPECTOR_LENGTH = 120;
    public static final int FINDINGS_LENGTH = 4000;
    public static final int MAX_PHOTOS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "inspection")
    @TableGenerator(name = "inspection", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "inspection", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    /** The certificate the inspection is about, when it is about one product. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Column(nullable = false, length = PLACE_LENGTH)
    private String place;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false, length = INSPECTOR_LENGTH)
    private String inspector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionStatus status = InspectionStatus.PLANNED;

    @Column(length = FINDINGS_LENGTH)
    private String findings;

    @Column(name = "inspected_on")
    private LocalDate inspectedOn;

    @ElementCollection
    @CollectionTable(name = "inspection_photo", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "image_name", length = 120)
    @OrderColumn(name = "sort_order")
    private List<String> photos = new ArrayList<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Violation> violations = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Inspection() {
    }

    public Inspection(Producer producer, Certificate certificate, String place, LocalDate plannedOn, String inspector,
                      String createdBy, Instant createdAt) {
        if (certificate != null && !certificate.getProduct().getProducer().getId().equals(producer.getId())) {
            throw new Refused("inspections.error.certificateOfOtherProducer", certificate.getNumber());
        }
        this.producer = producer;
        this.certificate = certificate;
        this.place = place.strip();
        this.plannedOn = plannedOn;
        this.inspector = inspector.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The inspectors write down what they found on a day; it can be written again (corrections) later. */
    public void recordFindings(LocalDate on, String findings) {
        if (on == null) {
            throw new Refused("inspections.error.dateRequired");
        }
        if (findings == null || findings.isBlank()) {
            throw new Refused("inspections.error.findingsRequired");
        }
        if (findings.strip().length() > FINDINGS_LENGTH) {
            throw new Refused("inspections.error.findingsTooLong", FINDINGS_LENGTH);
        }
        this.inspectedOn = on;
        this.findings = findings.strip();
        this.status = InspectionStatus.DONE;
    }

    public void addPhoto(String imageName) {
        if (photos.size() >= MAX_PHOTOS) {
            throw new Refused("inspections.error.tooManyPhotos", MAX_PHOTOS);
        }
        photos.add(imageName);
    }

    /** A violation found here: about this inspection's producer, on the day it was found. */
    public Violation found(ViolationType type, String description, Certificate certificate, LogoUse logoUse,
                           String sanction, LocalDate foundOn, LocalDate followUpOn) {
        Certificate about = certificate != null ? certificate
            : logoUse != null ? logoUse.getCertificate() : this.certificate;
        if (logoUse != null && about != logoUse.getCertificate()
            && !about.getId().equals(logoUse.getCertificate().getId())) {
            // The use record must be the one of the certificate the violation names.
            throw new Refused("inspections.error.logoUseOfOtherCertificate", logoUse.getId(), about.getNumber());
        }
        if (about != null && !about.getProduct().getProducer().getId().equals(producer.getId())) {
            throw new Refused("inspections.error.certificateOfOtherProducer", about.getNumber());
        }
        Violation violation = new Violation(this, type, description, about, logoUse, sanction, foundOn, followUpOn);
        violations.add(violation);
        return violation;
    }

    public Long getId() {
        return id;
    }

    public Producer getProducer() {
        return producer;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public String getFindings() {
        return findings;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public List<String> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    public List<Violation> getViolations() {
        return Collections.unmodifiableList(violations);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
