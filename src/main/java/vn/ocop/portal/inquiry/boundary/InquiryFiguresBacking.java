package vn.ocop.portal.inquiry.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/inquiry-dashboard}: the supply–demand connection figures. */
@Named
@RequestScoped
public class InquiryFiguresBacking {

    @Inject
    Inquiries inquiries;

    private Inquiries.Figures figures;

    public Inquiries.Figures getFigures() {
        if (figures == null) {
            figures = inquiries.figures();
        }
        return figures;
    }
}
