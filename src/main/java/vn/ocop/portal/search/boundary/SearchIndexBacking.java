package vn.ocop.portal.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.platform.entity.BusinessException;

/** The admin page of the search index: what it holds, and a rebuild with its progress. */
@Named
@RequestScoped
public class SearchIndexBacking {

    @Inject
    CatalogueIndex index;

    public int getProducts() {
        return index.size();
    }

    public long getPosition() {
        return index.position();
    }

    public RebuildProgress getProgress() {
        return index.progress();
    }

    public void rebuild() {
        try {
            index.startRebuild();
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }
}
