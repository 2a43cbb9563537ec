package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.platform.boundary.FormChecks;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /admin/decisions/new}: a decision and its certificates, typed from the signed paper, saved in one go. */
@Named
@ViewScoped
public class DecisionFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Decisions decisions;

    @Inject
    transient ValidatorFactory validation;

    private final DecisionForm form = new DecisionForm();
    private final Map<Integer, List<String>> rowErrors = new TreeMap<>();

    @PostConstruct
    void twoRows() {
        addRow();
        addRow();
    }

    public void addRow() {
        form.getCertificates().add(new CertificateRow());
    }

    public void removeRow(int row) {
        if (form.getCertificates().size() > 1) {
            form.getCertificates().remove(row);
            rowErrors.clear();
        }
    }

    public void save() {
        rowErrors.clear();
        Locale locale = Faces.getLocale();
        ResourceBundle text = Faces.getResourceBundle("text");
        for (ConstraintViolation<DecisionForm> violation : FormChecks.check(validation, form, locale)) {
            Integer row = FormChecks.rowOf(violation);
            String field = FormChecks.fieldOf(violation);
            String message = text.getString("admin.decisions.field." + (row != null && "number".equals(field)
                ? "certificateNumber" : field)) + ": " + violation.getMessage();
            if (row == null) {
                Messages.addGlobalError(message);
            } else {
                rowErrors.computeIfAbsent(row, r -> new ArrayList<>()).add(message);
            }
        }
        if (!rowErrors.isEmpty() || Faces.getContext().getMessageList().size() > 0) {
            Messages.addGlobalError(text.getString("admin.decisions.message.notSaved"));
            return;
        }
        try {
            DecisionView saved = decisions.create(form, Faces.getRemoteUser());
            Messages.addFlashGlobalInfo(text.getString("admin.decisions.message.saved"));
            Faces.redirect("admin/decisions/" + saved.getId());
        } catch (CertificatesRefused refused) {
            refused.reasons(locale).forEach((row, reason) -> rowErrors.computeIfAbsent(row, r -> new ArrayList<>()).add(reason));
            Messages.addGlobalError(text.getString("admin.decisions.message.notSaved"));
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, locale));
        }
    }

    public List<String> errorsOf(int row) {
        return rowErrors.getOrDefault(row, List.of());
    }

    public DecisionForm getForm() {
        return form;
    }
}
