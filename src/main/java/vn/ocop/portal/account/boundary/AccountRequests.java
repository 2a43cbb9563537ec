package vn.ocop.portal.account.boundary;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.AccountRequest;
import vn.ocop.portal.account.entity.Role;
import vn.ocop.portal.platform.boundary.Mailer;
import vn.ocop.portal.platform.boundary.PublicForms;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * Producers ask for an account on a public form (spam-guarded by PublicForms); the office approves — the account is
 * then invited like any other, so the one-time set-password link goes to the address given — or rejects with a
 * reason, which is mailed. Each decision is in the audit log.
 */
@Stateless
public class AccountRequests {

    public static final String FORM = "account-request";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicForms publicForms;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    @Inject
    Validator validator;

    /**
     * Stores a request from the public form: the honeypot and the hourly limit first, then the form's constraints
     * (checked here as well as by the page and the API, since the service is the boundary).
     */
    @PermitAll
    public long submit(AccountRequestForm form, String remoteAddress) {
        if (form == null) {
            throw new Refused("producerarea.request.empty");
        }
        publicForms.admit(FORM, remoteAddress, form.getWebsite());
        Set<ConstraintViolation<AccountRequestForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Producer producer = em.find(Producer.class, form.getProducerId());
        if (producer == null) {
            throw new Refused("producerarea.request.unknownProducer");
        }
        AccountRequest request = new AccountRequest(producer, form.getRegistrationNumber().strip(),
            form.getContactPerson().strip(), form.getPhone().strip(), form.getEmail().strip().toLowerCase(Locale.ROOT),
            Instant.now());
        em.persist(request);
        return request.getId();
    }

    @RolesAllowed("ADMIN")
    public List<AccountRequest> pending() {
        return em.createNamedQuery(AccountRequest.FIND_PENDING, AccountRequest.class)
            .setParameter("state", AccountRequest.State.PENDING).setMaxResults(200).getResultList();
    }

    /** Creates the PRODUCER account for the request's producer and address; its one-time link is mailed. */
    @RolesAllowed("ADMIN")
    public AccountView approve(long id, AccountRequestDecision decision, String base, String actor) {
        AccountRequest request = existing(id);
        if (request.getState() != AccountRequest.State.PENDING) {
            throw new Refused("producerarea.request.decided", request.getState().name());
        }
        if (decision == null || decision.getUsername() == null || decision.getUsername().isBlank()) {
            throw new Refused("producerarea.request.usernameRequired");
        }
        String username = decision.getUsername().strip();
        if (username.length() > Account.USERNAME_LENGTH || !username.matches(Account.USERNAME_PATTERN)) {
            throw new Refused("producerarea.request.usernamePattern", Account.USERNAME_LENGTH);
        }
        Invitation invitation = new Invitation();
        invitation.setUsername(username);
        invitation.setEmail(request.getEmail());
        invitation.setRole(Role.PRODUCER);
        invitation.setProducerId(request.getProducer().getId());
        String before = request.describe();
        AccountView account = accounts.invite(invitation, base, actor);
        request.approve(account.getUsername(), actor, Instant.now());
        audit.record(actor, "account.request.approve", subject(request), before, request.describe());
        return account;
    }

    @RolesAllowed("ADMIN")
    public void reject(long id, AccountRequestDecision decision, String actor) {
        AccountRequest request = existing(id);
        if (decision == null || decision.getReason() == null || decision.getReason().isBlank()) {
            throw new Refused("producerarea.request.reasonRequired");
        }
        if (decision.getReason().strip().length() > AccountRequest.REASON_LENGTH) {
            throw new Refused("producerarea.request.reasonTooLong", AccountRequest.REASON_LENGTH);
        }
        String before = request.describe();
        request.reject(decision.getReason().strip(), actor, Instant.now());
        audit.record(actor, "account.request.reject", subject(request), before, request.describe());
        ResourceBundle vi = ResourceBundle.getBundle("vn.ocop.portal.i18n.text", Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle("vn.ocop.portal.i18n.text", Locale.ENGLISH);
        Object[] values = {request.getProducer().getName(), request.getReason()};
        mailer.send(request.getEmail(), vi.getString("producerarea.request.mail.subject") + " / "
                + en.getString("producerarea.request.mail.subject"),
            MessageFormat.format(vi.getString("producerarea.request.mail.body"), values) + "\n\n-----\n\n"
                + MessageFormat.format(en.getString("producerarea.request.mail.body"), values));
    }

    /** What the office's list shows of a request. */
    public static Map<String, Object> json(AccountRequest r) {
        return Map.of("id", r.getId(), "producerId", r.getProducer().getId(), "producer", r.getProducer().getName(),
            "registrationNumber", r.getRegistrationNumber(), "contactPerson", r.getContactPerson(), "phone", r.getPhone(),
            "email", r.getEmail(), "state", r.getState().name(), "requestedAt", r.getRequestedAt().toString());
    }

    private AccountRequest existing(long id) {
        AccountRequest request = em.find(AccountRequest.class, id);
        if (request == null) {
            throw new NotFound("No account request " + id);
        }
        return request;
    }

    private static String subject(AccountRequest r) {
        return "account request " + r.getId();
    }
}
