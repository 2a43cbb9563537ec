package vn.ocop.portal.logouse.control;

import java.util.List;
import java.util.stream.Collectors;

import vn.ocop.portal.logouse.entity.LogoUseStatus;
import vn.ocop.portal.logouse.entity.UseForm;

/**
 * The notice to a producer whose right to the mark ended: Vietnamese first, English below, naming the certificate,
 * the product, the forms of use concerned and what to do.
 */
public record EndOfRightsMail(String recipient, String subject, String body) {

    public static EndOfRightsMail of(String recipient, String certificateNumber, String productName, String producerName,
                                     LogoUseStatus status, List<UseForm> forms) {
        boolean change = status == LogoUseStatus.MUST_CHANGE_STARS;
        String formList = forms.stream().map(UseForm::name).collect(Collectors.joining(", "));
        String subject = "[OCOP] " + (change ? "Phải đổi số sao trên biểu trưng OCOP" : "Phải ngừng sử dụng biểu trưng OCOP")
            + " – " + certificateNumber + " / " + (change ? "Change the stars on the OCOP mark" : "Stop using the OCOP mark");
        String body = "Kính gửi " + producerName + ",\n\n"
            + "Quyền sử dụng biểu trưng OCOP theo giấy chứng nhận số " + certificateNumber + " của sản phẩm \"" + productName
            + "\" đã chấm dứt (" + formList + ").\n"
            + (change ? "Sản phẩm đã được đánh giá lại với số sao thấp hơn: chỉ được in số sao mới được công nhận.\n"
                : "Đề nghị ngừng sử dụng biểu trưng OCOP trên sản phẩm, bao bì, cơ sở, phương tiện, quảng cáo và giấy tờ giao dịch.\n")
            + "Văn phòng OCOP sẽ kiểm tra việc thực hiện.\n"
            + "\n----------------------------------------\n\n"
            + "Dear " + producerName + ",\n\n"
            + "The right to use the OCOP mark under certificate " + certificateNumber + " of your product \"" + productName
            + "\" has ended (" + formList + ").\n"
            + (change ? "The product was re-evaluated to fewer stars: only the newly certified star level may be printed.\n"
                : "Please stop using the OCOP mark on goods, packaging, premises, vehicles, advertising and transaction papers.\n")
            + "The OCOP office will inspect that this is done.\n\nThis is an automatic message of the OCOP portal.\n";
        return new EndOfRightsMail(recipient, subject, body);
    }
}
