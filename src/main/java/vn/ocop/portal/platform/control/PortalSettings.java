package vn.ocop.portal.platform.control;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's settings, read through MicroProfile Config. Each key is fed by the environment variable of the
 * same name in upper case with dots as underscores ({@code ocop.db.url} from {@code OCOP_DB_URL}), as MicroProfile
 * Config maps them. README.md lists them; the compose file in docker/ must use the same names.
 */
public final class PortalSettings {

    public static final String PORT = "ocop.port";
    public static final String DATA_DIR = "ocop.data.dir";
    public static final String DB_URL = "ocop.db.url";
    public static final String DB_USER = "ocop.db.user";
    public static final String DB_PASSWORD = "ocop.db.password";
    public static final String ADMIN_USER = "ocop.admin.user";
    public static final String ADMIN_PASSWORD = "ocop.admin.password";
    public static final String DEMO_DATA = "ocop.demo.data";
    public static final String EXPIRING_DAYS = "ocop.expiring.days";
    public static final String TODAY = "ocop.today";
    public static final String SECURE_COOKIES = "ocop.secure.cookies";
    /** The address the public reaches the portal at, e.g. https://ocop.hungyen.gov.vn: what QR codes on packages encode. */
    public static final String PUBLIC_URL = "ocop.public.url";
    /** The SMTP server that mails leave through; unset, mails are written to the log (the embedded demo). */
    public static final String SMTP_HOST = "ocop.smtp.host";
    public static final String SMTP_PORT = "ocop.smtp.port";
    public static final String SMTP_USER = "ocop.smtp.user";
    public static final String SMTP_PASSWORD = "ocop.smtp.password";
    public static final String SMTP_STARTTLS = "ocop.smtp.starttls";
    public static final String MAIL_FROM = "ocop.mail.from";
    /** Submissions of one public form (misuse report, inquiry, account request) one address may send an hour. */
    public static final String PUBLIC_FORM_LIMIT = "ocop.public.form.limit";
    /** The map tile URL template of the sales-point map ({z}/{x}/{y}); "none" turns the map off, leaving the list. */
    public static final String MAP_TILES = "ocop.map.tiles";
    public static final String DEFAULT_MAP_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /** Every key above: the docker test checks that the compose file sets only these. */
    public static final String[] ALL = {PORT, DATA_DIR, DB_URL, DB_USER, DB_PASSWORD, ADMIN_USER, ADMIN_PASSWORD,
        DEMO_DATA, EXPIRING_DAYS, TODAY, SECURE_COOKIES, PUBLIC_URL, SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD,
        SMTP_STARTTLS, MAIL_FROM, PUBLIC_FORM_LIMIT, MAP_TILES};

    private PortalSettings() {
    }

    public static String environmentName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    static Config config() {
        return ConfigProvider.getConfig(PortalSettings.class.getClassLoader());
    }

    public static Optional<String> text(String key) {
        return config().getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    public static Path dataDir() {
        return Path.of(text(DATA_DIR).orElse("data")).toAbsolutePath().normalize();
    }

    public static boolean usesEmbeddedDatabase() {
        return text(DB_URL).isEmpty();
    }

    /** {@link #PUBLIC_URL} without a trailing slash, if set. */
    public static Optional<String> publicUrl() {
        return text(PUBLIC_URL).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Whether cookies are Secure: yes unless OCOP_SECURE_COOKIES=false (plain HTTP by another name than localhost). */
    public static boolean secureCookies() {
        return text(SECURE_COOKIES).map(Boolean::parseBoolean).orElse(true);
    }

    public static java.util.OptionalInt publicFormLimit() {
        return text(PUBLIC_FORM_LIMIT).map(v -> java.util.OptionalInt.of(Integer.parseInt(v)))
            .orElse(java.util.OptionalInt.empty());
    }

    /** The tile URL template of maps, or empty when maps are off ({@code OCOP_MAP_TILES=none}). */
    public static Optional<String> mapTiles() {
        String tiles = text(MAP_TILES).orElse(DEFAULT_MAP_TILES);
        return "none".equalsIgnoreCase(tiles) ? Optional.empty() : Optional.of(tiles);
    }

    public static int expiringWindowDays() {
        return text(EXPIRING_DAYS).map(Integer::parseInt).orElse(90);
    }
}
