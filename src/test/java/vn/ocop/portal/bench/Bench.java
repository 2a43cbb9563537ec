package vn.ocop.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the benchmarks share besides the portal: which of them to run, and their work folders. */
final class Bench {

    /** {@code -Dbench.only=portal} or {@code search} runs one benchmark; unset or {@code all} runs both. */
    static final String ONLY = "bench.only";

    private Bench() {
    }

    /** False, after saying so, when {@value #ONLY} names another benchmark. */
    static boolean selected(String name) {
        String only = System.getProperty(ONLY, "all");
        if (only.isBlank() || only.equals("all") || only.equals(name)) {
            return true;
        }
        System.out.println("Skipping the " + name + " benchmark: " + ONLY + "=" + only);
        return false;
    }

    /** The first group of the regular expression's first match, or "?". */
    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    /** Bytes of all files below the folder. */
    static long sizeOnDisk(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    /** "imported 20000, updated 0, unchanged 0, rejected 0" from the import API's answer. */
    static String describeImport(String answer) {
        return "imported " + Bench.find(answer, "\"imported\":(\\d+)") + ", updated "
            + Bench.find(answer, "\"updated\":(\\d+)") + ", unchanged " + Bench.find(answer, "\"unchanged\":(\\d+)")
            + ", rejected " + (answer.contains("\"rejected\":[]") ? "0" : "some: " + abbreviate(answer));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
