package vn.ocop.portal.platform.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;

import vn.ocop.portal.account.boundary.Accounts;
import vn.ocop.portal.certification.boundary.DemoData;
import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.search.boundary.CatalogueIndex;
import vn.ocop.portal.search.boundary.IndexFollower;

/**
 * Brings the database up to date before anything serves: migrations first, then the bootstrap admin, then the demo
 * data when the database is empty, then the search index (rebuilt if it must be) and its follower. The portal reports
 * ready only after all of them.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = PortalStartup.DATASOURCE,
    className = "vn.ocop.portal.platform.control.PortalDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"fish.payara.sql-trace-listeners=", "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=meta-data"})
public class PortalStartup {

    public static final String DATASOURCE = "java:app/jdbc/ocop";
    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    Accounts accounts;

    @Inject
    DemoData demoData;

    @Inject
    CatalogueIndex catalogueIndex;

    @Inject
    IndexFollower indexFollower;

    /** Static because Payara's health endpoint may hold its own instance of the check. */
    private static volatile boolean ready;

    @PostConstruct
    void start() {
        migrate();
        accounts.ensureBootstrapAdmin();
        demoData.loadIfEmpty();
        catalogueIndex.open();
        indexFollower.start();
        ready = true;
    }

    public static boolean isReady() {
        return ready;
    }

    private void migrate() {
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(Map.of("table_options", tableOptions()))
            .load()
            .migrate();
        LOG.info(() -> "Database migrated: " + (PortalSettings.usesEmbeddedDatabase()
            ? "embedded H2 under " + PortalSettings.dataDir() : "MySQL at " + PortalSettings.text(PortalSettings.DB_URL).orElse("")));
    }

    private String tableOptions() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("h2") ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
