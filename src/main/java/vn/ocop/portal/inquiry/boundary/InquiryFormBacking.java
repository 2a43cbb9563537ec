package vn.ocop.portal.inquiry.boundary;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ValidatorFactory;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.catalogue.boundary.Catalogue;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.inquiry.entity.InquiryRequest;
import vn.ocop.portal.inquiry.entity.Route;
import vn.ocop.portal.platform.boundary.FormChecks;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.boundary.PublicForms;
import vn.ocop.portal.platform.control.PublicAddress;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** {@code /inquiry?product=N}: a visitor asks the product's producer for a quote, and is told what happens next. */
@Named
@ViewScoped
public class InquiryFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inquiries inquiries;

    @Inject
    transient Catalogue catalogue;

    @Inject
    transient PublicForms publicForms;

    @Inject
    transient ValidatorFactory validation;

    @Inject @Param(name = "product") String productParam;

    private long productId;
    private String productName;
    private Route route;
    private final InquiryRequest request = new InquiryRequest();
    private Inquiries.Sent sent;

    public void load() {
        try {
            Product product = catalogue.product(Pages.id(productParam).orElseThrow(() -> new NotFound(productParam)));
            productId = product.getId();
            productName = product.getName();
            route = inquiries.routeFor(product);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void send() {
        var violations = FormChecks.check(validation, request, Faces.getLocale());
        if (!violations.isEmpty()) {
            violations.forEach(v -> Messages.addGlobalError(v.getMessage()));
            return;
        }
        try {
            publicForms.admit(ProductInquiriesResource.FORM, Faces.getRemoteAddr(), request.getWebsite());
            sent = inquiries.send(productId, request, PublicAddress.of(Faces.getRequest()));
        } catch (Refused refused) {
            Messages.addGlobalError(refused.message(Faces.getLocale()));
        }
    }

    public long getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public Route getRoute() {
        return route;
    }

    public InquiryRequest getRequest() {
        return request;
    }

    public Inquiries.Sent getSent() {
        return sent;
    }

    public Long getSentId() {
        return sent == null ? null : sent.id();
    }

    public String getSentRoute() {
        return sent == null ? null : sent.routedTo().name();
    }
}
