package org.naba.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the read-only {@code shared/} tree next to the repository; tests skip when it is absent. */
final class SharedData {
  private SharedData() {}

  static Optional<Path> root() {
    for (String candidate : new String[] {"../../shared", "../shared", "../../../shared"}) {
      Path p = Path.of(candidate).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("data/pages"))) return Optional.of(p);
    }
    return Optional.empty();
  }

  static final String MISSING = "shared/ data not found next to the repository (../shared): skipping";
}
