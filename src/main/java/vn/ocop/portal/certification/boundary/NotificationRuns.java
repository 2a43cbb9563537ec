package vn.ocop.portal.certification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.ocop.portal.account.boundary.AuditLog;

/**
 * An office member starts the expiry notices by hand. The run itself keeps out of any transaction (see
 * {@link ExpiryNotifications}); the audit entry of who started it, and what it did, gets a transaction of its own.
 */
@Stateless
@RolesAllowed("ADMIN")
public class NotificationRuns {

    @Inject
    ExpiryNotifications notifications;

    @Inject
    AuditLog log;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExpiryNotifications.Run runAs(String actor) {
        ExpiryNotifications.Run run = notifications.run();
        context.getBusinessObject(NotificationRuns.class).record(actor, run);
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, ExpiryNotifications.Run run) {
        log.record(actor, "expiry.notifications.run", "expiry notifications", null,
            "sent=" + run.getSent() + ", failed=" + run.getFailed() + ", noAddress=" + run.getNoAddress()
                + ", skipped=" + run.getSkipped());
    }
}
