package vn.ocop.portal.catalogue.boundary;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.catalogue.entity.ProductView;

@Named
@RequestScoped
public class HomeBacking {

    static final int NEWEST = 6;

    @Inject
    CatalogueSummary summary;

    @Inject
    Catalogue catalogue;

    private Figures figures;
    private List<ProductView> newest;

    @PostConstruct
    void load() {
        figures = summary.figures();
        newest = catalogue.newest(NEWEST);
    }

    public Figures getFigures() {
        return figures;
    }

    public List<ProductView> getNewest() {
        return newest;
    }
}
