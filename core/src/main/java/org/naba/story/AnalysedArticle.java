package org.naba.story;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.naba.text.Hash64;

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
 * @param places places named in the title and the lead's opening ({@link org.naba.text.Places}), in order of mention
 * @param titleKeys {@link Hash64} of each title term, the engine's dictionary key: hashed where the article is
 *     analysed (on any thread), so the engine's own thread only looks them up
 * @param bodyKeys {@link Hash64} of each lead term
 * @param headlineOnly the article has a title and no text (a crawl or a feed kept only its headline)
 */
public record AnalysedArticle(
    String id,
    Instant published,
    String outlet,
    Optional<String> duplicateOf,
    List<String> titleTerms,
    List<String> bodyTerms,
    List<String> places,
    long[] titleKeys,
    long[] bodyKeys,
    boolean headlineOnly) {
  public AnalysedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    titleTerms = List.copyOf(titleTerms);
    bodyTerms = List.copyOf(bodyTerms);
    places = List.copyOf(places);
    if (titleKeys.length != titleTerms.size() || bodyKeys.length != bodyTerms.size()) {
      throw new IllegalArgumentException("one key per term");
    }
  }

  /** An article with its terms' keys computed here. */
  public AnalysedArticle(String id, Instant published, String outlet, Optional<String> duplicateOf,
      List<String> titleTerms, List<String> bodyTerms, List<String> places, boolean headlineOnly) {
    this(id, published, outlet, duplicateOf, titleTerms, bodyTerms, places, keys(titleTerms), keys(bodyTerms),
        headlineOnly);
  }

  private static long[] keys(List<String> terms) {
    long[] keys = new long[terms.size()];
    for (int i = 0; i < keys.length; i++) keys[i] = Hash64.of(terms.get(i));
    return keys;
  }

  /** The same article, known to copy {@code original} (dedup may run beside the analysis and finish after it). */
  public AnalysedArticle withDuplicateOf(Optional<String> original) {
    return new AnalysedArticle(
        id, published, outlet, original, titleTerms, bodyTerms, places, titleKeys, bodyKeys, headlineOnly);
  }
}
