package vn.ocop.portal.inquiry.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Erases expired inquiry contact data every night at 02:30 in Vietnam. Each instance runs it; erasing twice is harmless. */
@Singleton
@Startup
@DependsOn("PortalStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    InquiryRetention retention;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false, info = "inquiry retention")
    void daily() {
        try {
            retention.run("retention");
        } catch (RuntimeException e) {
            // Retried tomorrow; a timer that throws would be retried by the container at once.
            LOG.log(Level.WARNING, "The inquiry retention could not run", e);
        }
    }
}
