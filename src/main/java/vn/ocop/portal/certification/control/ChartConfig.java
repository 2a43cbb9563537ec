package vn.ocop.portal.certification.control;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (PrimeFaces 15 takes the chart as JSON). The JSON goes
 * into a script element, so "<" is written as its escape: a label can never close the script.
 */
public final class ChartConfig {

    private static final String[] COLOURS = {"#2e7d32", "#f9a825", "#c62828", "#6a1b9a", "#455a64", "#1565c0",
        "#ef6c00", "#00838f", "#8d6e63", "#ad1457"};

    private ChartConfig() {
    }

    public static String bar(String label, List<Tally<String>> tallies) {
        JsonObject options = Json.createObjectBuilder()
            .add("animation", false)
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
            .build();
        return chart("bar", data(label, tallies, Json.createArrayBuilder().add(COLOURS[0])), options);
    }

    public static String doughnut(String label, List<Tally<String>> tallies) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < tallies.size(); i++) {
            colours.add(COLOURS[i % COLOURS.length]);
        }
        JsonObject options = Json.createObjectBuilder().add("animation", false)
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right")))
            .build();
        return chart("doughnut", data(label, tallies, colours), options);
    }

    private static JsonObjectBuilder data(String label, List<Tally<String>> tallies, JsonArrayBuilder colours) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Tally<String> tally : tallies) {
            labels.add(tally.getKey());
            values.add(tally.getCount());
        }
        return Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colours)));
    }

    private static String chart(String type, JsonObjectBuilder data, JsonObject options) {
        return Json.createObjectBuilder().add("type", type).add("data", data).add("options", options).build().toString()
            .replace("<", "\\u003c");
    }
}
