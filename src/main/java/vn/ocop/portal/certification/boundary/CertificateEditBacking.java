package vn.ocop.portal.certification.boundary;

import java.io.Serializable;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.catalogue.boundary.ProductCorrections;
import vn.ocop.portal.catalogue.boundary.ProductFacts;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.boundary.ProducerCorrections;
import vn.ocop.portal.producer.boundary.ProducerFacts;

/**
 * {@code /admin/certificates/edit?number=}: the certificate's, product's and producer's facts, each form keeping the
 * version it was opened at in this view, so that an edit over someone else's is refused, not lost.
 */
@Named
@ViewScoped
public class CertificateEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateRecords records;

    @Inject
    transient ProductCorrections products;

    @Inject
    transient ProducerCorrections producers;

    @Inject @Param(name = "number")
    String number;

    private CertificateCorrection certificate;
    private ProductFacts product;
    private ProducerFacts producer;

    @PostConstruct
    void open() {
        try {
            CertificateRecord record = records.record(number);
            number = record.getNumber();
            certificate = new CertificateCorrection();
            certificate.setVersion(record.getVersion());
            certificate.setStars(record.getStars());
            certificate.setScore(record.getScore());
            certificate.setGroupLabel(record.getGroupLabel());
            product = record.getProduct();
            producer = record.getProducer();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void saveCertificate() {
        save(() -> {
            CertificateRecord saved = records.correct(number, certificate, Faces.getRemoteUser());
            certificate.setVersion(saved.getVersion());
            return saved;
        });
    }

    public void saveProduct() {
        save(() -> product = products.correct(product.getId(), product, Faces.getRemoteUser()));
    }

    public void saveProducer() {
        save(() -> producer = producers.correct(producer.getId(), producer, Faces.getRemoteUser()));
    }

    private void save(Supplier<Object> edit) {
        try {
            edit.get();
            Messages.addGlobalInfo(Faces.getResourceBundle("text").getString("admin.certificates.edit.saved"));
        } catch (BusinessException refused) {
            Messages.addGlobalError(Refused.messageOf(refused, Faces.getLocale()));
        }
    }

    public String getNumber() {
        return number;
    }

    public CertificateCorrection getCertificate() {
        return certificate;
    }

    public ProductFacts getProduct() {
        return product;
    }

    public ProducerFacts getProducer() {
        return producer;
    }
}
