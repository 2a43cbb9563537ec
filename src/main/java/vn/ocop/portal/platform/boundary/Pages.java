package vn.ocop.portal.platform.boundary;

import java.util.OptionalLong;

import org.omnifaces.util.Faces;

/** What backing beans share: answering 404 from a page, and reading ids from URLs. */
public final class Pages {

    private Pages() {
    }

    /** Ends the request with the portal's 404 page. */
    public static void notFound() {
        Faces.responseSendError(404, "Not found");
        Faces.responseComplete();
    }

    public static OptionalLong id(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text));
    }
}
