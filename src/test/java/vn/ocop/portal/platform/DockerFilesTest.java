package vn.ocop.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.ocop.portal.platform.control.PortalSettings;

/**
 * No Docker engine runs where this project is built, so the files in docker/ are checked by reading them: the compose
 * file must parse and set only variables the portal reads, and the image must run unprivileged with a health check.
 */
class DockerFilesTest {

    static final Path DOCKER = Path.of(System.getProperty("basedir", ".")).resolve("docker");
    static final Set<String> PORTAL_VARIABLES = Arrays.stream(PortalSettings.ALL).map(PortalSettings::environmentName)
        .collect(Collectors.toSet());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> variables.put(String.valueOf(k), String.valueOf(v)));
        } else if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        return variables;
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsThePortalOnMySql84() throws IOException {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("db", "portal");
        assertThat((String) ((Map<String, Object>) services.get("db")).get("image")).startsWith("mysql:8.4");
        Object dependsOn = ((Map<String, Object>) services.get("portal")).get("depends_on");
        List<Object> dependencies = dependsOn instanceof Map<?, ?> map ? List.copyOf(map.keySet()) : List.copyOf((List<?>) dependsOn);
        assertThat(dependencies).contains("db");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeSetsOnlyVariablesThePortalReads() throws IOException {
        Map<String, String> variables = environment((Map<String, Object>) services().get("portal"));
        assertThat(variables.keySet()).filteredOn(name -> name.startsWith("OCOP_")).isSubsetOf(PORTAL_VARIABLES);
        assertThat(variables).containsKeys("OCOP_DB_URL", "OCOP_DB_USER", "OCOP_DB_PASSWORD", "OCOP_DATA_DIR");
        assertThat(variables.get("OCOP_DB_URL")).startsWith("jdbc:mysql://db:3306/");
    }

    @Test
    void theImageRunsUnprivilegedWithAHealthCheck() throws IOException {
        List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
        assertThat(lines).anyMatch(l -> l.startsWith("FROM eclipse-temurin:17-jre"));
        assertThat(lines).anyMatch(l -> l.strip().equals("EXPOSE 8080"));
        assertThat(lines).anyMatch(l -> l.contains("/health/ready"));
        assertThat(lines).filteredOn(l -> l.startsWith("USER ")).isNotEmpty()
            .allMatch(l -> !l.substring(5).strip().equals("root") && !l.substring(5).strip().equals("0"));
        List<String> setVariables = lines.stream().flatMap(l -> Arrays.stream(l.split("[\\s\\\\]+")))
            .filter(word -> word.startsWith("OCOP_") && word.contains("=")).map(word -> word.substring(0, word.indexOf('=')))
            .toList();
        assertThat(setVariables).isNotEmpty().allMatch(PORTAL_VARIABLES::contains);
    }
}
