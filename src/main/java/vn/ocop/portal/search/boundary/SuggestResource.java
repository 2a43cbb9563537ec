package vn.ocop.portal.search.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.search.control.Suggestion;

/**
 * Type-ahead for every search box. The answer is also the shape PrimeFaces' autoComplete reads from a
 * {@code completeEndpoint}, which sends what was typed as {@code query}.
 */
@Path("suggest")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SuggestResource {

    static final int TOP = 10;

    @Inject
    CatalogueIndex index;

    @GET
    @Operation(summary = "Type-ahead: the top 10 product names, producers and places for what was typed",
        description = "q (or query): at least two letters, with or without diacritics; the last word may be "
            + "unfinished. Each suggestion has kind (product, producer or place), label, value (the text to search "
            + "for) and url (the product's page, or the catalogue searched or filtered by it).")
    public Answer suggest(@QueryParam("q") String q, @QueryParam("query") String query) {
        String typed = q != null ? q : query;
        List<Item> items = typed == null ? List.of()
            : index.suggest(typed, TOP).stream().map(Item::new).toList();
        return new Answer(items);
    }

    /** The answer: {@code {"suggestions": [...], "moreAvailable": false}}. */
    @JsonbPropertyOrder({"suggestions", "moreAvailable"})
    public static final class Answer {
        private final List<Item> suggestions;

        Answer(List<Item> suggestions) {
            this.suggestions = suggestions;
        }

        public List<Item> getSuggestions() {
            return suggestions;
        }

        public boolean isMoreAvailable() {
            return false;
        }
    }

    @JsonbPropertyOrder({"kind", "label", "value", "url"})
    public static final class Item {
        private final Suggestion suggestion;

        Item(Suggestion suggestion) {
            this.suggestion = suggestion;
        }

        public String getKind() {
            return suggestion.getKind().name().toLowerCase(Locale.ROOT);
        }

        public String getLabel() {
            return suggestion.getLabel();
        }

        public String getValue() {
            return suggestion.getLabel();
        }

        public String getUrl() {
            String label = URLEncoder.encode(suggestion.getLabel(), StandardCharsets.UTF_8);
            return switch (suggestion.getKind()) {
                case PRODUCT -> ProductView.urlOf(suggestion.getProductId());
                case PRODUCER -> "/catalogue?q=" + label;
                case PLACE -> "/catalogue?province=" + label;
            };
        }
    }
}
