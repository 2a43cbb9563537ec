package vn.ocop.portal.certification.boundary;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.ocop.portal.certification.control.ChartConfig;
import vn.ocop.portal.certification.control.Tally;

/** /admin/: the programme in figures, as charts and as the same numbers in tables for screen readers. */
@Named
@RequestScoped
public class DashboardBacking {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

    @Inject
    CertificateFigures figures;

    private ResourceBundle text;
    private List<Tally<String>> byStars;
    private List<Tally<String>> byGroup;
    private List<Tally<String>> byProvince;
    private List<Tally<String>> byStatus;
    private List<Tally<String>> perMonth;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        text = faces.getApplication().getResourceBundle(faces, "text");
        byStars = labelled(figures.inForceByStars(), stars -> MessageFormat.format(text.getString("admin.dashboard.starsLabel"), stars));
        byGroup = labelled(figures.inForceByGroup(), group -> text.getString("ProductGroup." + group.name()));
        byProvince = labelled(figures.inForceByProvince(), Function.identity());
        byStatus = labelled(figures.byStatus(), status -> text.getString("CertificateStatus." + status.name() + ".short"));
        perMonth = figures.expiriesPerMonth().stream().map(t -> new Tally<>(MONTH.format(t.getKey()), t.getCount())).toList();
    }

    private static <K> List<Tally<String>> labelled(Map<K, Long> counts, Function<K, String> label) {
        List<Tally<String>> tallies = new ArrayList<>();
        counts.forEach((key, count) -> tallies.add(new Tally<>(label.apply(key), count)));
        return tallies;
    }

    public String chart(String which) {
        String label = text.getString("admin.dashboard.count");
        return switch (which) {
            case "stars" -> ChartConfig.bar(label, byStars);
            case "group" -> ChartConfig.doughnut(label, byGroup);
            case "province" -> ChartConfig.bar(label, byProvince);
            case "status" -> ChartConfig.doughnut(label, byStatus);
            default -> ChartConfig.bar(label, perMonth);
        };
    }

    public List<Tally<String>> getByStars() {
        return byStars;
    }

    public List<Tally<String>> getByGroup() {
        return byGroup;
    }

    public List<Tally<String>> getByProvince() {
        return byProvince;
    }

    public List<Tally<String>> getByStatus() {
        return byStatus;
    }

    public List<Tally<String>> getPerMonth() {
        return perMonth;
    }

    public String getToday() {
        return DateTimeFormatter.ofPattern("dd/MM/uuuu").format(figures.today());
    }
}
