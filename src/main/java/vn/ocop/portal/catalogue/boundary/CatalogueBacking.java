package vn.ocop.portal.catalogue.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.ProductPage;
import vn.ocop.portal.catalogue.entity.ProductQuery;
import vn.ocop.portal.catalogue.entity.ProductSort;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.platform.boundary.Pages;

/**
 * The catalogue page. Its state is the query string alone (bookmarkable, crawlable, no session); a value that does not
 * parse is ignored rather than answered with an error.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueSummary summary;

    @Inject @Param(name = "q") String text;
    @Inject @Param(name = "stars") String stars;
    @Inject @Param(name = "group") String group;
    @Inject @Param(name = "province") String province;
    @Inject @Param(name = "status") String status;
    @Inject @Param(name = "sort") String sort;
    @Inject @Param(name = "page") String page;

    private ProductQuery query;
    private ProductPage result;

    @PostConstruct
    void load() {
        Integer starValue = Pages.id(stars).stream().mapToObj(s -> (int) s).filter(s -> s >= 3 && s <= 5).findFirst().orElse(null);
        int pageNumber = (int) Math.min(Pages.id(page).orElse(1), 100_000);
        query = new ProductQuery(text == null ? null : text.strip(), starValue, ProductGroup.fromCode(group).orElse(null),
            Pages.id(province).stream().boxed().findFirst().orElse(null), StatusFilter.fromCode(status).orElse(StatusFilter.VALID),
            ProductSort.fromCode(sort).orElse(ProductSort.NAME), Math.max(pageNumber, 1) - 1, PAGE_SIZE);
        result = catalogue.find(query);
    }

    public ProductQuery getQuery() {
        return query;
    }

    public ProductPage getResult() {
        return result;
    }

    public List<AdministrativeUnit> getProvinces() {
        return summary.provinces();
    }

    public ProductGroup[] getGroups() {
        return ProductGroup.values();
    }

    public StatusFilter[] getStatuses() {
        return StatusFilter.values();
    }

    public ProductSort[] getSorts() {
        return ProductSort.values();
    }

    /** The current page number, counted from 1 as visitors count. */
    public int getPageNumber() {
        return query.page() + 1;
    }

    /** The query string of this list on another page. */
    public String pageLink(int pageNumber) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query.text());
        params.put("stars", query.stars());
        params.put("group", query.group() == null ? null : query.group().getCode());
        params.put("province", query.provinceId());
        params.put("status", query.status() == StatusFilter.VALID ? null : query.status().getCode());
        params.put("sort", query.sort() == ProductSort.NAME ? null : query.sort().getCode());
        params.put("page", pageNumber == 1 ? null : pageNumber);
        return "?" + params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isEmpty())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }
}
