package no.klyngeprogrammet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * The modules as the source imports them. javac inlines {@code static final String} constants,
 * so a module that uses only another's constants (a process key, a variable name) leaves no trace
 * in the bytecode that {@link ModularityTest} reads; its import statement does.
 */
class ImportCycleTest {

  static final Path SOURCES = Path.of("src/main/java/no/klyngeprogrammet");
  static final Pattern IMPORT = Pattern.compile("^import (?:static )?no\\.klyngeprogrammet\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void everyImportIsAllowedByItsModule() throws IOException {
    Map<String, Set<String>> imports = imports();
    List<String> forbidden = new ArrayList<>();
    imports.forEach((module, targets) -> {
      Set<String> allowed = allowedDependencies(module);
      targets.stream().filter(target -> !allowed.contains(target))
          .forEach(target -> forbidden.add(module + " -> " + target));
    });
    assertThat(forbidden).as("imports that the importing module's package-info.java does not allow").isEmpty();
  }

  @Test
  void noModuleImportsItselfThroughOthers() throws IOException {
    Map<String, Set<String>> imports = imports();
    List<String> cycles = new ArrayList<>();
    for (String module : imports.keySet()) {
      List<String> path = pathBack(module, module, imports, new ArrayList<>(List.of(module)), new TreeSet<>());
      if (path != null) {
        cycles.add(String.join(" -> ", path));
      }
    }
    assertThat(cycles).as("import cycles between modules").isEmpty();
  }

  private static List<String> pathBack(String start, String from, Map<String, Set<String>> imports, List<String> path,
      Set<String> visited) {
    for (String next : imports.getOrDefault(from, Set.of())) {
      if (next.equals(start)) {
        path.add(next);
        return path;
      }
      if (visited.add(next)) {
        path.add(next);
        if (pathBack(start, next, imports, path, visited) != null) {
          return path;
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }

  /** Module (top-level package under no.klyngeprogrammet) to the modules its sources import. */
  static Map<String, Set<String>> imports() throws IOException {
    Map<String, Set<String>> imports = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String module = relative.getName(0).toString();
        Set<String> targets = imports.computeIfAbsent(module, m -> new TreeSet<>());
        var matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!matcher.group(1).equals(module)) {
            targets.add(matcher.group(1));
          }
        }
      }
    }
    return imports;
  }

  private static Set<String> allowedDependencies(String module) {
    try {
      ApplicationModule declaration = Class.forName("no.klyngeprogrammet." + module + ".package-info")
          .getAnnotation(ApplicationModule.class);
      return new TreeSet<>(Arrays.asList(declaration.allowedDependencies()));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("module " + module + " has no package-info.java with @ApplicationModule", e);
    }
  }
}
