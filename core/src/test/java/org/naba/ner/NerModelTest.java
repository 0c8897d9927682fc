package org.naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.naba.text.Hash64;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.crf.CRFModel;

/** The entity tagger: features, the compact model against Tribuo's, decoding and the bundled model, in Arabic. */
class NerModelTest {
  /** A sentence from "word/TAG word …" (a bare word is O). */
  static NerTraining.Sentence sentence(String tagged) {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String t : tagged.split(" ")) {
      int slash = t.lastIndexOf('/');
      tokens.add(slash < 0 ? t : t.substring(0, slash));
      tags.add(slash < 0 ? "O" : t.substring(slash + 1));
    }
    return new NerTraining.Sentence(tokens, tags);
  }

  private static final List<NerTraining.Sentence> TRAINING = List.of(
      sentence("قال الرئيس فلاديمير/B-PERS بوتين/I-PERS في موسكو/B-LOC إن"),
      sentence("التقى الرئيس باراك/B-PERS أوباما/I-PERS في واشنطن/B-LOC أمس"),
      sentence("وصل جون/B-PERS كيري/I-PERS إلى جنيف/B-LOC اليوم"),
      sentence("أعلنت الأمم/B-ORG المتحدة/I-ORG في جنيف/B-LOC أن"),
      sentence("قال سيرغي/B-PERS لافروف/I-PERS في موسكو/B-LOC إن"),
      sentence("وأكد الرئيس بوتين/B-PERS أن روسيا/B-LOC لن"));

  @Test
  void theStemDropsTheProcliticsThatAreCertainOnly() {
    assertThat(NerFeatures.stem("وبالرياض")).isEqualTo("رياض");
    assertThat(NerFeatures.stem("للرياض")).isEqualTo("رياض");
    assertThat(NerFeatures.stem("الرياض")).isEqualTo("رياض");
    assertThat(NerFeatures.stem("ليبيا")).isEqualTo("ليبيا");
    assertThat(NerFeatures.stem("بوتين")).isEqualTo("بوتين");
    assertThat(NerFeatures.stem("وزير")).isEqualTo("وزير");
  }

  @Test
  void taggingFindsTheFeaturesTrainingNames() {
    NerFeatures f = new NerFeatures(Set.of("رياض", "موسكو"));
    List<String> tokens = List.of("وصل", "الرئيس", "بوتين", "إلى", "وبالرياض", "(", "2018", ")", "و", "موسكو", "CNN");
    String[] words = NerFeatures.fold(tokens);
    int[] stems = NerFeatures.stems(words);
    long[] hashes = new long[NerFeatures.MAX_AFFIXES];
    int[] constants = new int[4];
    for (int i = 0; i < words.length; i++) {
      List<String> names = f.features(words, stems, i);
      // Affixes by the hash of their name, constants by their place; the rest are word and stem roles.
      int n = f.affixHashes(words, stems, i, hashes);
      assertThat(Arrays.copyOf(hashes, n)).as("token %d (%s)", i, tokens.get(i)).containsExactly(names.stream()
          .filter(x -> x.matches("(b|p\\d|x\\d)=.*")).mapToLong(Hash64::of).toArray());
      int c = f.constants(words, stems, i, constants);
      assertThat(Arrays.copyOf(constants, c)).containsExactly(names.stream().mapToInt(NerFeatures::constant)
          .filter(k -> k >= 0).toArray());
      assertThat(names).filteredOn(x -> !x.matches("(b|p\\d|x\\d)=.*") && NerFeatures.constant(x) < 0)
          .allSatisfy(x -> assertThat(x).matches("(w|w-1|w1|w-2|w2|s|s-1|s1)=.+"));
    }
    assertThat(f.features(words, stems, 4)).contains("place", "s=رياض");
    assertThat(f.features(words, stems, 1)).contains("al");
  }

  @Test
  void theCompactModelTagsAsTribuosModelDoesAndSurvivesWritingAndReading() throws Exception {
    NerModel read = assertTagsAsTribuo(new NerFeatures(Set.of("موسكو")),
        List.of(List.of("قال", "الرئيس", "دونالد", "ترامب", "في", "واشنطن")));
    // It learned the training sentences.
    assertThat(read.tag(TRAINING.get(0).tokens())).containsExactlyElementsOf(TRAINING.get(0).tags());
  }

  /**
   * Trains a CRF on {@link #TRAINING} with {@code features}, makes it compact, writes and reads it, and checks that it
   * tags the training sentences and {@code unseen} as Tribuo's model does; returns the model read back.
   */
  private static NerModel assertTagsAsTribuo(NerFeatures features, List<List<String>> unseen) throws Exception {
    CRFModel crf = NerTraining.train(features, TRAINING, 20, 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NerTraining.compact(crf, features, 0).write(bytes);
    NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    List<List<String>> texts = new ArrayList<>();
    for (NerTraining.Sentence s : TRAINING) texts.add(s.tokens());
    texts.addAll(unseen);
    for (List<String> tokens : texts) {
      List<String> tribuo = new ArrayList<>();
      for (Prediction<Label> p : crf.predict(NerTraining.example(features, tokens, null))) {
        tribuo.add(p.getOutput().getLabel());
      }
      assertThat(read.tag(tokens)).as("%s", tokens).containsExactlyElementsOf(tribuo);
    }
    return read;
  }

  /** With word classes: the class features are found by the compact model as Tribuo's model names them. */
  @Test
  void withWordClassesTheCompactModelStillTagsAsTribuosModelDoes() throws Exception {
    List<String[]> text = new ArrayList<>();
    for (NerTraining.Sentence s : TRAINING) text.add(NerFeatures.fold(s.tokens()));
    for (String name : List.of("ترامب", "ماكرون", "بوتين", "أوباما", "كيري")) {
      text.add(NerFeatures.fold(List.of("قال", "الرئيس", name, "في", "بيان")));
      text.add(NerFeatures.fold(List.of("وأكد", name, "أن", "بلاده")));
    }
    WordClusters clusters = WordClusters.learn(text, new WordClusters.Settings(1000, 1, 50, List.of(2, 4), 5, 1));
    NerFeatures features = new NerFeatures(Set.of("موسكو"), clusters);
    assertThat(features.features(NerFeatures.fold(List.of("قال", "ترامب")), new int[2], 1))
        .anyMatch(f -> f.startsWith("c=0:")).anyMatch(f -> f.startsWith("c=1:")).anyMatch(f -> f.startsWith("c-1=1:"));
    assertTagsAsTribuo(features, List.of(List.of("وأكد", "ترامب", "أن", "بلاده"),
        List.of("قال", "الرئيس", "ماكرون", "في", "بيان")));
  }

  @Test
  void mentionsAreRunsOfOneTypeAndAnInsideTagAfterOutsideOpensOne() {
    List<String> tokens = List.of("قال", "فلاديمير", "بوتين", "في", "موسكو", "روسيا", "و", "الأمم", "المتحدة");
    String[] tags = {"O", "B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "O", "I-ORG", "I-ORG"};
    assertThat(NerModel.mentions(tokens, tags)).containsExactly(
        new NerModel.Mention("فلاديمير بوتين", "PERS", 1, 3), new NerModel.Mention("موسكو", "LOC", 4, 5),
        new NerModel.Mention("روسيا", "LOC", 5, 6), new NerModel.Mention("الأمم المتحدة", "ORG", 7, 9));
  }

  @Test
  void punctuationAroundAWordIsATokenOfItsOwn() {
    assertThat(NerModel.tokens("قال «بوتين»، في (موسكو) -- اليوم."))
        .containsExactly("قال", "«", "بوتين", "»", "،", "في", "(", "موسكو", ")", "-", "-", "اليوم", ".");
    // Marks and tatweel belong to the word.
    assertThat(NerModel.tokens("مُحمّد ســلام")).containsExactly("مُحمّد", "ســلام");
  }

  @Test
  void aHashtagIsReadAsItsWords() {
    assertThat(NerModel.tokens("تسميم #سيرغي_سكريبال في #سالزبري_"))
        .containsExactly("تسميم", "#", "سيرغي", "سكريبال", "في", "#", "سالزبري");
    // The bundled tagger reads the words as a person; glued, it took the token for a place.
    assertThat(NerModel.bundled().mentions(NerModel.tokens("تسميم العميل الروسي السابق #سيرغي_سكريبال")))
        .extracting(NerModel.Mention::type).containsExactly("PERS");
  }

  @Test
  void aNoBreakSpaceSeparatesTokensAsASpaceDoes() {
    assertThat(NerModel.tokens("الرئيس الفرنسي إيمانويل\u00A0ماكرون،\u00A0في\u202Fباريس"))
        .containsExactly("الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "،", "في", "باريس");
  }

  @Test
  void theBundledModelFindsPeoplePlacesAndOrganisations() {
    List<NerModel.Mention> found = NerModel.bundled().mentions(
        "قال الرئيس الروسي فلاديمير بوتين في موسكو اليوم إن روسيا ستدعم قرار مجلس الأمن الدولي .");
    assertThat(found).extracting(NerModel.Mention::text).contains("فلاديمير بوتين", "موسكو", "روسيا");
    assertThat(found).filteredOn(m -> m.text().equals("فلاديمير بوتين")).extracting(NerModel.Mention::type)
        .containsExactly("PERS");
    assertThat(found).filteredOn(m -> m.text().equals("موسكو")).extracting(NerModel.Mention::type)
        .containsExactly("LOC");
  }

  /**
   * Names ANERcorp (2007) never showed, alone in a sentence: their word classes, learned from the news corpora, are
   * those of the names it did (the model without classes found neither).
   */
  @Test
  void theBundledModelKnowsNamesItsTrainingSentencesNeverShowed() {
    assertThat(NerModel.bundled().mentions("وأكد ترامب أن العقوبات ستعود"))
        .containsExactly(new NerModel.Mention("ترامب", "PERS", 1, 2));
    assertThat(NerModel.bundled().mentions("أعلنت شركة أرامكو السعودية"))
        .containsExactly(new NerModel.Mention("أرامكو السعودية", "ORG", 2, 4));
  }
}
