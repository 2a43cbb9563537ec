package vn.ocop.portal.platform.boundary;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Dates and money as Vietnamese readers write them, in both languages: 22/07/2026, 120.000 ₫. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(PortalClock.VIETNAM);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment in Vietnam's time: 25/11/2026 09:30:15. */
    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    /** A bundle text with one argument, for attributes where h:outputFormat cannot go (aria-label). */
    public String text(String key, Object argument) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
        return MessageFormat.format(bundle.getString(key), argument);
    }

    public String vnd(Long amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(Languages.VIETNAMESE).format(amount) + " ₫";
    }
}
