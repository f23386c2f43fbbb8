package no.klyngeprogrammet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as Spring Modulith reads them from the bytecode: no cycle, and no dependency that a
 * module's {@code package-info.java} does not allow. {@link ImportCycleTest} covers what the
 * bytecode cannot show.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(KlyngeprogrammetApplication.class);

  @Test
  void modulesHaveNoCycleAndOnlyAllowedDependencies() {
    MODULES.verify();
  }

  /** Rewrites the committed diagrams on every run, so a change of structure shows in the diff. */
  @Test
  void writesTheModuleDiagrams() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
