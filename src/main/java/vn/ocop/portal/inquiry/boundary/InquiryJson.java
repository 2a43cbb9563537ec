package vn.ocop.portal.inquiry.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import vn.ocop.portal.inquiry.entity.Inquiry;

/** An inquiry as its recipients read it over the API, contact data and thread included. */
@JsonbPropertyOrder({"id", "productId", "product", "routedTo", "status", "buyerName", "organisation", "phone", "email",
    "quantity", "unit", "deliveryProvince", "createdAt", "closedAt", "erased", "note", "messages"})
public record InquiryJson(long id, long productId, String product, String routedTo, String status, String buyerName,
                          String organisation, String phone, String email, long quantity, String unit,
                          String deliveryProvince, Instant createdAt, Instant closedAt, boolean erased, String note,
                          List<Message> messages) {

    public record Message(String direction, String author, String text, Instant sentAt) {
    }

    public static InquiryJson of(Inquiry i) {
        return new InquiryJson(i.getId(), i.getProduct().getId(), i.getProduct().getName(), i.getRoute().name(),
            i.getStatus().name(), i.getBuyerName(), i.getOrganisation(), i.getPhone(), i.getEmail(), i.getQuantity(),
            i.getUnit(), i.getDeliveryProvince(), i.getCreatedAt(), i.getClosedAt(), i.isErased(), i.getNote(),
            i.getMessages().stream().map(m -> new Message(m.getDirection().name(), m.getAuthor(), m.getText(),
                m.getSentAt())).toList());
    }

    /** A line of an inbox: no thread. */
    public record Row(long id, long productId, String product, String status, String buyerName, long quantity,
                      String unit, String deliveryProvince, Instant createdAt) {
        public static Row of(Inquiry i) {
            return new Row(i.getId(), i.getProduct().getId(), i.getProduct().getName(), i.getStatus().name(),
                i.getBuyerName(), i.getQuantity(), i.getUnit(), i.getDeliveryProvince(), i.getCreatedAt());
        }
    }
}
