package vn.ocop.portal.inquiry.boundary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import vn.ocop.portal.inquiry.entity.Inquiry;
import vn.ocop.portal.inquiry.entity.InquiryStatus;

/** The inbox, {@code /producer/inquiries} and {@code /admin/inquiries}: new, replied and closed inquiries of the caller. */
@Named
@RequestScoped
public class InquiryInboxBacking {

    @Inject
    Inquiries inquiries;

    private Map<InquiryStatus, List<Inquiry>> lists;

    public Map<InquiryStatus, List<Inquiry>> getLists() {
        if (lists == null) {
            lists = new EnumMap<>(InquiryStatus.class);
            for (InquiryStatus status : InquiryStatus.values()) {
                lists.put(status, inquiries.inbox(Faces.getRemoteUser(), status));
            }
        }
        return lists;
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public int getNewCount() {
        return getLists().get(InquiryStatus.NEW).size();
    }

}
