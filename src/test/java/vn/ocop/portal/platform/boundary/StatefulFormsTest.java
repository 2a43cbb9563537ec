package vn.ocop.portal.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layout makes every page a transient view unless it says {@code stateful}: a transient view has no view state,
 * so its POST forms have no CSRF protection and its view-scoped beans are new on every postback. A page that posts a
 * form must therefore be stateful (or use the admin template, which is). Includes are checked where they are used.
 */
class StatefulFormsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** Pages whose forms change nothing: the public calendar's form only fetches a month's events (p:schedule). */
    private static final List<String> READ_ONLY_FORMS = List.of("events.xhtml");

    @Test
    void everyPageWithAPostFormIsAStatefulView() throws IOException {
        List<String> transientWithForms;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            transientWithForms = files.filter(file -> file.toString().endsWith(".xhtml"))
                .filter(file -> !file.startsWith(WEBAPP.resolve("WEB-INF")))
                .filter(StatefulFormsTest::postsAForm)
                .filter(file -> !isStateful(file))
                .map(file -> WEBAPP.relativize(file).toString())
                .filter(page -> !READ_ONLY_FORMS.contains(page))
                .toList();
        }
        assertThat(transientWithForms).as("pages that post a form from a transient view").isEmpty();
    }

    private static boolean postsAForm(Path page) {
        String text = withIncludes(page);
        return text.contains("<h:form") || text.contains("<o:form");
    }

    private static boolean isStateful(Path page) {
        String text = read(page);
        return text.contains("<ui:param name=\"stateful\" value=\"#{true}\"/>")
            || text.contains("template=\"/WEB-INF/templates/admin.xhtml\"");
    }

    /** The page with the includes it names under /WEB-INF/includes (one level: includes do not nest forms here). */
    private static String withIncludes(Path page) {
        String text = read(page);
        StringBuilder all = new StringBuilder(text);
        java.util.regex.Matcher include = java.util.regex.Pattern.compile("<ui:include src=\"/(WEB-INF/includes/[^\"#]+)\"")
            .matcher(text);
        while (include.find()) {
            Path included = WEBAPP.resolve(include.group(1));
            if (Files.isRegularFile(included)) {
                all.append(read(included));
            }
        }
        return all.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
