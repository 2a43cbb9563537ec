package vn.ocop.portal.platform.entity;

/** The mail server refused a mail, or the address cannot take one. Rolls back what the mail was part of. */
public class MailNotSent extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MailNotSent(String message) {
        super(message);
    }
}
