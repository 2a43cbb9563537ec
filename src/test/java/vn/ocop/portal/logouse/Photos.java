package vn.ocop.portal.logouse;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/** Test pictures: a JPEG with an EXIF block that holds a GPS position, and what Images stored under the data folder. */
public final class Photos {

    /** The text inside the EXIF block, which a stored photo must no longer contain. */
    public static final String GPS = "GPSLatitude 21.0285 GPSLongitude 105.8542";

    private Photos() {
    }

    public static byte[] jpegWithGps(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new Color(0xC0, 0x30, 0x30));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fillOval(width / 4, height / 4, width / 2, height / 2);
            g.dispose();
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", jpeg);
            byte[] plain = jpeg.toByteArray();
            // An APP1 segment right after the start marker, as cameras write: "Exif\0\0" then the (here: textual) GPS data.
            byte[] exif = ("Exif\0\0MM\0*\0\0\0\b" + GPS).getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(plain, 0, 2);
            out.write(0xFF);
            out.write(0xE1);
            out.write((exif.length + 2) >> 8);
            out.write((exif.length + 2) & 0xFF);
            out.write(exif, 0, exif.length);
            out.write(plain, 2, plain.length - 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files Images keeps in a folder of the deployed portal's data directory. */
    public static long storedIn(String folder) {
        Path dir = Path.of(System.getenv().getOrDefault("OCOP_DATA_DIR", "target/it-data"), "images", folder);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }
}
