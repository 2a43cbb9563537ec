package vn.ocop.portal.certification.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.account.entity.AuditEntry;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;

/**
 * {@code /admin/registry/certificate?number=}: a certificate with its product, producer and history. The office sees
 * its audit trail and the buttons that change it; the commerce department reads it only.
 */
@Named
@RequestScoped
public class CertificateRecordBacking {

    @Inject
    CertificateRecords records;

    @Inject
    AuditLog audit;

    @Inject @Param(name = "number")
    String number;

    private CertificateRecord record;

    public void load() {
        try {
            record = records.record(number);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public CertificateRecord getRecord() {
        return record;
    }

    /** Whether the reader may change certificates (the office); others get the page without its buttons. */
    public boolean isEditor() {
        return Faces.isUserInRole("ADMIN");
    }

    public List<AuditEntry> getAudit() {
        return isEditor() ? audit.newest("certificate " + record.getNumber()) : List.of();
    }
}
