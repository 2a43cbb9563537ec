package vn.ocop.portal.account.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ValidatorFactory;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.platform.boundary.FormChecks;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.boundary.Producers;
import vn.ocop.portal.producer.entity.Producer;

/**
 * {@code /account/request[?producer=N]}: a producer asks for an account, choosing itself from the catalogue by name
 * (type-ahead, with or without diacritics), and is told what happens next. The choice is a label the page suggested;
 * the id behind it stays here, so a visitor can only pick a producer that the catalogue offered.
 */
@Named
@ViewScoped
public class AccountRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;
    private static final int KEPT = 500;

    @Inject
    transient AccountRequests requests;

    @Inject
    transient Producers producers;

    @Inject
    transient ValidatorFactory validation;

    @Inject @Param(name = "producer") String producerParam;

    private final AccountRequestForm form = new AccountRequestForm();
    private final Map<String, Long> suggested = new HashMap<>();
    private String producerChoice;
    private Long sentId;

    /** A link from a producer's page comes with the producer chosen. */
    public void load() {
        Pages.id(producerParam).ifPresent(id -> {
            try {
                producerChoice = offer(producers.producerWithProvince(id));
            } catch (NotFound unknown) {
                // Chosen by hand instead.
            }
        });
    }

    public List<String> suggest(String typed) {
        if (suggested.size() > KEPT) {
            suggested.clear();
        }
        List<String> labels = new ArrayList<>();
        for (Producer producer : producers.named(typed, SUGGESTIONS)) {
            labels.add(offer(producer));
        }
        return labels;
    }

    public void send() {
        form.setProducerId(producerChoice == null ? null : suggested.get(producerChoice));
        var violations = FormChecks.check(validation, form, Faces.getLocale());
        if (!violations.isEmpty()) {
            violations.forEach(v -> Messages.addError("request:" + field(FormChecks.fieldOf(v)), v.getMessage()));
            return;
        }
        try {
            sentId = requests.submit(form, Faces.getRemoteAddr());
        } catch (Refused refused) {
            Messages.addGlobalError(refused.message(Faces.getLocale()));
        }
    }

    private String offer(Producer producer) {
        String label = producer.getName() + " · " + producer.getProvince().getName();
        suggested.put(label, producer.getId());
        return label;
    }

    /** The input of a form field. */
    private static String field(String property) {
        return "producerId".equals(property) ? "producer" : property;
    }

    public AccountRequestForm getForm() {
        return form;
    }

    public String getProducerChoice() {
        return producerChoice;
    }

    public void setProducerChoice(String producerChoice) {
        this.producerChoice = producerChoice;
    }

    public Long getSentId() {
        return sentId;
    }
}
