package vn.ocop.portal.inquiry.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.UnitLevel;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.producer.entity.ProducerType;

/** The retention rule and the thread, without a container: 12 months after closing, on the portal's date in Hà Nội. */
class InquiryTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant CUTOFF = Inquiry.erasureCutoff(LocalDate.of(2026, 11, 25), VIETNAM);

    private static Inquiry inquiry(String email) {
        InquiryRequest request = new InquiryRequest();
        request.setName("Nguyễn Văn Mua");
        request.setEmail(email);
        request.setPhone("0912345678");
        request.setQuantity(10L);
        request.setUnit("hộp");
        request.setDeliveryProvince("Hà Nội");
        request.setMessage("Xin báo giá");
        AdministrativeUnit province = new AdministrativeUnit(UnitLevel.PROVINCE, "Hưng Yên", null, "hung yen");
        Product product = new Product("Mật ong", ProductGroup.FOOD,
            new Producer("HTX Kiểm thử", ProducerType.COOPERATIVE, province), province);
        return new Inquiry(product, Route.COMMERCE, request, Instant.parse("2025-01-02T03:00:00Z"));
    }

    @Test
    void anInquiryClosedBeforeTheCutoffIsDueAndOneClosedAfterIsKept() {
        assertThat(CUTOFF).isEqualTo(Instant.parse("2025-11-24T17:00:00Z"));
        Inquiry old = inquiry("a@b.vn");
        old.close(Instant.parse("2025-11-24T16:59:59Z"));
        Inquiry recent = inquiry("a@b.vn");
        recent.close(Instant.parse("2025-11-24T17:00:00Z"));
        Inquiry open = inquiry("a@b.vn");
        assertThat(old.isDueForErasure(CUTOFF)).isTrue();
        assertThat(recent.isDueForErasure(CUTOFF)).isFalse();
        assertThat(open.isDueForErasure(CUTOFF)).isFalse();
    }

    @Test
    void erasingRemovesContactMessageThreadAndNoteOnceAndForAll() {
        Inquiry inquiry = inquiry("a@b.vn");
        inquiry.reply("producer", "Giá 90.000 đ", Instant.parse("2025-01-03T03:00:00Z"));
        inquiry.annotate("gọi lại thứ hai");
        inquiry.close(Instant.parse("2025-02-01T03:00:00Z"));
        inquiry.erase(Instant.parse("2026-11-25T02:00:00Z"));
        assertThat(inquiry.getBuyerName()).isEqualTo(Inquiry.ERASED);
        assertThat(inquiry.getEmail()).isNull();
        assertThat(inquiry.getPhone()).isNull();
        assertThat(inquiry.getNote()).isNull();
        assertThat(inquiry.getMessages()).isEmpty();
        assertThat(inquiry.getQuantity()).isEqualTo(10);
        assertThat(inquiry.isDueForErasure(CUTOFF)).as("erased once").isFalse();
        assertThatThrownBy(() -> inquiry.reply("producer", "x", Instant.now())).isInstanceOf(Refused.class);
    }

    @Test
    void aReplyMarksTheInquiryRepliedAndClosingKeepsTheFirstMoment() {
        Inquiry inquiry = inquiry("a@b.vn");
        inquiry.reply("producer", "Có hàng", Instant.parse("2025-01-03T03:00:00Z"));
        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.REPLIED);
        assertThat(inquiry.getMessages()).extracting(InquiryMessage::getDirection)
            .containsExactly(Direction.FROM_BUYER, Direction.TO_BUYER);
        inquiry.close(Instant.parse("2025-02-01T03:00:00Z"));
        inquiry.close(Instant.parse("2025-03-01T03:00:00Z"));
        assertThat(inquiry.getClosedAt()).isEqualTo(Instant.parse("2025-02-01T03:00:00Z"));
        assertThatThrownBy(() -> inquiry(null).reply("p", "x", Instant.now())).isInstanceOf(Refused.class);
    }
}
