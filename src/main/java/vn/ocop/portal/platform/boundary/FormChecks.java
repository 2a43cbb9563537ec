package vn.ocop.portal.platform.boundary;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;

/**
 * Bean Validation of a whole form object, worded in the reader's language: for forms that check on saving (so that
 * adding a row never trips over the empty fields of the rows just added), with the constraints the boundary checks.
 */
public final class FormChecks {

    private FormChecks() {
    }

    public static <T> Set<ConstraintViolation<T>> check(ValidatorFactory factory, T form, Locale locale) {
        MessageInterpolator standard = factory.getMessageInterpolator();
        MessageInterpolator localized = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return standard.interpolate(template, context, locale);
            }
        };
        return factory.usingContext().messageInterpolator(localized).getValidator().validate(form);
    }

    /** The index of the list element a violation is about ("certificates[2].number" gives 2), or null. */
    public static Integer rowOf(ConstraintViolation<?> violation) {
        Integer row = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                row = node.getIndex();
            }
        }
        return row;
    }

    /** The name of the field a violation is about ("certificates[2].number" gives "number"). */
    public static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }
}
