package vn.ocop.portal.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.MailNotSent;

/**
 * Sends the portal's plain-text mails (invitations, expiry notices, replies) through the SMTP server of
 * {@code OCOP_SMTP_HOST}. Without one, as in the embedded demo, each mail is written to the log instead, so that a
 * newcomer can still follow an invitation link.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final String TIMEOUT_MILLIS = "10000";

    private Session session;
    private InternetAddress from;

    @PostConstruct
    void configure() {
        Optional<String> host = PortalSettings.text(PortalSettings.SMTP_HOST);
        from = address(PortalSettings.text(PortalSettings.MAIL_FROM).orElse("OCOP <no-reply@ocop.localhost>"));
        if (host.isEmpty()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", PortalSettings.text(PortalSettings.SMTP_PORT).orElse("25"));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        boolean startTls = PortalSettings.text(PortalSettings.SMTP_STARTTLS).map(Boolean::parseBoolean).orElse(false);
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        Optional<String> user = PortalSettings.text(PortalSettings.SMTP_USER);
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String password = PortalSettings.text(PortalSettings.SMTP_PASSWORD).orElse("");
            session = Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            });
        } else {
            session = Session.getInstance(properties);
        }
    }

    /** Whether mails really leave the portal (an SMTP server is configured), rather than going to the log. */
    public boolean sends() {
        return session != null;
    }

    /**
     * Sends one UTF-8 plain-text mail to one address, now. Throws {@link MailNotSent} with a readable reason when the
     * address is not one or the server does not take the mail.
     */
    public void send(String to, String subject, String plainTextBody) {
        InternetAddress recipient = address(to);
        if (session == null) {
            LOG.info(() -> "No OCOP_SMTP_HOST is set, so this mail is not sent.\nTo: " + recipient + "\nSubject: "
                + subject + "\n\n" + plainTextBody);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, recipient);
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(plainTextBody, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(Instant.now()));
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail to " + recipient + " not sent: " + e);
            throw new MailNotSent("The mail server did not take the mail to " + recipient.getAddress() + ": "
                + e.getMessage());
        }
    }

    private static InternetAddress address(String text) {
        try {
            InternetAddress address = new InternetAddress(text == null ? "" : text.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new MailNotSent("Not an e-mail address: " + text);
        }
    }
}
