package vn.ocop.portal.news.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

    private static Optional<AttachmentType> office(byte[] content) {
        boolean contentTypes = false;
        AttachmentType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int read = 0; read < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; read++) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("xl/workbook.xml")) {
                    found = AttachmentType.XLSX;
                } else if (name.equals("word/document.xml")) {
                    found = AttachmentType.DOCX;
                } else if (name.endsWith("vbaProject.bin")) {
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
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
