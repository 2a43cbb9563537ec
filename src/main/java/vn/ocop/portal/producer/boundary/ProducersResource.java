package vn.ocop.portal.producer.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.producer.entity.Producer;

@Path("producers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProducersResource {

    @Inject
    Producers producers;

    @GET
    @Path("{id}")
    @Operation(summary = "One producer and all its certified products")
    public ProducerJson producer(@PathParam("id") long id) {
        Producer producer = producers.producer(id);
        return new ProducerJson(producer, producers.products(producer));
    }

    /** A producer on the wire. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "name", "type", "province", "district", "commune", "phone", "email", "address", "website", "products"})
    public static class ProducerJson {
        private final Producer producer;
        private final List<ProductView> products;

        ProducerJson(Producer producer, List<ProductView> products) {
            this.producer = producer;
            this.products = products;
        }

        public long getId() {
            return producer.getId();
        }

        public String getName() {
            return producer.getName();
        }

        public String getType() {
            return producer.getType().getCode();
        }

        public String getProvince() {
            return producer.getProvince().getName();
        }

        public String getDistrict() {
            return producer.getDistrict() == null ? null : producer.getDistrict().getName();
        }

        public String getCommune() {
            return producer.getCommune() == null ? null : producer.getCommune().getName();
        }

        public String getPhone() {
            return producer.getPhone();
        }

        public String getEmail() {
            return producer.getEmail();
        }

        public String getAddress() {
            return producer.getAddress();
        }

        public String getWebsite() {
            return producer.getWebsite();
        }

        public List<ProductView> getProducts() {
            return products;
        }
    }
}
