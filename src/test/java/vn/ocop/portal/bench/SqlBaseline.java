package vn.ocop.portal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.ocop.portal.bench.QueryMix.BenchQuery;

/**
 * The generated products in MariaDB or MySQL (database {@code ocop_bench}, dropped and recreated), searched the two
 * ways a portal without a search engine would: {@code LIKE '%word%'} and a FULLTEXT index. Each word must match
 * name, producer, province or certificate number, as in the portal's search; the top 20 are read.
 */
final class SqlBaseline implements AutoCloseable {

    /** The server of the developers' machines and CI: root with an empty password. */
    static final String URL = "jdbc:mysql://127.0.0.1:3306/?user=root&password=&sslMode=DISABLED"
        + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&connectionCollation=utf8mb4_unicode_520_ci";
    /** Folds case, diacritics and đ; utf8mb4_unicode_ci does not fold đ. */
    static final String COLLATION = "utf8mb4_unicode_520_ci";
    private static final List<String> SEARCHED = List.of("name", "producer", "province", "certificate_number");
    private static final String MATCH = "MATCH(" + String.join(", ", SEARCHED) + ") AGAINST (? IN BOOLEAN MODE)";
    private static final int TOP = 20;
    private static final int BATCH = 1_000;

    private final Connection connection;

    private SqlBaseline(Connection connection) {
        this.connection = connection;
    }

    static SqlBaseline connect() throws SQLException {
        return new SqlBaseline(DriverManager.getConnection(URL));
    }

    String serverVersion() throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion();
    }

    /** Drops and recreates the database, and inserts the products in batches. */
    void load(GeneratedCatalogue catalogue) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP DATABASE IF EXISTS ocop_bench");
            ddl.execute("CREATE DATABASE ocop_bench CHARACTER SET utf8mb4 COLLATE " + COLLATION);
            ddl.execute("USE ocop_bench");
            // An index on name, as a catalogue sorted by name would have: the optimiser may walk it for ORDER BY name.
            ddl.execute("CREATE TABLE product (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL, "
                + "producer VARCHAR(200) NOT NULL, province VARCHAR(100) NOT NULL, description VARCHAR(500) NOT NULL, "
                + "certificate_number VARCHAR(40) NOT NULL, stars TINYINT NOT NULL, group_code VARCHAR(20) NOT NULL, "
                + "INDEX product_name (name)) ENGINE=InnoDB");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product (id, name, producer, province, "
            + "description, certificate_number, stars, group_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (GeneratedCatalogue.Row row : catalogue.rows()) {
                insert.setLong(1, row.id());
                insert.setString(2, row.productName());
                insert.setString(3, row.producerName());
                insert.setString(4, row.province());
                insert.setString(5, row.description());
                insert.setString(6, row.certificateNumber());
                insert.setInt(7, row.stars());
                insert.setString(8, row.group().getCode());
                insert.addBatch();
                if (row.id() % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** Which FULLTEXT index was built: with the ngram parser, or InnoDB's own parser of whole words. */
    record FulltextIndex(boolean ngram, String description) {
    }

    /**
     * MySQL's ngram parser indexes every two characters, so it needs no word boundaries; MariaDB has no ngram parser,
     * and then the index is InnoDB's own, which indexes whole words of at least {@link #minTokenSize()} characters.
     */
    FulltextIndex addFulltextIndex() throws SQLException {
        String index = "ALTER TABLE product ADD FULLTEXT INDEX product_text (" + String.join(", ", SEARCHED) + ")";
        try (Statement ddl = connection.createStatement()) {
            try {
                ddl.execute(index + " WITH PARSER ngram");
                return new FulltextIndex(true, "FULLTEXT WITH PARSER ngram (ngram_token_size "
                    + variable("ngram_token_size") + "), boolean mode");
            } catch (SQLException noNgram) {
                ddl.execute(index);
                return new FulltextIndex(false, "plain InnoDB FULLTEXT in boolean mode, as the ngram parser failed: "
                    + noNgram.getMessage());
            }
        }
    }

    /** InnoDB FULLTEXT leaves shorter words out of the index, and a required word it cannot find matches nothing. */
    int minTokenSize() throws SQLException {
        return Integer.parseInt(variable("innodb_ft_min_token_size"));
    }

    /** The top {@value #TOP} by name of {@code LIKE '%word%'} for every word, in the table's collation. */
    Latencies timeLike(List<BenchQuery> queries) throws Exception {
        return Latencies.measure(queries, q -> readTop(q, "SELECT id, name, producer, province, stars FROM product WHERE "
            + likeWhere(q, null) + filters(q) + " ORDER BY name, id LIMIT " + TOP, likeParameters(q)));
    }

    /** The top {@value #TOP} by FULLTEXT relevance, every word required; filters alone are ordered by name. */
    Latencies timeFulltext(List<BenchQuery> queries) throws Exception {
        return Latencies.measure(queries, q -> {
            String words = booleanWords(q.text());
            if (words.isEmpty()) {
                readTop(q, "SELECT id, name, producer, province, stars FROM product WHERE TRUE" + filters(q)
                    + " ORDER BY name, id LIMIT " + TOP, List.of());
            } else {
                readTop(q, "SELECT id, name, producer, province, stars, " + MATCH + " AS relevance FROM product WHERE "
                    + MATCH + filters(q) + " ORDER BY relevance DESC, id LIMIT " + TOP, List.of(words, words));
            }
        });
    }

    /** How many products {@code LIKE} finds, comparing in the given collation. */
    long countLike(BenchQuery q, String collation) throws SQLException {
        return count("SELECT COUNT(*) FROM product WHERE " + likeWhere(q, collation) + filters(q), likeParameters(q), q);
    }

    long countFulltext(BenchQuery q) throws SQLException {
        String words = booleanWords(q.text());
        return words.isEmpty() ? 0 : count("SELECT COUNT(*) FROM product WHERE " + MATCH + filters(q), List.of(words), q);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private String variable(String name) throws SQLException {
        try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery("SELECT @@" + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String likeWhere(BenchQuery q, String collation) {
        String collate = collation == null ? "" : " COLLATE " + collation;
        String anyColumn = SEARCHED.stream().map(c -> c + collate + " LIKE ?").collect(Collectors.joining(" OR ", "(", ")"));
        return Stream.concat(Stream.of("TRUE"), words(q.text()).stream().map(word -> anyColumn))
            .collect(Collectors.joining(" AND "));
    }

    private static List<String> likeParameters(BenchQuery q) {
        List<String> parameters = new ArrayList<>();
        for (String word : words(q.text())) {
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.addAll(Collections.nCopies(SEARCHED.size(), pattern));
        }
        return parameters;
    }

    /** "+mat +ong": boolean mode with every word required; punctuation would be read as operators, so it goes. */
    private static String booleanWords(String text) {
        return String.join(" ", Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
            .map(w -> "+" + w).toList());
    }

    /** The filters as SQL; their values follow the text's parameters, in this order. */
    private static String filters(BenchQuery q) {
        return (q.stars() == null ? "" : " AND stars = ?") + (q.group() == null ? "" : " AND group_code = ?")
            + (q.province() == null ? "" : " AND province = ?");
    }

    private PreparedStatement prepare(String sql, List<String> textParameters, BenchQuery q) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int i = 1;
        for (String parameter : textParameters) {
            statement.setString(i++, parameter);
        }
        if (q.stars() != null) {
            statement.setInt(i++, q.stars());
        }
        if (q.group() != null) {
            statement.setString(i++, q.group().getCode());
        }
        if (q.province() != null) {
            statement.setString(i, q.province());
        }
        return statement;
    }

    private void readTop(BenchQuery q, String sql, List<String> textParameters) throws SQLException {
        try (PreparedStatement select = prepare(sql, textParameters, q); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rs.getString("name");
            }
        }
    }

    private long count(String sql, List<String> textParameters, BenchQuery q) throws SQLException {
        try (PreparedStatement select = prepare(sql, textParameters, q); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
