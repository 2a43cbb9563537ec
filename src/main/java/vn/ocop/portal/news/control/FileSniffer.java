package vn.ocop.portal.news.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ocop.portal.news.entity.AttachmentType;

/**
 * What a file really is, read from its first bytes and, for Office files, from the parts inside the ZIP: never from
 * its name or the type a browser claims. Anything not recognised as one of the {@link AttachmentType}s is refused,
 * and so are macro-enabled Office files.
 */
public final class FileSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Entries read at most when looking inside a ZIP, so that a crafted archive cannot keep the server busy. */
    private static final int MAX_ENTRIES = 2_000;

    private FileSniffer() {
    }

    public static Optional<AttachmentType> typeOf(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return office(content);
        }
        return isText(content) ? Optional.of(AttachmentType.CSV) : Optional.empty();
    }

    /**
     * XLSX or DOCX by the names in the ZIP's central directory. Read there, not by streaming the entries, since
     * writers such as POI's streaming workbook put sizes only in data descriptors, which a streaming reader refuses.
     */
    private static Optional<AttachmentType> office(byte[] content) {
        List<String> names = centralDirectoryNames(content);
        if (!names.contains("[Content_Types].xml") || names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
            return Optional.empty();
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(AttachmentType.XLSX);
        }
        return names.contains("word/document.xml") ? Optional.of(AttachmentType.DOCX) : Optional.empty();
    }

    /** The entry names of a ZIP, or none when its end record or directory is missing or inconsistent. */
    static List<String> centralDirectoryNames(byte[] zip) {
        int end = -1;
        for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xFFFF); at--) {
            if (int32(zip, at) == 0x06054b50) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int entries = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
        List<String> names = new ArrayList<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
            if (at < 0 || at + 46 > zip.length || int32(zip, at) != 0x02014b50) {
                return List.of();
            }
            int nameLength = int16(zip, at + 28);
            int skip = nameLength + int16(zip, at + 30) + int16(zip, at + 32);
            if (at + 46 + nameLength > zip.length) {
                return List.of();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + skip;
        }
        return names;
    }

    private static int int16(byte[] b, int at) {
        return at + 2 > b.length || at < 0 ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return at + 4 > b.length || at < 0 ? 0
            : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** UTF-8 text (a BOM allowed) with no control characters but tab, CR and LF: what a CSV list is. */
    private static boolean isText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        return text.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\r' || c == '\n')
            && text.chars().noneMatch(c -> c == 0x7F);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
