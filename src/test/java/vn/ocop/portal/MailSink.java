package vn.ocop.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server that the deployed portal sends to in integration tests (GreenMail, on 127.0.0.1 at the port that
 * the build gives the portal as OCOP_SMTP_PORT). Start one per test class that expects mail; a class that sends none
 * needs none.
 */
public final class MailSink implements AutoCloseable {

    private final GreenMail mail;

    private MailSink(GreenMail mail) {
        this.mail = mail;
    }

    public static MailSink start() {
        int port = Integer.getInteger("ocop.smtp.port", 3025);
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new MailSink(mail);
    }

    /** Every mail received so far for this address (case does not matter), oldest first. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    /** Waits until at least {@code count} mails for the address have arrived, and returns them all. */
    public List<MimeMessage> await(String address, int count, Duration timeout) throws Exception {
        return Eventually.within(timeout, () -> to(address), mails -> mails.size() >= count);
    }

    /** The plain-text body of a mail, decoded. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String s ? s : GreenMailUtil.getBody(message);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().toLowerCase()
                .contains(address.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        mail.stop();
    }
}
