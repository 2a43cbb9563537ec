package vn.ocop.portal.news.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

import vn.ocop.portal.news.entity.Attachment;
import vn.ocop.portal.news.entity.AttachmentType;

/**
 * Names of attached files as the user gave them, made safe: no folders, no control characters, an extension that
 * agrees with the content, and the Content-Disposition header a download is served with (RFC 6266 with RFC 5987's
 * {@code filename*} for Vietnamese names, and a plain ASCII fallback).
 */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The name to keep: the last segment of what was given, cleaned, with the type's extension added when it has none.
     * Empty when its extension names another known type than the content's (a PNG named ".pdf").
     */
    public static Optional<String> forType(String given, AttachmentType type) {
        String name = clean(given);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (!extension.isEmpty() && type.accepts(extension)) {
            return Optional.of(name);
        }
        if (!extension.isEmpty() && AttachmentType.isKnown(extension)) {
            return Optional.empty();
        }
        String base = name.length() > Attachment.FILE_NAME_LENGTH - 6 ? name.substring(0, Attachment.FILE_NAME_LENGTH - 6) : name;
        return Optional.of(base + "." + type.extension());
    }

    static String clean(String given) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|]", "").replaceAll("\\s+", " ").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        return name.length() > Attachment.FILE_NAME_LENGTH ? name.substring(name.length() - Attachment.FILE_NAME_LENGTH) : name;
    }

    /** {@code attachment; filename="Danh-sach.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch.xlsx} */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
            .replace('đ', 'd').replace('Đ', 'D');
        String ascii = decomposed.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        return ascii.replace("-", "").replace(".", "").isEmpty() ? "download" : ascii;
    }

    private static String rfc5987(String value) {
        // URLEncoder writes a form: spaces as '+', and leaves '*' bare; RFC 5987's attr-char set wants %20 and %2A.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
