package vn.ocop.portal.logouse.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Ends the rights of expired certificates every morning at 06:30 in Vietnam, before the producers start printing.
 * Not persistent: each instance keeps its own timer, and only ACTIVE uses turn, so two instances turn each once.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogoUseSchedule {

    private static final Logger LOG = Logger.getLogger(LogoUseSchedule.class.getName());

    @Inject
    LogoUseRights rights;

    @Schedule(hour = "6", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false, info = "daily end of logo-use rights")
    void daily() {
        try {
            LogoUseRights.Run run = rights.runDaily();
            LOG.log(Level.INFO, "End of logo-use rights: {0}", run);
        } catch (RuntimeException e) {
            // A timer that throws is retried at once by the container; tomorrow's pass is soon enough.
            LOG.log(Level.WARNING, "The end of logo-use rights could not run", e);
        }
    }
}
