package org.naba.dedup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.naba.model.NearDuplicate;
import org.naba.model.Provenance;

/**
 * What the deduplicator found for one article.
 *
 * @param duplicateOf the earliest article this one copies (exactly, or above the duplicate threshold)
 * @param exact whether the copy is exact after normalisation
 * @param nearDuplicates earlier articles above the near threshold, most similar first
 * @param provenance per paragraph, the earlier articles from other outlets that carry it
 */
public record DedupResult(
    Optional<String> duplicateOf, boolean exact, List<NearDuplicate> nearDuplicates, List<Provenance> provenance) {
  public DedupResult {
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    nearDuplicates = List.copyOf(nearDuplicates);
    provenance = List.copyOf(provenance);
  }
}
