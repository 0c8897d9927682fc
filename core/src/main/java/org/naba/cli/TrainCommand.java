package org.naba.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    subcommands = {TrainCommand.Idf.class, TrainCommand.Ner.class})
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

  @Command(name = "ner", mixinStandardHelpOptions = true, description = {
      "Trains the entity tagger: a linear-chain CRF (Tribuo) on BIO-tagged sentences (ANERcorp's train split),",
      "with the bundled places as a gazetteer feature and, with --unlabelled, word classes learned from news",
      "corpora; prints its scores on --test, and writes the compact model Naba ships as",
      "org/naba/ner/ner-ar.bin.gz (the word classes inside it, as hashes of the words)."})
  static final class Ner implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "BIO training file (\"token TAG\" lines)")
    Path train;

    @Option(names = "--test", paramLabel = "FILE", description = "BIO test file, scored after training")
    Path test;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "model file (.bin.gz)")
    Path out;

    @Option(names = "--epochs", defaultValue = "5", description = "passes over the training data (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--unlabelled", arity = "1..*", paramLabel = "CORPUS", description = "news JSONL(.gz) files"
        + " whose words (with the training sentences') are grouped into classes by the words around them, a feature"
        + " of the tagger (none: no word classes)")
    List<Path> unlabelled = List.of();

    @Option(names = "--classes", split = ",", paramLabel = "K", description = "classes at each level of the word"
        + " classes (default: 128,1024)")
    List<Integer> classes = List.of(128, 1024);

    @Option(names = "--min-weight", defaultValue = "0.15",
        description = "features whose weights all stay under this are left out of the model (default: ${DEFAULT-VALUE})")
    double minWeight;

    @Override
    public Integer call() throws IOException {
      Set<String> places = new TreeSet<>();
      for (List<String> name : org.naba.text.Places.bundled().names()) {
        if (name.size() == 1) places.add(org.naba.ner.NerFeatures.stem(name.get(0)));
      }
      List<org.naba.ner.NerTraining.Sentence> sentences = org.naba.ner.NerTraining.readBio(train);
      org.naba.ner.WordClusters clusters = org.naba.ner.WordClusters.none();
      if (!unlabelled.isEmpty()) {
        long t = System.nanoTime();
        List<String[]> text = new ArrayList<>();
        Map<String, String> words = new HashMap<>(); // one String per word: the corpora hold millions of tokens
        for (Path corpus : unlabelled) {
          for (BenchCommand.Doc d : BenchCommand.readCorpus(corpus, Integer.MAX_VALUE)) {
            for (String paragraph : (d.title() + "\n" + d.text()).split("\n+")) {
              String[] folded = org.naba.ner.NerFeatures.fold(org.naba.ner.NerModel.tokens(paragraph));
              for (int i = 0; i < folded.length; i++) folded[i] = words.computeIfAbsent(folded[i], w -> w);
              if (folded.length > 0) text.add(folded);
            }
          }
        }
        for (org.naba.ner.NerTraining.Sentence s : sentences) text.add(org.naba.ner.NerFeatures.fold(s.tokens()));
        org.naba.ner.WordClusters.Settings defaults = org.naba.ner.WordClusters.Settings.defaults();
        clusters = org.naba.ner.WordClusters.learn(text, new org.naba.ner.WordClusters.Settings(defaults.vocabulary(),
            defaults.minCount(), defaults.contexts(), classes, defaults.iterations(), defaults.seed()));
        System.out.printf(java.util.Locale.ROOT, "word classes: %d words in %s classes, from %d paragraphs, in %.1f s%n",
            clusters.words(), classes, text.size(), (System.nanoTime() - t) / 1e9);
      }
      org.naba.ner.NerFeatures features = new org.naba.ner.NerFeatures(places, clusters);
      long t0 = System.nanoTime();
      org.naba.ner.NerModel model = org.naba.ner.NerTraining.compact(
          org.naba.ner.NerTraining.train(features, sentences, epochs, 1), features, minWeight);
      System.out.printf(java.util.Locale.ROOT, "trained on %d sentences in %.1f s%n", sentences.size(),
          (System.nanoTime() - t0) / 1e9);
      try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
        model.write(o);
      }
      System.out.println("model -> " + out + " (" + Files.size(out) + " bytes)");
      if (test != null) {
        System.out.print(org.naba.ner.NerTraining.score(model, org.naba.ner.NerTraining.readBio(test)).format());
      }
      return 0;
    }
  }
}
