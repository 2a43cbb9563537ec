package vn.ocop.portal.certification.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.ocop.portal.certification.entity.ImportReport;
import vn.ocop.portal.platform.control.PortalSettings;

/**
 * Loads the bundled demo lists into an empty database, through the same import as an office's upload, so that a
 * newcomer sees a living portal. {@code OCOP_DEMO_DATA=false} keeps the database empty.
 */
@Stateless
@RunAs("ADMIN") // imports are the office's; glassfish-web.xml maps the run-as role to a principal no account can have
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each file is one import, one transaction
public class DemoData {

    /** The provinces' sample list, then re-evaluations of a few of its products, to show certificate history. */
    static final List<String> FILES = List.of("demo/ocop-certified-products.sample.csv", "demo/ocop-reevaluations.csv");
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CertifiedProductImports imports;

    public void loadIfEmpty() {
        boolean wanted = PortalSettings.text(PortalSettings.DEMO_DATA).map(Boolean::parseBoolean).orElse(true);
        long certificates = em.createQuery("select count(c) from Certificate c", Long.class).getSingleResult();
        if (!wanted || certificates > 0) {
            return;
        }
        for (String file : FILES) {
            ImportReport report = imports.importList(read(file), file, "demo-data", Locale.forLanguageTag("vi"));
            LOG.info(() -> "Demo data " + file + ": " + report.getImported() + " certificates imported, "
                + report.getRejected().size() + " rejected");
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
