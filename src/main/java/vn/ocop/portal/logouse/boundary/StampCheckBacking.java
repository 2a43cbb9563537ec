package vn.ocop.portal.logouse.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

/** The stamp check on /verify (and the product pages' form that leads there): {@code ?serial=HB26-000123}. */
@Named
@RequestScoped
public class StampCheckBacking {

    @Inject
    StampChecks checks;

    @Inject @Param(name = "serial") String serial;

    private StampCheck check;

    @PostConstruct
    void load() {
        check = serial == null || serial.isBlank() ? null : checks.check(serial);
    }

    public boolean isAsked() {
        return check != null;
    }

    public StampCheck getCheck() {
        return check;
    }

    public String getSerial() {
        return check == null ? "" : check.getSerial();
    }
}
