package org.naba.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.naba.model.NearDuplicate;
import org.naba.model.Provenance;

/**
 * The deduplicator's state survives a restart: feeding A, saving, restoring and feeding B gives B's articles the
 * same results as one deduplicator fed A then B; an unusable state is refused with the reason.
 */
class DedupStateTest {
  private static final Instant T0 = Instant.parse("2015-06-01T06:00:00Z");

  private static final String[] WORDS = ("أعلنت وزارة الداخلية السعودية اليوم عن القبض على خلية إرهابية في الرياض"
      + " وقال المتحدث الرسمي إن العملية جاءت بعد متابعة دقيقة استمرت أشهرا وأضاف أن الأجهزة الأمنية ضبطت أسلحة"
      + " وذخائر ومبالغ مالية كبيرة كما أكد أمير المنطقة الشرقية أن المملكة ماضية في مكافحة الإرهاب بكل حزم"
      + " وأشار وزير الخارجية خلال مؤتمر صحفي في جدة إلى أن المحادثات مع الجانب الأمريكي تناولت الملف النووي"
      + " الإيراني والأزمة السورية واليمن وأسعار النفط في الأسواق العالمية").split(" ");

  /** A wire paragraph that more than 16 outlets carry over two months: the carrier cap and eviction meet. */
  private static final String WIRE = "قال مسؤول بارز في وزارة الخارجية الأميركية إن الروس تراجعوا عن بعض القضايا"
      + " التي اعتقدنا أننا اتفقنا عليها ولذلك سنعود إلى عواصمنا للتشاور";

  @Test
  void resumingFromASavedStateDecidesAsOneDeduplicatorOverBoth() throws IOException {
    List<DedupInput> corpus = corpus(400, new Random(11));
    int split = 200;
    Deduplicator whole = new Deduplicator(DedupSettings.defaults());
    List<DedupResult> expected = new ArrayList<>();
    for (DedupInput in : corpus) expected.add(whole.add(in));

    Deduplicator first = new Deduplicator(DedupSettings.defaults());
    for (DedupInput in : corpus.subList(0, split)) first.add(in);
    Deduplicator resumed = Deduplicator.restoreState(DedupSettings.defaults(), new ByteArrayInputStream(save(first)));
    assertThat(resumed.articlesSeen()).isEqualTo(split);
    assertThat(resumed.windowSize()).isEqualTo(first.windowSize());
    assertThat(resumed.exactKeys()).isEqualTo(first.exactKeys());
    assertThat(resumed.clock()).isEqualTo(first.clock());
    List<DedupResult> actual = new ArrayList<>();
    for (DedupInput in : corpus.subList(split, corpus.size())) actual.add(resumed.add(in));

    assertThat(actual).isEqualTo(expected.subList(split, corpus.size()));
    // And the comparison is not vacuous: B's articles point back into A in every way.
    List<String> a = corpus.subList(0, split).stream().map(DedupInput::id).toList();
    assertThat(actual).anySatisfy(r -> assertThat(r.duplicateOf()).hasValueSatisfying(id -> assertThat(a).contains(id)));
    assertThat(actual).anySatisfy(r -> assertThat(r.exact()).isFalse()
        .satisfies(x -> assertThat(r.nearDuplicates()).extracting(NearDuplicate::id).containsAnyElementsOf(a)));
    assertThat(actual).anySatisfy(r -> assertThat(r.provenance()).extracting(Provenance::firstSeenIn)
        .containsAnyElementsOf(a));
    assertThat(actual).anySatisfy(r -> assertThat(r.provenance()).anySatisfy(p -> assertThat(p.alsoIn()).hasSize(15)));
    // Saving the resumed state again gives the bytes one deduplicator over both would save.
    assertThat(save(resumed)).isEqualTo(save(whole));
  }

  @Test
  void anEmptyStateRoundTrips() throws IOException {
    Deduplicator d = Deduplicator.restoreState(DedupSettings.defaults(),
        new ByteArrayInputStream(save(new Deduplicator(DedupSettings.defaults()))));
    assertThat(d.articlesSeen()).isZero();
    assertThat(d.clock()).isEmpty();
    assertThat(d.add(new DedupInput("أ", "x", T0, List.of(WIRE))).duplicateOf()).isEmpty();
  }

  @Test
  void theStateGrowsWithTheArticlesNotWithTheirText() throws IOException {
    Random random = new Random(3);
    Deduplicator shortTexts = new Deduplicator(DedupSettings.defaults());
    Deduplicator longTexts = new Deduplicator(DedupSettings.defaults());
    for (int i = 0; i < 50; i++) {
      Instant t = T0.plus(Duration.ofMinutes(i));
      shortTexts.add(new DedupInput("s" + i, "x", t, List.of(paragraph(random, 20))));
      longTexts.add(new DedupInput("s" + i, "x", t, List.of(paragraph(random, 5000))));
    }
    int small = save(shortTexts).length;
    int large = save(longTexts).length;
    assertThat(large).isEqualTo(small);
    assertThat(small / 50).isLessThan(4 * 100 + 100); // the signature's 400 bytes, and the rest is small
  }

  @Test
  void aStateOfAnotherFormatVersionIsRefused() throws IOException {
    byte[] bytes = save(new Deduplicator(DedupSettings.defaults()));
    bytes[7] = 99; // the format version follows the 4-byte magic
    assertThatThrownBy(() -> restore(bytes)).isInstanceOf(IOException.class)
        .hasMessageContaining("format 99").hasMessageContaining("reads format " + Deduplicator.STATE_FORMAT);
  }

  @Test
  void aStateBuiltWithOtherSettingsIsRefusedNamingBoth() throws IOException {
    DedupSettings d = DedupSettings.defaults();
    DedupSettings other = new DedupSettings(5, d.bands(), d.rows(), d.nearThreshold(), d.margin(),
        d.duplicateThreshold(), d.windowDays(), d.minParagraphTokens());
    byte[] bytes = save(new Deduplicator(other));
    assertThatThrownBy(() -> restore(bytes)).isInstanceOf(IOException.class)
        .hasMessageContaining("shingle 5").hasMessageContaining("this run uses shingle 3");
  }

  @Test
  void aStateFromAnotherHashingIsRefused() throws IOException {
    byte[] bytes = save(new Deduplicator(DedupSettings.defaults()));
    bytes[8] ^= 1; // the fingerprint follows the format version
    assertThatThrownBy(() -> restore(bytes)).isInstanceOf(IOException.class).hasMessageContaining("hashing differs");
  }

  @Test
  void truncatedOrForeignBytesAreRefused() throws IOException {
    Deduplicator d = new Deduplicator(DedupSettings.defaults());
    d.add(new DedupInput("أ", "x", T0, List.of(WIRE)));
    byte[] bytes = save(d);
    assertThatThrownBy(() -> restore(Arrays.copyOf(bytes, bytes.length - 10))).isInstanceOf(IOException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> restore(Arrays.copyOf(bytes, bytes.length + 1))).isInstanceOf(IOException.class)
        .hasMessageContaining("after the end");
    assertThatThrownBy(() -> restore("هذا ليس حالة".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Naba deduplicator state");
  }

  /**
   * Articles over seventy days (so the thirty-day window evicts across the split): fresh texts, exact copies with
   * harakat, near copies with a sentence added, and a wire paragraph carried by ever new outlets.
   */
  private static List<DedupInput> corpus(int n, Random random) {
    List<DedupInput> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant t = T0.plus(Duration.ofMinutes(i * 250L));
      String id = "خبر-" + i;
      String outlet = "outlet" + random.nextInt(40);
      List<String> paragraphs;
      int kind = random.nextInt(10);
      if (kind < 2 && i > 0) { // an exact copy (harakat do not count) of an earlier article
        DedupInput of = out.get(Math.max(0, i - 1 - random.nextInt(60)));
        paragraphs = of.paragraphs().stream().map(p -> p.replace("وزارة", "وِزارة")).toList();
      } else if (kind < 4 && i > 0) { // a near copy: the same report with a sentence added
        DedupInput of = out.get(Math.max(0, i - 1 - random.nextInt(60)));
        paragraphs = new ArrayList<>(of.paragraphs());
        paragraphs.add("وأضاف المصدر أن التحقيقات ما زالت جارية");
      } else if (kind < 6) { // the wire paragraph under an outlet's own lead
        paragraphs = List.of(paragraph(random, 25), WIRE, paragraph(random, 15));
      } else {
        paragraphs = List.of(paragraph(random, 40), paragraph(random, 30));
      }
      out.add(new DedupInput(id, outlet, t, paragraphs));
    }
    return out;
  }

  private static String paragraph(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    return sb.toString();
  }

  private static byte[] save(Deduplicator d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.saveState(out);
    return out.toByteArray();
  }

  private static Deduplicator restore(byte[] bytes) throws IOException {
    return Deduplicator.restoreState(DedupSettings.defaults(), new ByteArrayInputStream(bytes));
  }
}
