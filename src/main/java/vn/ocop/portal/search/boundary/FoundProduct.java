package vn.ocop.portal.search.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.certification.entity.CertificateStatus;

/** A product in search results: the product as lists show it, with the words that matched marked. */
@JsonbNillable(false)
public class FoundProduct extends ProductView {

    private final String nameHtml;
    private final String snippetHtml;

    FoundProduct(Product product, CertificateStatus status, String nameHtml, String snippetHtml) {
        super(product, status);
        this.nameHtml = nameHtml;
        this.snippetHtml = snippetHtml;
    }

    /** The name, HTML-escaped, with {@code <mark>} around matched words. */
    public String getNameHtml() {
        return nameHtml;
    }

    /** Part of the description, HTML-escaped, with {@code <mark>} around matched words; empty without description. */
    public String getSnippetHtml() {
        return snippetHtml;
    }
}
