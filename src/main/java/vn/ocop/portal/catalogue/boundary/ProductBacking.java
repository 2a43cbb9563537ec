package vn.ocop.portal.catalogue.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.certification.boundary.Validity;
import vn.ocop.portal.certification.control.VerificationUrls;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;

/** The product page, {@code /product/{id}}. */
@Named
@RequestScoped
public class ProductBacking {

    @Inject
    Catalogue catalogue;

    @Inject
    Validity validity;

    @Inject @Param(pathIndex = 0) String id;

    private Product product;
    private ProductView view;
    private List<Certificate> earlier;

    public void load() {
        try {
            product = catalogue.product(Pages.id(id).orElseThrow(() -> new NotFound(id)));
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        if (product.isHidden()) {
            // Hidden by the office (the producer area shows why): not public, answered like an unknown product.
            Pages.notFound();
            return;
        }
        view = catalogue.view(product);
        Long current = product.getCurrentCertificate().getId();
        earlier = catalogue.history(product).stream().filter(c -> !c.getId().equals(current)).toList();
    }

    public CertificateStatus statusOf(Certificate certificate) {
        return validity.statusOf(certificate);
    }

    public Product getProduct() {
        return product;
    }

    public ProductView getView() {
        return view;
    }

    public Certificate getCertificate() {
        return product.getCurrentCertificate();
    }

    /** The current certificate's address in the API, where its QR code and label are. */
    public String getCertificateApiPath() {
        return "/api/v1/certificates/" + VerificationUrls.pathSegment(getCertificate().getNumber());
    }

    public List<Certificate> getEarlier() {
        return earlier;
    }
}
