package org.naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word classes from the words around each word, in Arabic. */
class WordClustersTest {
  private static final List<String> PEOPLE = List.of("ترامب", "ماكرون", "بوتين", "اوباما", "ميركل", "روحاني");
  private static final List<String> CITIES = List.of("الرياض", "القاهره", "موسكو", "باريس", "برلين", "طهران");

  /** People are said to say things; cities are where things happen. */
  private static List<String[]> news() {
    List<String[]> out = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String p : PEOPLE) {
        out.add(new String[] {"قال", "الرئيس", p, "ان", "بلاده"});
        out.add(new String[] {"واكد", p, "في", "بيان"});
      }
      for (String c : CITIES) {
        out.add(new String[] {"وصل", "الي", c, "امس"});
        out.add(new String[] {"في", "مدينه", c, "اليوم"});
      }
    }
    return out;
  }

  private static final WordClusters.Settings SMALL = new WordClusters.Settings(1000, 2, 40, List.of(2, 8), 10, 1);

  @Test
  void wordsBetweenTheSameNeighboursShareAClass() {
    WordClusters c = WordClusters.learn(news(), SMALL);
    assertThat(c.levels()).isEqualTo(2);
    assertThat(c.classes(0)).isEqualTo(2);
    int person = WordClusters.level(c.of("ترامب"), 0);
    int city = WordClusters.level(c.of("الرياض"), 0);
    assertThat(person).isNotEqualTo(city);
    for (String p : PEOPLE) assertThat(WordClusters.level(c.of(p), 0)).as(p).isEqualTo(person);
    for (String p : CITIES) assertThat(WordClusters.level(c.of(p), 0)).as(p).isEqualTo(city);
    assertThat(WordClusters.level(c.of("ترامب"), 1)).isBetween(0, 7);
    // A word the text never showed has no class.
    assertThat(c.of("كيري")).isEqualTo(-1);
  }

  @Test
  void theSameTextGivesTheSameClassesAndTheTableSurvivesWritingAndReading() throws IOException {
    byte[] one = bytes(WordClusters.learn(news(), SMALL));
    byte[] two = bytes(WordClusters.learn(news(), SMALL));
    assertThat(one).isEqualTo(two);
    WordClusters read = WordClusters.read(new DataInputStream(new ByteArrayInputStream(one)));
    assertThat(bytes(read)).isEqualTo(one);
    assertThat(read.words()).isEqualTo(WordClusters.learn(news(), SMALL).words());
  }

  @Test
  void aDamagedTableIsRefused() throws IOException {
    byte[] b = bytes(WordClusters.learn(news(), SMALL));
    b[3] ^= 1;
    assertThatThrownBy(() -> WordClusters.read(new DataInputStream(new ByteArrayInputStream(b))))
        .isInstanceOf(IOException.class).hasMessageContaining("word-class table");
  }

  @Test
  void settingsOutOfRangeAreRefusedByName() {
    assertThatThrownBy(() -> new WordClusters.Settings(1000, 1, 40, List.of(1), 10, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classes [1]");
  }

  private static byte[] bytes(WordClusters c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream d = new DataOutputStream(out)) {
      c.write(d);
    }
    return out.toByteArray();
  }
}
