package vn.ocop.portal.platform.boundary;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Part;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.Refused;

/**
 * Uploaded pictures (logo artwork, inspection photos, product and sales-point photos) under
 * {@code OCOP_DATA_DIR/images/}. What a file is comes from its first bytes, never its name; every image is decoded and
 * written anew, which drops EXIF (GPS positions included), comments and anything hidden after the image data. A
 * picture is stored under a random name, with a thumbnail beside it; inside a transaction that rolls back, both are
 * removed again, so that no file outlives a record that was never written.
 */
@ApplicationScoped
public class Images {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Decoding allocates 4 bytes a pixel: 40 megapixels keep a small file that claims to be huge from filling memory. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Longest side kept: larger photos are scaled down, which no page needs and every visitor would download. */
    public static final int MAX_SIDE = 2400;
    public static final int THUMBNAIL_SIDE = 400;

    private static final Logger LOG = Logger.getLogger(Images.class.getName());
    private static final Pattern FOLDER = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}/[0-9a-f-]{36}(-thumb)?\\.(jpg|png)");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Path root;

    public Images() {
        this(PortalSettings.dataDir().resolve("images"));
    }

    public Images(Path root) {
        this.root = root;
    }

    /** A stored picture: {@code name} and {@code thumbnail} are what entities keep, e.g. "products/3f2a….jpg". */
    public record StoredImage(String name, String thumbnail, String contentType, int width, int height) {
    }

    /** The public address of a stored picture, below the context path. */
    public static String url(String name) {
        return "/images/" + name;
    }

    /** The thumbnail's name of a stored picture's name. */
    public static String thumbnailOf(String name) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "-thumb" + name.substring(dot);
    }

    /**
     * The bytes of an uploaded part, refused when empty or over {@link #MAX_BYTES} before more than that is read: a
     * 50 MB upload never sits whole in memory.
     */
    public static byte[] read(Part part) {
        if (part == null || part.getSize() == 0) {
            throw new Refused("image.error.empty");
        }
        if (part.getSize() > MAX_BYTES) {
            throw new Refused("image.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = part.getInputStream()) {
            return readLimited(in);
        } catch (IOException e) {
            throw new Refused("image.error.unreadable");
        }
    }

    /** At most {@link #MAX_BYTES} of a stream; more is refused. */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new Refused("image.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return content;
    }

    public StoredImage store(String folder, byte[] content) {
        if (!FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("Not an image folder: " + folder);
        }
        String format = formatOf(content);
        BufferedImage image = decode(content);
        BufferedImage full = scaled(image, MAX_SIDE, format);
        BufferedImage thumbnail = scaled(image, THUMBNAIL_SIDE, format);
        String extension = format.equals("png") ? "png" : "jpg";
        String name = folder + "/" + UUID.randomUUID() + "." + extension;
        String thumbnailName = thumbnailOf(name);
        try {
            write(full, format, path(name));
            write(thumbnail, format, path(thumbnailName));
        } catch (IOException | RuntimeException e) {
            quietlyDelete(name);
            quietlyDelete(thumbnailName);
            throw new UncheckedIOException("Could not store an image in " + root, e instanceof IOException io ? io
                : new IOException(e));
        }
        whenRolledBack(() -> {
            quietlyDelete(name);
            quietlyDelete(thumbnailName);
        });
        return new StoredImage(name, thumbnailName, contentType(name), full.getWidth(), full.getHeight());
    }

    /** Removes a picture and its thumbnail: after the commit when a transaction is active, so a rollback keeps them. */
    public void delete(String name) {
        if (name == null) {
            return;
        }
        Runnable remove = () -> {
            quietlyDelete(name);
            quietlyDelete(thumbnailOf(name));
        };
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(after(status -> status == Status.STATUS_COMMITTED, remove));
        } else {
            remove.run();
        }
    }

    /** The file of a stored name, or none when the name is not one this class makes (no path tricks). */
    public java.util.Optional<Path> file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return java.util.Optional.empty();
        }
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? java.util.Optional.of(file)
            : java.util.Optional.empty();
    }

    public static String contentType(String name) {
        return name.endsWith(".png") ? "image/png" : "image/jpeg";
    }

    private Path path(String name) {
        return root.resolve(name).normalize();
    }

    private static String formatOf(byte[] content) {
        if (content == null || content.length == 0) {
            throw new Refused("image.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("image.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, JPEG)) {
            return "jpeg";
        }
        if (startsWith(content, PNG)) {
            return "png";
        }
        throw new Refused("image.error.type");
    }

    /** Decodes after reading the size from the header, so that a decompression bomb is refused before it unpacks. */
    private static BufferedImage decode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("image.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw new Refused("image.error.tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new Refused("image.error.unreadable");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("image.error.unreadable");
        }
    }

    /** The image no larger than {@code side} on its longest side, in a colour model its format can write. */
    private static BufferedImage scaled(BufferedImage image, int side, String format) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) side / Math.max(w, h));
        int width = Math.max(1, (int) Math.round(w * factor));
        int height = Math.max(1, (int) Math.round(h * factor));
        int type = format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Writes to a temporary file first and moves it into place: a reader never sees half a picture. */
    private static void write(BufferedImage image, String format, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (format.equals("png")) {
                ImageIO.write(image, "png", bytes);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                    writer.setOutput(out);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.85f);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            Files.write(temporary, bytes.toByteArray());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void quietlyDelete(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete image {0}: {1}", new Object[] {name, e.getMessage()});
        }
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    private void whenRolledBack(Runnable action) {
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(after(status -> status != Status.STATUS_COMMITTED, action));
        }
    }

    private static Synchronization after(java.util.function.IntPredicate when, Runnable action) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Files follow the outcome only.
            }

            @Override
            public void afterCompletion(int status) {
                if (when.test(status)) {
                    action.run();
                }
            }
        };
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
