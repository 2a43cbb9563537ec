package vn.ocop.portal.logouse.boundary;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import vn.ocop.portal.logouse.control.EndOfRightsMail;
import vn.ocop.portal.platform.boundary.Mailer;
import vn.ocop.portal.platform.entity.MailNotSent;

/**
 * Mails the producers once the uses have turned and the transaction committed: a rolled-back change mails no one.
 * A mail that fails is logged; the record stays on the inspection worklist, where the office follows it up.
 */
@ApplicationScoped
public class EndOfRightsMails {

    private static final Logger LOG = Logger.getLogger(EndOfRightsMails.class.getName());

    @Inject
    Mailer mailer;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        for (EndOfRightsMail mail : due.mails()) {
            try {
                mailer.send(mail.recipient(), mail.subject(), mail.body());
            } catch (MailNotSent e) {
                LOG.log(Level.WARNING, "End-of-rights notice to {0} not sent: {1}", new Object[] {mail.recipient(), e.getMessage()});
            }
        }
    }

    /** The notices due by one transaction. */
    public record Due(List<EndOfRightsMail> mails) {
        public Due {
            mails = List.copyOf(mails);
        }
    }
}
