package vn.ocop.portal.logouse.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.logouse.entity.Inspection;

/** An inspection to plan: the producer (by id, or by one of its certificates), where, when and who inspects. */
public class InspectionPlan implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long producerId;

    @Size(max = Certificate.NUMBER_LENGTH)
    private String certificateNumber;

    @NotBlank(message = "{inspections.place.required}")
    @Size(max = Inspection.PLACE_LENGTH)
    private String place;

    @NotNull(message = "{inspections.plannedOn.required}")
    private LocalDate plannedOn;

    @NotBlank(message = "{inspections.inspector.required}")
    @Size(max = Inspection.INSPECTOR_LENGTH)
    private String inspector;

    public Long getProducerId() {
        return producerId;
    }

    public void setProducerId(Long producerId) {
        this.producerId = producerId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }
}
