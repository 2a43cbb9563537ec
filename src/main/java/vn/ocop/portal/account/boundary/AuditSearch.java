package vn.ocop.portal.account.boundary;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.TypedQuery;

/** What the audit page searches for: parts of the subject, the actor and the action, any of them blank. */
public class AuditSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** '!' escapes LIKE's wildcards in what was typed: it needs no escaping itself in JPQL, SQL or MySQL strings. */
    static final String WHERE = "lower(a.subject) like :subject escape '!' and lower(a.actor) like :actor escape '!' "
        + "and lower(a.action) like :action escape '!'";

    private String subject;
    private String actor;
    private String action;

    <T> TypedQuery<T> apply(TypedQuery<T> query) {
        return query.setParameter("subject", contains(subject)).setParameter("actor", contains(actor))
            .setParameter("action", contains(action));
    }

    private static String contains(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
