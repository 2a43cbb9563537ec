package vn.ocop.portal.inquiry.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import vn.ocop.portal.inquiry.entity.Inquiry;

/**
 * The inquiry mails, Vietnamese first and English below. The recipients' notice carries no contact data (mail is
 * not where personal data should spread): it links to the inbox. The reply to the buyer carries the reply only.
 */
@ApplicationScoped
public class InquiryMails {

    private static final String BUNDLE = "vn.ocop.portal.i18n.text";
    private static final Locale VI = Locale.forLanguageTag("vi");

    public record Mail(String subject, String body) {
    }

    public Mail newInquiry(Inquiry inquiry, String base) {
        String inbox = base + (inquiry.getRoute() == vn.ocop.portal.inquiry.entity.Route.PRODUCER
            ? "/producer/inquiry?id=" : "/admin/inquiry?id=") + inquiry.getId();
        Object[] args = {inquiry.getProduct().getName(), inquiry.getQuantity(), inquiry.getUnit(),
            inquiry.getDeliveryProvince(), inbox, String.valueOf(inquiry.getId())};
        return new Mail(text(VI, "inquiries.mail.new.subject", args) + " / " + text(Locale.ENGLISH, "inquiries.mail.new.subject", args),
            text(VI, "inquiries.mail.new.body", args) + "\n\n---\n\n" + text(Locale.ENGLISH, "inquiries.mail.new.body", args));
    }

    public Mail reply(Inquiry inquiry, String reply) {
        Object[] args = {inquiry.getProduct().getName(), inquiry.getProducer().getName(), reply,
            String.valueOf(inquiry.getId())};
        return new Mail(text(VI, "inquiries.mail.reply.subject", args) + " / " + text(Locale.ENGLISH, "inquiries.mail.reply.subject", args),
            text(VI, "inquiries.mail.reply.body", args) + "\n\n---\n\n" + text(Locale.ENGLISH, "inquiries.mail.reply.body", args));
    }

    private static String text(Locale locale, String key, Object[] args) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(args);
    }
}
