package vn.ocop.portal.certification.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of a text (the portal's verification URLs) as PNG and as SVG, made in-process with ZXing's encoder.
 * Error correction Q, because labels get scuffed, creased and printed small on packages; a quiet zone of four modules,
 * as the standard asks. Stateless, so safe to share between threads.
 */
public final class QrCodes {

    public static final int DEFAULT_SIZE = 256;
    public static final int PRINT_SIZE = 1024;
    public static final int MIN_SIZE = 128;
    public static final int MAX_SIZE = 2048;
    /** Modules of white around the code. */
    public static final int QUIET_ZONE = 4;

    private static final int DARK = 0x000000;
    private static final int LIGHT = 0xFFFFFF;

    private QrCodes() {
    }

    /** {@code size} brought into {@link #MIN_SIZE}..{@link #MAX_SIZE}: a QR smaller is unreadable, larger is waste. */
    public static int clampSize(int size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }

    /** The code's modules, quiet zone included: one bit per module. */
    public static BitMatrix modules(String text) {
        return encode(text, 0);
    }

    /** A square PNG of {@code size} pixels (clamped); ZXing centres whole modules, so the quiet zone absorbs the rest. */
    public static byte[] png(String text, int size) {
        BitMatrix matrix = encode(text, clampSize(size));
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? DARK : LIGHT);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A standalone SVG document of the code, one module per user unit, with {@code title} for screen readers. */
    public static String svg(String text, String title) {
        BitMatrix matrix = modules(text);
        int side = matrix.getWidth();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side + "\" width=\"" + side * 4
            + "\" height=\"" + side * 4 + "\" shape-rendering=\"crispEdges\" role=\"img\">"
            + "<title>" + Svg.escape(title) + "</title>"
            + "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"" + pathOf(matrix) + "\"/></svg>\n";
    }

    /** The dark modules as one path: each horizontal run of dark modules is one rectangle. */
    public static String pathOf(BitMatrix matrix) {
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                d.append('M').append(start).append(' ').append(y).append('h').append(run).append("v1h-").append(run)
                    .append('z');
            }
        }
        return d.toString();
    }

    private static BitMatrix encode(String text, int size) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a text");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                EncodeHintType.CHARACTER_SET, "UTF-8",
                EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            // Only a text longer than a QR code holds (about 1,600 bytes at level Q) gets here.
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
    }
}
