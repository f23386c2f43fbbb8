package no.klyngeprogrammet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as Spring Modulith reads them from the bytecode: no cycle, and no dependency that a
 * module's {@code package-info.java} does not allow. {@link ImportCycleTest} covers what the
 * bytecode cannot show.
 */
class ModularityTest {

  static final Path DIAGRAMS = Path.of("docs/architecture");
  static final ApplicationModules MODULES = ApplicationModules.of(KlyngeprogrammetApplication.class);

  @Test
  void modulesHaveNoCycleAndOnlyAllowedDependencies() {
    MODULES.verify();
  }

  /**
   * Rewrites the committed diagrams on every run, so a change of structure shows in the diff. The
   * Documenter lists components and relations in no fixed order; sorted, an unchanged structure
   * leaves the files unchanged.
   */
  @Test
  void writesTheModuleDiagrams() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> files = Files.list(DIAGRAMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        Files.write(file, sortedBlocks(Files.readAllLines(file)));
      }
    }
  }

  /** Sorts each run of consecutive component or relation lines. */
  static List<String> sortedBlocks(List<String> lines) {
    List<String> sorted = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (!block.isEmpty() && !kind(line).equals(kind(block.get(0)))) {
        sorted.addAll(block.stream().sorted().toList());
        block.clear();
      }
      if (kind(line).isEmpty()) {
        sorted.add(line);
      } else {
        block.add(line);
      }
    }
    sorted.addAll(block.stream().sorted().toList());
    return sorted;
  }

  private static String kind(String line) {
    return line.startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(") ? "Component(" : "";
  }
}
