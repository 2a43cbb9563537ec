package vn.ocop.portal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ocop.portal.platform.entity.Refused;

class ImagesTest {

    @TempDir
    Path root;

    @Test
    void aJpegIsReEncodedWithoutItsMetadataAndGetsAThumbnail() throws IOException {
        byte[] withExif = withApp1(jpeg(3000, 1500), "Exif\0\0GPS 21.0285 105.8542 secret");
        Images.StoredImage stored = new Images(root).store("products", withExif);

        assertTrue(stored.name().matches("products/[0-9a-f-]{36}\\.jpg"), stored.name());
        assertEquals("image/jpeg", stored.contentType());
        assertEquals(Images.MAX_SIDE, stored.width());
        assertEquals(1200, stored.height());
        byte[] kept = Files.readAllBytes(root.resolve(stored.name()));
        assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains("GPS"), "EXIF was stripped");
        BufferedImage thumbnail = ImageIO.read(root.resolve(stored.thumbnail()).toFile());
        assertEquals(Images.THUMBNAIL_SIDE, thumbnail.getWidth());
        assertTrue(new Images(root).file(stored.name()).isPresent());
    }

    @Test
    void aPngStaysAPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB), "png", png);
        Images.StoredImage stored = new Images(root).store("logouse", png.toByteArray());
        assertTrue(stored.name().endsWith(".png"));
        assertEquals("image/png", Images.contentType(stored.name()));
    }

    @Test
    void whatIsNotAnImageIsRefusedAndNothingIsStored() throws IOException {
        Images images = new Images(root);
        assertEquals("image.error.empty", key(() -> images.store("products", new byte[0])));
        assertEquals("image.error.type",
            key(() -> images.store("products", "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8))));
        byte[] truncated = java.util.Arrays.copyOf(jpeg(400, 400), 40);
        assertEquals("image.error.unreadable", key(() -> images.store("products", truncated)));
        assertEquals("image.error.tooLarge", key(() -> Images.readLimited(
            new ByteArrayInputStream(new byte[(int) Images.MAX_BYTES + 10]))));
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void onlyNamesItMadeAreServed() {
        Images images = new Images(root);
        assertTrue(images.file("../../etc/passwd").isEmpty());
        assertTrue(images.file("products/../../x.jpg").isEmpty());
        assertTrue(images.file(null).isEmpty());
    }

    private static String key(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(Refused.class, action).key();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 (EXIF) segment right after its start marker. */
    private static byte[] withApp1(byte[] jpeg, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.write(data, 0, data.length);
        out.write(jpeg, 2, jpeg.length - 2);
        byte[] result = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, java.util.Arrays.copyOf(result, 2));
        return result;
    }
}
