package vn.ocop.portal.producer.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.producer.entity.Producer;

/** The public producer page, {@code /producers/{id}}. */
@Named
@RequestScoped
public class ProducerBacking {

    @Inject
    Producers producers;

    @Inject @Param(pathIndex = 0) String id;

    private Producer producer;
    private List<ProductView> products;

    public void load() {
        try {
            producer = producers.producer(Pages.id(id).orElseThrow(() -> new NotFound(id)));
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        products = producers.products(producer);
    }

    public Producer getProducer() {
        return producer;
    }

    public String getMapTiles() {
        return PortalSettings.mapTiles().orElse("");
    }

    public List<ProductView> getProducts() {
        return products;
    }
}
