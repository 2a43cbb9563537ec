package vn.ocop.portal.news.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.ocop.portal.news.entity.AttachmentType;

/**
 * The attached files under {@code OCOP_DATA_DIR/news/}, each under a random name with the extension of its real type:
 * a user's file name never reaches the file system.
 */
public final class AttachmentFiles {

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f-]{36}\\.[a-z]{3,4}");

    private final Path folder;

    public AttachmentFiles(Path folder) {
        this.folder = folder;
    }

    /** Writes the content under a new random name, and returns that name. */
    public String store(byte[] content, AttachmentType type) {
        String name = UUID.randomUUID() + "." + type.extension();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment in " + folder, e);
        }
        return name;
    }

    public Path path(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored attachment name: " + storedName);
        }
        return folder.resolve(storedName);
    }

    public void delete(String storedName) {
        try {
            Files.deleteIfExists(path(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete attachment " + storedName, e);
        }
    }
}
