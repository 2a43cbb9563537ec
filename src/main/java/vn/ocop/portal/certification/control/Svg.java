package vn.ocop.portal.certification.control;

/** Text put into the portal's SVG documents. */
final class Svg {

    private Svg() {
    }

    /**
     * {@code text} as XML character data or attribute value: markup characters as entities, and characters that XML 1.0
     * forbids (control characters, lone surrogates) dropped, because names come from imported lists.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp == '&') {
                out.append("&amp;");
            } else if (cp == '<') {
                out.append("&lt;");
            } else if (cp == '>') {
                out.append("&gt;");
            } else if (cp == '"') {
                out.append("&quot;");
            } else if (cp == '\'') {
                out.append("&apos;");
            } else if (allowedInXml(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
            || cp >= 0x10000;
    }
}
