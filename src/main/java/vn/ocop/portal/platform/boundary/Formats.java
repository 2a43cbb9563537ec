package vn.ocop.portal.platform.boundary;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Dates and money as Vietnamese readers write them, in both languages: 22/07/2026, 120.000 ₫. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String vnd(Long amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(Languages.VIETNAMESE).format(amount) + " ₫";
    }
}
