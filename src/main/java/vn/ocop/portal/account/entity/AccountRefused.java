package vn.ocop.portal.account.entity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.ocop.portal.platform.entity.BusinessException;

/**
 * An account rule refused what was asked (a username taken, a used link...). It carries a bundle key, so that a page
 * says it in the reader's language; its message, which the API returns, is the English text.
 */
public class AccountRefused extends BusinessException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "vn.ocop.portal.i18n.text";

    private final String key;
    private final transient Object[] arguments;

    public AccountRefused(String key, Object... arguments) {
        super(format(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String getKey() {
        return key;
    }

    public String localized(Locale locale) {
        return format(locale, key, arguments);
    }

    private static String format(Locale locale, String key, Object[] arguments) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }
}
