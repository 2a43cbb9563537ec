package vn.ocop.portal.certification.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.certification.control.CertificateListExport;
import vn.ocop.portal.certification.control.CertificateListRow;
import vn.ocop.portal.news.boundary.Announcements;
import vn.ocop.portal.news.control.RichText;
import vn.ocop.portal.news.entity.AnnouncementDraft;
import vn.ocop.portal.news.entity.NewsRefused;
import vn.ocop.portal.platform.boundary.Languages;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;

/**
 * "Publish as announcement" on a decision's page ({@code /admin/decisions/{id}}): the decision's certificate list, as
 * XLSX, attached to a new announcement published at once with default Vietnamese and English texts, in one
 * transaction; the editor then lands on the announcement to review it.
 */
@Named
@RequestScoped
public class DecisionAnnouncementBacking {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final String BUNDLE = "vn.ocop.portal.i18n.text";

    @Inject
    Decisions decisions;

    @Inject
    Announcements announcements;

    @Inject @Param(pathIndex = 0) String id;

    public void publish() throws IOException {
        long decisionId = Pages.id(id).orElseThrow(() -> new NotFound("No decision " + id));
        DecisionView decision = decisions.decision(decisionId);
        List<CertificateListRow> rows = decisions.rows(decisionId);
        Object[] arguments = {RichText.escape(decision.getNumber()), DATE.format(decision.getDate()),
            RichText.escape(decision.getAuthority()), Integer.toString(rows.size())};
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Languages.VIETNAMESE);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        String titleVi = text(vi, "title", decision.getNumber(), arguments[1]);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        CertificateListExport.writeXlsx(titleVi, rows, xlsx);
        AnnouncementDraft draft = new AnnouncementDraft(titleVi, text(vi, "body", arguments),
            text(en, "title", decision.getNumber(), arguments[1]), text(en, "body", arguments), null);
        String fileName = "ocop-" + decision.getNumber().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-" + decision.getDate() + ".xlsx";
        try {
            long announcement = announcements.publishWithAttachment(draft, fileName, CertificateListExport.XLSX_TYPE,
                xlsx.toByteArray(), Faces.getRemoteUser()).getId();
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString("news.fromList.published"));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/news-edit?id=" + announcement);
        } catch (NewsRefused refused) {
            // Back to the decision's page, which shows its decision only on a fresh request.
            Messages.addFlashGlobalError(Faces.getResourceBundle("text").getString(refused.key()));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/decisions/" + decisionId);
        }
    }

    private static String text(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString("news.fromDecision." + key), Locale.ROOT).format(arguments);
    }
}
