package vn.ocop.portal.platform.control;

/** Guards redirects that take a target from the request: only paths of this portal, never another site. */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
            || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
