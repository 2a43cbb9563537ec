package vn.ocop.portal.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a benchmark measured, in the order it measured it, printed together at the end. */
final class Figures {

    private final Map<String, String> figures = new LinkedHashMap<>();

    void put(String what, String figure) {
        figures.put(what, figure);
    }

    /** Adds to a figure already put, as a later measurement of the same thing. */
    void append(String what, String more) {
        figures.merge(what, more, String::concat);
    }

    void print(String title) {
        System.out.println();
        System.out.println(title + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
        figures.forEach((what, figure) -> System.out.printf("  %-55s %s%n", what, figure));
    }
}
