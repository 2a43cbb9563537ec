package vn.ocop.portal.certification.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs the expiry notices every morning at 07:00 in Vietnam, and once shortly after start-up (once the portal is
 * ready), so that a portal that was down at seven still sends the day's notices. The timers are not persistent:
 * each instance keeps its own, and the notice log keeps instances from mailing twice.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());
    private static final long AFTER_START_MILLIS = 10_000;

    @Resource
    TimerService timers;

    @Inject
    ExpiryNotifications notifications;

    @PostConstruct
    void afterStart() {
        timers.createSingleActionTimer(AFTER_START_MILLIS, new TimerConfig("expiry notices after start-up", false));
    }

    @Timeout
    void onceAfterStart() {
        runLogged();
    }

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false, info = "daily expiry notices")
    void daily() {
        runLogged();
    }

    private void runLogged() {
        try {
            notifications.run();
        } catch (RuntimeException e) {
            // A timer that throws is retried by the container at once; tomorrow's run is soon enough.
            LOG.log(Level.WARNING, "The expiry notices could not run", e);
        }
    }
}
