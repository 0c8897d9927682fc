package org.naba.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Background document frequencies of analysed terms, counted over a large news corpus, that the story engine adds to
 * the frequencies it learns online. Without them IDF is meaningless at the start of a stream: in a run of four pages
 * about one event, every shared word is in most documents and weighs nothing, so the pages look unrelated. With them
 * "كيري" or "هانغتشو" are rare from the first article and "قال" is common.
 *
 * <p>The bundled table ({@value #RESOURCE}) was counted by {@code naba train idf} over SaudiNewsNet 2015 and ANT 2018
 * (62,000 articles; term counts only, no text). Immutable and thread-safe; the bundled table is loaded once.
 */
public record IdfPrior(long documents, Map<String, Integer> df) {
  public static final String RESOURCE = "/org/naba/story/idf-prior.tsv.gz";

  public IdfPrior {
    if (documents < 0) throw new IllegalArgumentException("documents " + documents);
    df = Map.copyOf(Objects.requireNonNull(df, "df"));
  }

  /** No background: IDF from the stream alone. */
  public static IdfPrior none() {
    return new IdfPrior(0, Map.of());
  }

  /** The table shipped with Naba. */
  public static IdfPrior bundled() {
    return Bundled.PRIOR;
  }

  public int df(String term) {
    return df.getOrDefault(term, 0);
  }

  /**
   * This table with {@code more} documents counted into it: each term's frequency raised by its count in {@code
   * counts} (how many of those documents hold it).
   */
  public IdfPrior plus(Map<String, Integer> counts, long more) {
    if (more < 0) throw new IllegalArgumentException("documents " + more);
    Map<String, Integer> merged = new HashMap<>(df);
    counts.forEach((term, n) -> merged.merge(term, n, Integer::sum));
    return new IdfPrior(documents + more, merged);
  }

  /** Stream documents after which the table weighs half as much as at the start. */
  public static final double FADE_DOCUMENTS = 50;

  /**
   * IDF of a term in {@code streamDf} of a stream's {@code streamDocuments}, with this table's count of it
   * ({@code priorDf}, i.e. {@link #df}) added: the table counts fully while the stream is young and fades as the
   * stream's own counts become reliable, weight {@code FADE_DOCUMENTS / (FADE_DOCUMENTS + streamDocuments)}.
   */
  public double idf(int priorDf, int streamDf, long streamDocuments) {
    double lambda = FADE_DOCUMENTS / (FADE_DOCUMENTS + streamDocuments);
    return Math.log(1.0 + (lambda * documents + streamDocuments) / (lambda * priorDf + streamDf + 1e-9));
  }

  private static final class Bundled {
    static final IdfPrior PRIOR = load();

    private static IdfPrior load() {
      try (InputStream raw = IdfPrior.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) throw new IllegalStateException("the IDF table " + RESOURCE + " is missing from this build");
        return read(new GZIPInputStream(raw));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** Reads the table: a first line {@code #documents<TAB>N}, then {@code term<TAB>df} lines. */
  public static IdfPrior read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String head = r.readLine();
    if (head == null || !head.startsWith("#documents\t")) throw new IOException("not an IDF table: " + head);
    long documents = Long.parseLong(head.substring(head.indexOf('\t') + 1).strip());
    Map<String, Integer> df = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab > 0) df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
    }
    return new IdfPrior(documents, df);
  }
}
