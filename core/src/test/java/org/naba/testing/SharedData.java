package org.naba.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared} (corpora, gold, fixtures) beside the repository. Tests that need it call {@link #require}
 * and are skipped, with a message saying what is missing, where it is absent.
 */
public final class SharedData {
  /** The skip message of tests that need {@code ../shared}. */
  public static final String MISSING = "skipped: ../shared (corpora, gold, fixtures) is absent next to the repository";

  private SharedData() {}

  public static Optional<Path> root() {
    for (String candidate : new String[] {"../shared", "../../shared", "../../../shared"}) {
      Path p = Path.of(candidate).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("data"))) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** The path under {@code shared/}, or skips the calling test when it is absent. */
  public static Path require(String relative) {
    Optional<Path> root = root();
    assumeTrue(root.isPresent(), "skipped: ../shared is absent (needed: " + relative + ")");
    Path p = root.get().resolve(relative);
    assumeTrue(Files.exists(p), "skipped: " + p + " is absent");
    return p;
  }
}
