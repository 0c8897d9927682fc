package org.naba.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.naba.story.AnalysedArticle;
import org.naba.story.ArticleAnalyser;
import org.naba.story.StoryInput;
import org.naba.story.StorySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code naba train …}: builds the statistical resources Naba ships, from corpora it has. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Builds the resources Naba ships from corpora.",
    subcommands = {TrainCommand.Idf.class})
public final class TrainCommand {
  private TrainCommand() {}

  @Command(name = "idf", mixinStandardHelpOptions = true, description = {
      "Builds the story engine's background IDF table from news corpora.",
      "Counts the document frequency of every analysed story term (title and lead, as the engine reads them)",
      "over news JSONL corpora; the table ships as org/naba/story/idf-prior.tsv.gz."})
  static final class Idf implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "news JSONL(.gz) files")
    List<Path> corpora;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output table (.tsv.gz)")
    Path out;

    @Option(names = "--min-df", defaultValue = "3", description = "terms in fewer documents are left out (default: ${DEFAULT-VALUE})")
    int minDf;

    @Override
    public Integer call() throws IOException {
      Map<String, Integer> df = new HashMap<>();
      long documents = 0;
      try (ArticleAnalyser analyser = new ArticleAnalyser(StorySettings.defaults())) {
        for (Path corpus : corpora) {
          for (BenchCommand.Doc d : BenchCommand.readCorpus(corpus, Integer.MAX_VALUE)) {
            AnalysedArticle a = analyser.analyse(new StoryInput(d.id(), Instant.EPOCH, d.outlet(), d.title(), d.text(),
                Optional.empty()));
            Set<String> terms = new HashSet<>(a.titleTerms());
            terms.addAll(a.bodyTerms());
            for (String t : terms) df.merge(t, 1, Integer::sum);
            documents++;
          }
        }
      }
      Map<String, Integer> kept = new TreeMap<>();
      df.forEach((t, n) -> {
        if (n >= minDf && t.indexOf('\t') < 0 && t.indexOf('\n') < 0) kept.put(t, n);
      });
      try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out));
          Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
        w.write("#documents\t" + documents + "\n");
        for (Map.Entry<String, Integer> e : kept.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
      System.out.println("idf: " + documents + " documents, " + kept.size() + " terms with df >= " + minDf + " -> " + out);
      return 0;
    }
  }
}
