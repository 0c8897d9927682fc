package org.naba.story;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after Arabic analysis: the stemmed terms of its title and of its lead. Analysis is the costly part of
 * {@link StoryEngine#add(StoryInput)}; a pipeline can run {@link ArticleAnalyser} on several threads and feed the
 * results to {@link StoryEngine#add(AnalysedArticle)} in publication order.
 *
 * @param id article id
 * @param published publication time
 * @param outlet source name
 * @param duplicateOf id of an earlier article this one duplicates
 * @param titleTerms analysed title terms, in order
 * @param bodyTerms analysed lead terms, in order
 * @param places places named in the title and the lead's opening ({@link Places}), in order of mention
 */
public record AnalysedArticle(
    String id,
    Instant published,
    String outlet,
    Optional<String> duplicateOf,
    List<String> titleTerms,
    List<String> bodyTerms,
    List<String> places) {
  public AnalysedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    titleTerms = List.copyOf(titleTerms);
    bodyTerms = List.copyOf(bodyTerms);
    places = List.copyOf(places);
  }

  /** The same article, known to copy {@code original} (dedup may run beside the analysis and finish after it). */
  public AnalysedArticle withDuplicateOf(Optional<String> original) {
    return new AnalysedArticle(id, published, outlet, original, titleTerms, bodyTerms, places);
  }
}
