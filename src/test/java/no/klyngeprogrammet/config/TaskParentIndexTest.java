package no.klyngeprogrammet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's table of open tasks can be searched by parent task, which every completed task does. */
class TaskParentIndexTest extends IntegrationTest {

  @Autowired DataSource dataSource;
  @Autowired TaskParentIndex index;

  @Test
  void theOpenTasksAreIndexedByParentTaskAndStartingAgainChangesNothing() throws SQLException {
    assertThat(indexedColumns(TaskParentIndex.NAME)).containsExactly("PARENT_TASK_ID_");

    index.create();

    assertThat(indexedColumns(TaskParentIndex.NAME)).containsExactly("PARENT_TASK_ID_");
  }

  /** The columns of the named index on ACT_RU_TASK, whichever case the database keeps names in. */
  private List<String> indexedColumns(String indexName) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (rs.next()) {
            if (indexName.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
              columns.add(rs.getString("COLUMN_NAME").toUpperCase());
            }
          }
        }
      }
    }
    return columns;
  }
}
