package no.klyngeprogrammet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;

/**
 * An input entry that matches any value is left empty, as Camunda Modeler writes it. The engine
 * skips an empty entry, while the FEEL test "-" goes to the FEEL engine, which builds its built-in
 * functions anew for every test. 90 of the formal check's 100 entries were "-", and the decisions
 * took 29 % of the job executor's time in the benchmark's year (docs/benchmarks.md).
 */
class DecisionTablesTest {

  @Test
  void entriesThatMatchAnythingAreEmptyRatherThanADash() throws IOException {
    List<Path> tables;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      tables = files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList();
    }
    assertThat(tables).isNotEmpty();
    for (Path table : tables) {
      var entries = Dmn.readModelFromFile(table.toFile()).getModelElementsByType(InputEntry.class);
      assertThat(entries).as(table.toString()).isNotEmpty();
      assertThat(entries).as(table + ": input entries written as \"-\"")
          .noneMatch(entry -> entry.getText() != null && "-".equals(entry.getText().getTextContent().strip()));
    }
  }
}
