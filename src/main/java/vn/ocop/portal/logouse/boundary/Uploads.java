package vn.ocop.portal.logouse.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Part;

import vn.ocop.portal.platform.boundary.Images;

/** The files a page's upload fields carry: a field left empty is skipped, a chosen empty file is refused by Images. */
final class Uploads {

    private Uploads() {
    }

    static List<byte[]> of(Part... parts) {
        List<byte[]> contents = new ArrayList<>();
        for (Part part : parts) {
            if (chosen(part)) {
                contents.add(Images.read(part));
            }
        }
        return contents;
    }

    static boolean chosen(Part part) {
        return part != null && (part.getSize() > 0
            || part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank());
    }
}
