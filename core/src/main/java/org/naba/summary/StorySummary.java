package org.naba.summary;

import java.util.List;
import java.util.Objects;
import org.naba.model.OutletReport;
import org.naba.model.SummarySentence;

/**
 * A story's headline, its extractive summary (every sentence citing the articles that carry it), and the side-by-side
 * of its outlets (empty when it has fewer than two).
 */
public record StorySummary(String headline, List<SummarySentence> sentences, List<OutletReport> outlets) {
  public StorySummary {
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
    outlets = List.copyOf(outlets);
  }
}
