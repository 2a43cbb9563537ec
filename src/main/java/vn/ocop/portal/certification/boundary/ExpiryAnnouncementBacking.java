package vn.ocop.portal.certification.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.certification.control.CertificateListExport;
import vn.ocop.portal.certification.control.ExpiryListQuery;
import vn.ocop.portal.news.boundary.Announcements;
import vn.ocop.portal.news.entity.AnnouncementDraft;
import vn.ocop.portal.news.entity.NewsRefused;
import vn.ocop.portal.platform.boundary.Languages;

/**
 * "Publish as announcement" on the expiry list page: the list shown, as XLSX, attached to a new announcement published
 * at once with default Vietnamese and English titles, in one transaction; the editor then lands on the announcement
 * to review or change its text.
 */
@Named
@RequestScoped
public class ExpiryAnnouncementBacking {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final String BUNDLE = "vn.ocop.portal.i18n.text";

    @Inject
    ExpiryExports exports;

    @Inject
    CertificateLists lists;

    @Inject
    Announcements announcements;

    public void publish(ExpiryListQuery list) throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.write(list, ExpiryExports.XLSX, xlsx);
        Object[] arguments = {Integer.toString(list.days()), DATE.format(lists.today()), Integer.toString(list.year()),
            lists.firstExpiry(list).map(DATE::format).orElse("—"), Long.toString(lists.count(list))};
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Languages.VIETNAMESE);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        AnnouncementDraft draft = new AnnouncementDraft(text(vi, "title." + list.kind().name(), arguments),
            text(vi, "body", arguments), text(en, "title." + list.kind().name(), arguments), text(en, "body", arguments), null);
        try {
            long id = announcements.publishWithAttachment(draft, exports.fileName(list, ExpiryExports.XLSX),
                CertificateListExport.XLSX_TYPE, xlsx.toByteArray(), Faces.getRemoteUser()).getId();
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("news.fromList.published"));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/news-edit?id=" + id);
        } catch (NewsRefused refused) {
            Messages.addGlobalError(Faces.getResourceBundle("text").getString(refused.key()));
        }
    }

    private static String text(ResourceBundle bundle, String key, Object[] arguments) {
        return new MessageFormat(bundle.getString("news.fromExpiry." + key), Locale.ROOT).format(arguments);
    }
}
