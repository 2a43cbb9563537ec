package vn.ocop.portal.inquiry.boundary;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.inquiry.entity.Inquiry;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.MailNotSent;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/**
 * One inquiry, {@code /producer/inquiry?id=N} and {@code /admin/inquiry?id=N}: the buyer's contact, the thread, a
 * reply, the note, closing. Someone else's inquiry is a 404.
 */
@Named
@ViewScoped
public class InquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inquiries inquiries;

    @Inject @Param(name = "id") String idParam;

    private long id;
    private transient Inquiry inquiry;
    private String reply;
    private String note;

    public void load() {
        try {
            id = Pages.id(idParam).orElseThrow(() -> new NotFound(idParam));
            inquiry = inquiries.inquiry(id, Faces.getRemoteUser());
            note = inquiry.getNote();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public Inquiry getInquiry() {
        if (inquiry == null) {
            inquiry = inquiries.inquiry(id, Faces.getRemoteUser());
        }
        return inquiry;
    }

    public void sendReply() {
        if (reply == null || reply.isBlank()) {
            Messages.addGlobalError(text("inquiries.detail.replyRequired"));
            return;
        }
        try {
            inquiry = inquiries.reply(id, reply, Faces.getRemoteUser());
            Messages.addGlobalInfo(java.text.MessageFormat.format(text("inquiries.detail.replied"), inquiry.getEmail()));
            reply = null;
        } catch (Refused refused) {
            Messages.addGlobalError(refused.message(Faces.getLocale()));
        } catch (MailNotSent notSent) {
            Messages.addGlobalError(notSent.getMessage());
        }
    }

    public void saveNote() {
        inquiry = inquiries.annotate(id, note, Faces.getRemoteUser());
        Messages.addGlobalInfo(text("inquiries.detail.noteSaved"));
    }

    public void close() {
        inquiry = inquiries.close(id, Faces.getRemoteUser());
        Messages.addGlobalInfo(text("inquiries.detail.closed"));
    }

    private static String text(String key) {
        return Faces.getResourceBundle("text").getString(key);
    }


    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
