package org.naba.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract every deduplicator passes (Carrot2-style): empty text, one-word text, identical input twice, and
 * the same copy pairs whatever order the input comes in.
 */
class DeduplicatorContractTest {
  private static final Instant T = Instant.parse("2016-09-05T10:00:00Z");

  private static final String WIRE = "قال مسؤول بارز في وزارة الخارجية الأميركية إن الروس تراجعوا عن بعض القضايا"
      + " التي اعتقدنا أننا اتفقنا عليها ولذلك سنعود إلى عواصمنا للتشاور قبل استئناف المحادثات في هانغتشو";

  Deduplicator newDeduplicator() {
    return new Deduplicator(DedupSettings.defaults());
  }

  @Test
  void emptyTextIsNeverADuplicate() {
    Deduplicator d = newDeduplicator();
    assertThat(d.add(in("a", "x", List.of())).duplicateOf()).isEmpty();
    assertThat(d.add(in("b", "y", List.of(""))).duplicateOf()).isEmpty();
  }

  @Test
  void oneWordTextWorks() {
    Deduplicator d = newDeduplicator();
    assertThat(d.add(in("a", "x", List.of("عاجل"))).duplicateOf()).isEmpty();
    assertThat(d.add(in("b", "y", List.of("عاجل"))).duplicateOf()).contains("a");
  }

  @Test
  void identicalTextTwiceIsAnExactCopyOfTheFirst() {
    Deduplicator d = newDeduplicator();
    d.add(in("a", "aawsat", List.of(WIRE)));
    DedupResult r = d.add(in("b", "alweeam", List.of(WIRE)));
    assertThat(r.duplicateOf()).contains("a");
    assertThat(r.exact()).isTrue();
  }

  @Test
  void diacriticsHamzaAndPunctuationDoNotHideACopy() {
    Deduplicator d = newDeduplicator();
    d.add(in("a", "x", List.of(WIRE)));
    String variant = WIRE.replace("الأميركية", "الاميركيّة").replace(" إن ", "، إن ").replace("عواصمنا", "عَواصمنا");
    DedupResult r = d.add(in("b", "y", List.of(variant)));
    assertThat(r.duplicateOf()).contains("a");
    assertThat(r.exact()).isTrue();
  }

  @Test
  void aCopyOfACopyPointsToTheOriginal() {
    Deduplicator d = newDeduplicator();
    d.add(in("a", "x", List.of(WIRE)));
    d.add(in("b", "y", List.of(WIRE)));
    assertThat(d.add(in("c", "z", List.of(WIRE))).duplicateOf()).contains("a");
  }

  @Test
  void aLightlyEditedCopyIsANearDuplicate() {
    Deduplicator d = newDeduplicator();
    String body = WIRE + " " + WIRE.replace("الروس", "الجانب الروسي").replace("هانغتشو", "الصين");
    d.add(in("a", "x", List.of(body)));
    DedupResult r = d.add(in("b", "y", List.of(body + " وأضاف المسؤول أن الاتصالات مستمرة")));
    assertThat(r.nearDuplicates()).extracting(n -> n.id()).containsExactly("a");
    assertThat(r.exact()).isFalse();
  }

  @Test
  void unrelatedTextsAreNotNearDuplicates() {
    Deduplicator d = newDeduplicator();
    d.add(in("a", "x", List.of(WIRE)));
    DedupResult r = d.add(in("b", "y", List.of(
        "فاز فريق فولفسبورغ على بايرن ميونيخ بركلات الترجيح في مباراة كأس السوبر الألماني التي أقيمت مساء السبت")));
    assertThat(r.nearDuplicates()).isEmpty();
    assertThat(r.duplicateOf()).isEmpty();
  }

  @Test
  void provenanceNamesTheEarlierOutletThatCarriedAParagraph() {
    Deduplicator d = newDeduplicator();
    d.add(in("wire", "afp", List.of(WIRE)));
    d.add(in("same-outlet", "afp", List.of("مقدمة مختلفة تماما عن الموضوع الأصلي للخبر المنشور اليوم", WIRE)));
    DedupResult r = d.add(in("paper", "alyaum", List.of("فقرة افتتاحية خاصة بالصحيفة وحدها دون غيرها من الصحف", WIRE)));
    assertThat(r.provenance()).singleElement().satisfies(p -> {
      assertThat(p.paragraph()).isEqualTo(1);
      assertThat(p.firstSeenIn()).isEqualTo("wire");
      assertThat(p.alsoIn()).containsExactly("same-outlet");
    });
  }

  @Test
  void shuffledInputGivesTheSameCopyPairs() {
    List<String> texts = new ArrayList<>();
    Random random = new Random(42);
    String[] words = WIRE.split(" ");
    for (int i = 0; i < 30; i++) {
      List<String> w = new ArrayList<>(List.of(words));
      Collections.shuffle(w, random);
      texts.add(String.join(" ", w));
    }
    texts.addAll(texts.subList(0, 10)); // ten exact copies
    Set<Set<String>> first = pairs(texts, new Random(1));
    Set<Set<String>> second = pairs(texts, new Random(2));
    assertThat(first).hasSize(10).isEqualTo(second);
  }

  /** Copy pairs as unordered sets of text indexes, after feeding the texts in a random order. */
  private Set<Set<String>> pairs(List<String> texts, Random order) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) idx.add(i);
    Collections.shuffle(idx, order);
    Deduplicator d = newDeduplicator();
    Set<Set<String>> out = new java.util.HashSet<>();
    for (int i : idx) {
      String canonical = "t" + texts.indexOf(texts.get(i));
      String id = "t" + i;
      d.add(in(id, "o" + i, List.of(texts.get(i)))).duplicateOf().ifPresent(of -> {
        Set<String> pair = new TreeSet<>(List.of(id, of));
        if (!pair.contains(canonical) || !id.equals(of)) out.add(normalise(pair, texts));
      });
    }
    return out;
  }

  private static Set<String> normalise(Set<String> pair, List<String> texts) {
    Set<String> out = new TreeSet<>();
    for (String id : pair) out.add("t" + texts.indexOf(texts.get(Integer.parseInt(id.substring(1)))) + ":" + id);
    return out;
  }

  private static DedupInput in(String id, String outlet, List<String> paragraphs) {
    return new DedupInput(id, outlet, T, paragraphs);
  }
}
