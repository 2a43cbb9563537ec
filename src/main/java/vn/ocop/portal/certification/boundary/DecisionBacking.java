package vn.ocop.portal.certification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.entity.NotFound;

/** {@code /admin/decisions/{id}}: one decision and its certificates with their statuses today; {@code /new} enters one. */
@Named
@RequestScoped
public class DecisionBacking {

    @Inject
    Decisions decisions;

    @Inject @Param(pathIndex = 0) String id;

    private DecisionView decision;

    public void load() {
        try {
            decision = decisions.decision(Pages.id(id).orElseThrow(() -> new NotFound(id)));
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    /** Whether the address names a decision; without an id, the page is the list. */
    public boolean isAsked() {
        return id != null && !id.isEmpty();
    }

    /** {@code /admin/decisions/new}: the form that enters a decision. */
    public boolean isCreating() {
        return "new".equals(id);
    }

    public DecisionView getDecision() {
        return decision;
    }
}
