package org.naba.ner;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFParameters;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.classification.sgd.protos.CRFModelProto;
import org.tribuo.impl.ListExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.protos.ParametersProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/** Trains the entity tagger's linear-chain CRF (Tribuo) on BIO-tagged sentences, such as ANERcorp's. */
public final class NerTraining {
  private NerTraining() {}

  /** One tagged sentence: tokens and their BIO tags ("B-PERS", "I-LOC", "O"). */
  public record Sentence(List<String> tokens, List<String> tags) {
    public Sentence {
      tokens = List.copyOf(tokens);
      tags = List.copyOf(tags);
      if (tokens.size() != tags.size()) throw new IllegalArgumentException("tokens and tags differ in length");
    }
  }

  /** Reads "token TAG" lines, sentences separated by blank lines (ANERcorp, CoNLL). */
  public static List<Sentence> readBio(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        line = line.strip();
        if (line.isEmpty()) {
          if (!tokens.isEmpty()) out.add(new Sentence(tokens, tags));
          tokens = new ArrayList<>();
          tags = new ArrayList<>();
          continue;
        }
        int space = line.lastIndexOf(' ');
        if (space <= 0) throw new IOException(file + ":" + number + ": expected \"token TAG\", got \"" + line + "\"");
        tokens.add(line.substring(0, space));
        tags.add(line.substring(space + 1));
      }
    }
    if (!tokens.isEmpty()) out.add(new Sentence(tokens, tags));
    return out;
  }

  /** A Tribuo sequence example of a sentence: each token's features, labelled with its tag. */
  static SequenceExample<Label> example(NerFeatures features, List<String> tokens, List<String> tags) {
    String[] words = NerFeatures.fold(tokens);
    int[] stems = NerFeatures.stems(words);
    List<Example<Label>> examples = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      ListExample<Label> e = new ListExample<>(new Label(tags == null ? "O" : tags.get(i)));
      for (String name : features.features(words, stems, i)) e.add(new Feature(name, 1.0));
      examples.add(e);
    }
    return new SequenceExample<>(examples);
  }

  /**
   * The compact model Naba tags with: the CRF's biases, transitions and per-feature weights, keyed by the hash of each
   * feature's name; a feature whose weights all stay under {@code minWeight} in magnitude is left out (it moves no
   * decision measurably, and most features are one training word's).
   */
  public static NerModel compact(CRFModel model, NerFeatures features, double minWeight) {
    Tensor[] t;
    try {
      CRFModelProto proto = model.serialize().getSerializedData().unpack(CRFModelProto.class);
      ParametersProto p = proto.getParams();
      t = CRFParameters.deserializeFromProto(p.getVersion(), p.getClassName(), p.getSerializedData()).get();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("cannot read the CRF's parameters", e);
    }
    DenseVector biases = (DenseVector) t[0];
    DenseMatrix featureLabel = (DenseMatrix) t[1];
    DenseMatrix labelLabel = (DenseMatrix) t[2];
    ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
    int l = outputs.size();
    String[] tags = new String[l];
    for (int i = 0; i < l; i++) tags[i] = outputs.getOutput(i).getLabel();
    float[] bias = new float[l];
    float[][] transitions = new float[l][l];
    for (int i = 0; i < l; i++) {
      bias[i] = (float) biases.get(i);
      for (int j = 0; j < l; j++) transitions[i][j] = (float) labelLabel.get(i, j);
    }
    ImmutableFeatureMap map = model.getFeatureIDMap();
    Map<String, float[]> weights = new java.util.HashMap<>();
    for (VariableInfo info : map) {
      int id = ((VariableIDInfo) info).getID();
      float[] row = new float[l];
      double max = 0;
      for (int i = 0; i < l; i++) {
        row[i] = (float) featureLabel.get(i, id);
        max = Math.max(max, Math.abs(row[i]));
      }
      if (max >= minWeight) weights.put(info.getName(), row);
    }
    return NerModel.of(tags, bias, transitions, weights, features.places(), features.clusters());
  }

  /**
   * Tags each sentence with {@code model} as Naba reads names ({@link NerModel#names}) and scores the entities against
   * the sentence's own tags.
   */
  public static NerScore score(NerModel model, List<Sentence> gold) {
    NerScore score = new NerScore();
    for (Sentence s : gold) score.add(s.tags(), model.names(s.tokens()));
    return score;
  }

  /** Trains a CRF on {@code sentences} with AdaGrad for {@code epochs} passes (deterministic for a seed). */
  public static CRFModel train(NerFeatures features, List<Sentence> sentences, int epochs, long seed) {
    MutableSequenceDataset<Label> data = new MutableSequenceDataset<>(
        new SimpleDataSourceProvenance("ner-training", new LabelFactory()), new LabelFactory());
    for (Sentence s : sentences) data.add(example(features, s.tokens(), s.tags()));
    CRFTrainer trainer = new CRFTrainer(new AdaGrad(0.1, 0.1), epochs, Integer.MAX_VALUE, seed);
    return trainer.train(data, java.util.Map.of());
  }
}
