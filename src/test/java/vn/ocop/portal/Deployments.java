package vn.ocop.portal;

import java.io.File;
import java.net.URI;
import java.net.URL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive that integration tests deploy: the WAR that {@code mvn package} built, as it ships. Tests drive it from
 * outside (HTTP and a browser), as clients do, so nothing test-only goes into it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("ocop.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the portal first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The deployment's base URL with host "localhost", where browsers keep Secure cookies over plain HTTP. */
    public static String onLocalhost(URL deployed) {
        URI uri = URI.create(deployed.toString());
        String base = "http://localhost:" + uri.getPort() + uri.getPath();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
