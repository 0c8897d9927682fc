package org.naba;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, read off the sources' imports. */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/org/naba");
  private static final Set<String> STAGES = Set.of("ingest", "clean", "dedup", "story", "ner", "summary");
  // An import, or a name written out in full in the code: any reference to a class of another package.
  private static final Pattern REFERENCE = Pattern.compile("(?<!package )\\borg\\.naba\\.(\\w+)\\.[\\w.]*[A-Z]");

  /** Every "file: imports org.naba.X" of a package's sources (subpackages included), imports and names in full. */
  private static List<String> imports(String pkg) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = REFERENCE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) out.add(SOURCES.relativize(f) + ": imports org.naba." + m.group(1));
      }
    }
    return out;
  }

  @Test
  void noStageImportsAnotherStageOrWhatComposesThem() throws IOException {
    for (String stage : STAGES) {
      assertThat(imports(stage)).as(stage).allSatisfy(line -> {
        String target = line.substring(line.lastIndexOf('.') + 1);
        assertThat(target).as(line).isIn(stage, "model", "text");
      });
    }
  }

  @Test
  void modelAndTextImportNothingAboveThem() throws IOException {
    assertThat(imports("model")).allSatisfy(line -> assertThat(line).endsWith("org.naba.model"));
    assertThat(imports("text")).allSatisfy(line -> assertThat(line).endsWith(".text").doesNotContain("imports org.naba.model"));
  }

  @Test
  void theStoreDependsOnlyOnModelAndText() throws IOException {
    assertThat(imports("store")).allSatisfy(line ->
        assertThat(line.substring(line.lastIndexOf('.') + 1)).as(line).isIn("store", "model", "text"));
  }
}
