package vn.ocop.portal.certification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.zxing.common.BitMatrix;

/**
 * A print-ready label for a package: the QR code of the verification URL, the product's name, its stars, the
 * certificate number and what to do with the code. In Vietnamese only, because it is printed on packages sold in
 * Vietnam. An SVG 60 mm wide, so it prints sharp at any size; every text in it is escaped.
 */
public final class QrLabel {

    static final String CALL_TO_ACTION = "Quét để kiểm tra chứng nhận OCOP";

    private static final int WIDTH = 240;
    private static final int QR_SIDE = 200;
    private static final int MARGIN = 20;
    private static final int NAME_LINE = 18;
    private static final int NAME_CHARS_PER_LINE = 26;
    private static final int NAME_MAX_LINES = 3;
    private static final String FONT = "'Be Vietnam Pro', 'Noto Sans', Arial, sans-serif";
    /** A five-pointed star 16 units wide, drawn rather than typed, so it prints without a font that has ★. */
    private static final String STAR = "M8 0l2.35 4.76 5.25.77-3.8 3.7.9 5.23L8 11.99l-4.7 2.47.9-5.23-3.8-3.7 5.25-.77z";

    private QrLabel() {
    }

    public static String svg(String verificationUrl, String productName, int stars, String certificateNumber) {
        BitMatrix modules = QrCodes.modules(verificationUrl);
        List<String> nameLines = lines(productName == null ? "" : productName.strip());
        int nameTop = MARGIN + QR_SIDE + 14;
        int starsTop = nameTop + nameLines.size() * NAME_LINE;
        int numberBaseline = starsTop + 36;
        int height = numberBaseline + 34;
        String title = "OCOP " + stars + " sao: " + productName + ", " + certificateNumber;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
            .append("\" width=\"60mm\" height=\"").append(formatMm(height * 60.0 / WIDTH)).append("mm\" role=\"img\">")
            .append("<title>").append(Svg.escape(title)).append("</title>")
            .append("<desc>").append(Svg.escape(CALL_TO_ACTION + ": " + verificationUrl)).append("</desc>")
            .append("<rect x=\"1\" y=\"1\" width=\"").append(WIDTH - 2).append("\" height=\"").append(height - 2)
            .append("\" rx=\"8\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2\"/>")
            .append("<svg x=\"").append(MARGIN).append("\" y=\"").append(MARGIN).append("\" width=\"").append(QR_SIDE)
            .append("\" height=\"").append(QR_SIDE).append("\" viewBox=\"0 0 ").append(modules.getWidth()).append(' ')
            .append(modules.getHeight()).append("\" shape-rendering=\"crispEdges\"><path fill=\"#000\" d=\"")
            .append(QrCodes.pathOf(modules)).append("\"/></svg>")
            .append("<g font-family=\"").append(FONT).append("\" text-anchor=\"middle\" fill=\"#000\">");
        for (int i = 0; i < nameLines.size(); i++) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(nameTop + (i + 1) * NAME_LINE - 4)
                .append("\" font-size=\"15\" font-weight=\"700\">").append(Svg.escape(nameLines.get(i))).append("</text>");
        }
        int starsLeft = (WIDTH - stars * 20) / 2;
        for (int i = 0; i < stars; i++) {
            svg.append("<path transform=\"translate(").append(starsLeft + i * 20 + 2).append(' ').append(starsTop + 4)
                .append(")\" fill=\"#000\" d=\"").append(STAR).append("\"/>");
        }
        svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(numberBaseline)
            .append("\" font-size=\"13\" font-family=\"ui-monospace, 'DejaVu Sans Mono', monospace\" font-weight=\"700\">")
            .append(Svg.escape(certificateNumber)).append("</text>")
            .append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(numberBaseline + 20)
            .append("\" font-size=\"12\">").append(Svg.escape(CALL_TO_ACTION)).append("</text>")
            .append("</g></svg>\n");
        return svg.toString();
    }

    /** The name in at most three lines broken between words; a longer name ends with an ellipsis. */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > NAME_CHARS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > NAME_MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, NAME_MAX_LINES));
            kept.set(NAME_MAX_LINES - 1, kept.get(NAME_MAX_LINES - 1) + "…");
            return kept;
        }
        return lines;
    }

    private static String formatMm(double mm) {
        return String.format(Locale.ROOT, "%.1f", mm);
    }
}
