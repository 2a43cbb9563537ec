package vn.ocop.portal.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import org.junit.jupiter.api.Test;

/**
 * Guards against a trap of Payara 6: for a JAX-RS resource METHOD annotated {@code @PermitAll}, Payara's own roles
 * feature calls {@code SecurityContext.authenticate} on every request; the portal's mechanism then writes its HTTP
 * Basic challenge into the response of an anonymous caller, and the resource's answer becomes a 500 error page (the
 * defect {@code POST /api/v1/account-requests} had). {@code @PermitAll} belongs on the resource class.
 */
class ResourceAnnotationsTest {

    @Test
    void noResourceMethodCarriesPermitAll() throws Exception {
        List<String> offending = new ArrayList<>();
        for (Class<?> type : portalClasses()) {
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PermitAll.class)) {
                    offending.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(offending).as("resource methods with @PermitAll (put it on the class)").isEmpty();
    }

    private static List<Class<?>> portalClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("vn/ocop/portal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ResourceAnnotationsTest.class.getClassLoader()));
            }
        }
        assertThat(classes).as("compiled portal classes").isNotEmpty();
        return classes;
    }
}
