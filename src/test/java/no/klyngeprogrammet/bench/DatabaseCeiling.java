package no.klyngeprogrammet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database's ceiling: single-row insert transactions in a JDBC loop, as many clients as the
 * rush has, each on its own connection, committing after every row.
 */
final class DatabaseCeiling {

  private final BenchDatabase database;

  DatabaseCeiling(BenchDatabase database) {
    this.database = database;
  }

  Map<String, Object> run(int inserts, int clients) throws Exception {
    try (Connection connection = database.connect()) {
      connection.createStatement().execute("create schema if not exists bench");
      connection.createStatement().execute(
          "create table bench.bench_commit (id bigserial primary key, client integer not null, n integer not null, "
              + "at timestamp with time zone not null default now())");
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<Integer>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      done.add(pool.submit(() -> insertUntilDone(client, next, inserts)));
    }
    int committed = 0;
    for (Future<Integer> f : done) {
      committed += f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long rows = database.longQuery("select count(*) from bench.bench_commit");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("transactions", committed);
    result.put("rowsFound", rows);
    result.put("clients", clients);
    result.put("seconds", round(seconds));
    result.put("commitsPerSecond", round(committed / seconds));
    return result;
  }

  private int insertUntilDone(int client, AtomicInteger next, int total) throws SQLException {
    int committed = 0;
    try (Connection connection = database.connect();
        PreparedStatement insert = connection.prepareStatement("insert into bench.bench_commit (client, n) values (?, ?)")) {
      connection.setAutoCommit(false);
      for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
        insert.setInt(1, client);
        insert.setInt(2, n);
        insert.executeUpdate();
        connection.commit();
        committed++;
      }
    }
    return committed;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
