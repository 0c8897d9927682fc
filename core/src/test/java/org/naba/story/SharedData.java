package org.naba.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared data directory: {@code ../shared} from the repository root (tests run in {@code core/}). */
final class SharedData {
  private SharedData() {}

  static Optional<Path> root() {
    for (String candidate : new String[] {"../../shared", "../shared"}) {
      Path p = Path.of(candidate).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("data"))) return Optional.of(p);
    }
    return Optional.empty();
  }
}
