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
   * Documenter lists the relations in no fixed order; sorted, an unchanged structure leaves the
   * files unchanged.
   */
  @Test
  void writesTheModuleDiagrams() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> files = Files.list(DIAGRAMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int first = lines.indexOf(lines.stream().filter(line -> line.startsWith("Rel(")).findFirst().orElse(""));
        if (first >= 0) {
          List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
          lines.removeIf(line -> line.startsWith("Rel("));
          lines.addAll(first, relations);
          Files.write(file, lines);
        }
      }
    }
  }
}
