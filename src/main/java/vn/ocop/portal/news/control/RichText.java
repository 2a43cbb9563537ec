package vn.ocop.portal.news.control;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What markup a news body may hold: the sanitiser's one policy, applied on the server to everything an editor sends
 * before it is stored. Paragraphs, headings h2–h4, lists, bold, italic, underline, blockquotes, tables, and links to
 * http, https and mailto addresses only, which always get rel="nofollow noopener". No images (so nothing is fetched
 * from elsewhere when a reader opens the page), no style, no scripts, frames or event handlers: anything else is
 * dropped, keeping its text.
 */
public final class RichText {

    /** Quill 2 writes both kinds of list as {@code <ol>} and tells them apart by this attribute of each item. */
    private static final Pattern QUILL_LIST = Pattern.compile("bullet|ordered");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
        .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "b", "em", "i", "u", "blockquote",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
        .allowAttributes("data-list").matching(QUILL_LIST).onElements("li")
        .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("th", "td")
        .allowAttributes("scope").matching(Pattern.compile("row|col|rowgroup|colgroup")).onElements("th")
        .allowElements("a")
        .allowAttributes("href").onElements("a")
        .allowUrlProtocols("http", "https", "mailto")
        .requireRelsOnLinks("nofollow", "noopener")
        .toFactory();

    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

    private RichText() {
    }

    /** The body as it may be stored and shown: allowed markup kept, everything else removed. */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** The words a reader sees, without markup (entities decoded), in single spaces: for excerpts and emptiness. */
    public static String text(String html) {
        String escaped = TEXT_ONLY.sanitize(html == null ? "" : html.replaceAll("(?i)<(/p|br|/h[1-6]|/li|/td|/th)\\b", " $0"));
        return org.owasp.html.Encoding.decodeHtml(escaped, false).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** Plain text made safe to put inside markup, e.g. a decision's authority in a generated body. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&#34;").replace("'", "&#39;");
    }

    /** At most {@code length} characters of the text, cut at a space, with an ellipsis when cut. */
    public static String excerpt(String html, int length) {
        String text = text(html);
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length);
        return text.substring(0, cut > length / 2 ? cut : length).strip() + "…";
    }
}
