package vn.ocop.portal.platform.control;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * The one datasource of the portal, pooled by Payara through {@code @DataSourceDefinition}. It picks its database
 * from the settings when the pool first asks for a connection: MySQL through Connector/J when {@code OCOP_DB_URL}
 * is set, otherwise an embedded H2 file under the data folder, in MySQL mode so that one set of migrations serves both.
 */
public class PortalDataSource implements DataSource {

    private volatile DataSource target;
    private int loginTimeout;

    private DataSource target() {
        DataSource t = target;
        if (t == null) {
            synchronized (this) {
                if (target == null) {
                    target = PortalSettings.usesEmbeddedDatabase() ? embedded() : mysql();
                }
                t = target;
            }
        }
        return t;
    }

    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("ocop")
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static DataSource embedded() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(embeddedUrl(PortalSettings.dataDir()));
        h2.setUser("ocop");
        h2.setPassword("");
        return h2;
    }

    private static DataSource mysql() {
        MysqlDataSource mysql = new MysqlDataSource();
        String url = PortalSettings.text(PortalSettings.DB_URL).orElseThrow();
        // Vietnamese needs 4-byte UTF-8 end to end; the server side is set in the migrations.
        String sep = url.contains("?") ? "&" : "?";
        mysql.setURL(url + sep + "characterEncoding=UTF-8&connectionCollation=utf8mb4_bin&rewriteBatchedStatements=true");
        mysql.setUser(PortalSettings.text(PortalSettings.DB_USER).orElse("root"));
        mysql.setPassword(PortalSettings.text(PortalSettings.DB_PASSWORD).orElse(""));
        return mysql;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // Credentials come from the settings, never from the pool definition.
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Payara logs through java.util.logging; there is nothing to write here.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
