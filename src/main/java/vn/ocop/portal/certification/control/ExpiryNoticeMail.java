package vn.ocop.portal.certification.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import vn.ocop.portal.certification.entity.ExpiryThreshold;

/**
 * The text of an expiry notice: Vietnamese first, English below, naming the product, the certificate, the expiry
 * date and what to do (register for re-evaluation at least a month before the expiry).
 */
public final class ExpiryNoticeMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final String subject;
    private final String body;

    public ExpiryNoticeMail(String certificateNumber, String productName, String producerName, int stars,
                            LocalDate expiresOn, LocalDate today, ExpiryThreshold threshold) {
        String expiry = DATE.format(expiresOn);
        String dossierBy = DATE.format(expiresOn.minusMonths(1));
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        this.subject = "[OCOP] Giấy chứng nhận " + certificateNumber + " hết hạn ngày " + expiry
            + " / Certificate " + certificateNumber + " expires on " + expiry;
        String lateVi = threshold == ExpiryThreshold.DAYS_30
            ? "Thời hạn nộp hồ sơ trước một tháng đã đến; nếu chưa đăng ký, hãy liên hệ ngay với Văn phòng OCOP.\n" : "";
        String lateEn = threshold == ExpiryThreshold.DAYS_30
            ? "The one-month deadline has come; if you have not registered yet, contact the OCOP office at once.\n" : "";
        this.body = "Kính gửi " + producerName + ",\n\n"
            + "Giấy chứng nhận sản phẩm OCOP số " + certificateNumber + " của sản phẩm \"" + productName + "\" (" + stars
            + " sao) hết hiệu lực vào ngày " + expiry + ", còn " + daysLeft + " ngày.\n"
            + "Sau ngày này, sản phẩm không được sử dụng biểu trưng OCOP cho đến khi được đánh giá, công nhận lại.\n"
            + "Đề nghị đăng ký đánh giá lại và nộp hồ sơ cho Văn phòng OCOP chậm nhất một tháng trước khi hết hạn, "
            + "tức trước ngày " + dossierBy + ".\n" + lateVi
            + "\nĐây là thư tự động của Cổng thông tin OCOP ("
            + threshold.getDays() + " ngày trước khi hết hạn).\n"
            + "\n----------------------------------------\n\n"
            + "Dear " + producerName + ",\n\n"
            + "OCOP certificate " + certificateNumber + " of your product \"" + productName + "\" (" + stars
            + " stars) expires on " + expiry + ", in " + daysLeft + " days.\n"
            + "From that day on the product may not carry the OCOP mark until it is evaluated and certified again.\n"
            + "Please register for re-evaluation and file your dossier with the OCOP office at least one month before "
            + "the expiry, that is before " + dossierBy + ".\n" + lateEn
            + "\nThis is an automatic message of the OCOP portal (" + threshold.getDays() + " days before expiry).\n";
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }
}
