package org.naba.summary;

import java.util.List;
import java.util.Objects;
import org.naba.model.SummarySentence;

/** A story's headline and its extractive summary, every sentence citing the articles that carry it. */
public record StorySummary(String headline, List<SummarySentence> sentences) {
  public StorySummary {
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
  }
}
