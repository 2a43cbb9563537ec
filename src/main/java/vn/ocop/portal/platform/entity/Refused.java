package vn.ocop.portal.platform.entity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal worded by a key of the portal's text bundle: pages show it in the reader's language, the API gives it in
 * English as the reason.
 */
public class Refused extends BusinessException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "vn.ocop.portal.i18n.text";

    private final String key;
    private final Object[] args;

    public Refused(String key, Object... args) {
        super(format(key, Locale.ENGLISH, args));
        this.key = key;
        this.args = args.clone();
    }

    /** The bundle key that words the refusal: what tests and API clients may rely on. */
    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return format(key, locale, args);
    }

    /** What a page shows of any refusal: the worded one in the reader's language, another as it came. */
    public static String messageOf(BusinessException refusal, Locale locale) {
        return refusal instanceof Refused worded ? worded.message(locale) : refusal.getMessage();
    }

    private static String format(String key, Locale locale, Object[] args) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(args);
    }
}
