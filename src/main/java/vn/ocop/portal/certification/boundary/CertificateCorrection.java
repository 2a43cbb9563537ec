package vn.ocop.portal.certification.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.certification.entity.Certificate;

/**
 * The correctable facts of a certificate (stars, score, group label as written), with the version they were read at:
 * the edit form and the body of {@code PUT /api/v1/admin/certificates/{number}}.
 */
public class CertificateCorrection implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{ocop.required}")
    private Integer version;

    @NotNull(message = "{ocop.required}")
    private Integer stars;

    private Integer score;

    @NotBlank(message = "{ocop.required}")
    @Size(max = Certificate.GROUP_LABEL_LENGTH, message = "{ocop.tooLong}")
    private String groupLabel;

    public static CertificateCorrection of(Certificate certificate) {
        CertificateCorrection correction = new CertificateCorrection();
        correction.version = certificate.getVersion();
        correction.stars = certificate.getStars().getValue();
        correction.score = certificate.getScore();
        correction.groupLabel = certificate.getGroupLabel();
        return correction;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    public void setGroupLabel(String groupLabel) {
        this.groupLabel = groupLabel;
    }
}
