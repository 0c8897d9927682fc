package org.naba.clean;

import org.naba.testing.SharedData;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three seed pages against the hand-written gold in {@code src/test/resources/gold/seeds/}. */
class SeedPagesTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = SeedPagesTest.class.getResourceAsStream("/gold/seeds/" + name)) {
      if (in == null) throw new IOException("missing test resource " + name);
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static CleanedPage clean(String name) throws IOException {
    Optional<Path> shared = SharedData.root();
    Assumptions.assumeTrue(shared.isPresent(), SharedData.MISSING);
    Path page = shared.get().resolve("data/pages/seeds/" + name + ".txt");
    return new TextPageCleaner(new BoilerplateMemory()).clean(Files.readString(page, UTF_8), "seed-" + name, Optional.empty());
  }

  private static String text(CleanedPage page) {
    StringBuilder sb = new StringBuilder();
    for (CleanArticle a : page.articles()) sb.append(a.text()).append('\n');
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_9f7bf9daf3080148", "001_2a074d5a8d8335a5", "003_e2e2a45a2d660ad4"})
  void bodyMatchesGold(String name) throws IOException {
    CleanedPage page = clean(name);
    BagOfWords.Score s = BagOfWords.score(text(page), resource(name + ".txt"));
    assertThat(s.f1()).as("bag-of-words F1 of %s (P=%s R=%s)", name, s.precision(), s.recall()).isGreaterThanOrEqualTo(0.97);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_9f7bf9daf3080148", "001_2a074d5a8d8335a5", "003_e2e2a45a2d660ad4"})
  void titlesMatchMeta(String name) throws IOException {
    JsonNode meta = new ObjectMapper().readTree(resource("meta.json")).get(name);
    List<String> expected = new java.util.ArrayList<>();
    for (JsonNode t : meta.get("titles")) expected.add(t.asText());
    assertThat(clean(name).articles()).extracting(CleanArticle::title).containsExactlyElementsOf(expected);
  }

  @Test
  void seed000IsDatedAndAttributedToItsOutlet() throws IOException {
    CleanArticle a = clean("000_9f7bf9daf3080148").articles().getFirst();
    assertThat(a.published()).map(d -> d.toLocalDate()).contains(LocalDate.of(2016, 9, 5));
    assertThat(a.outlet()).contains("صوت الأمة");
    assertThat(a.via()).isEmpty();
    assertThat(text(clean("000_9f7bf9daf3080148"))).doesNotContain("المشاط").doesNotContain("شكرا على الإبلاغ");
    // "اليوم الأحد" in a text dated Monday 5 September: the Sunday before
    assertThat(a.mentionedDates()).contains(LocalDate.of(2016, 9, 4));
  }

  @Test
  void seed001KeepsItsBodyOnceAndItsPullQuotesWithSpeakers() throws IOException {
    CleanArticle a = clean("001_2a074d5a8d8335a5").articles().getFirst();
    assertThat(a.paragraphs()).doesNotHaveDuplicates();
    assertThat(a.quotes()).filteredOn(q -> q.text().startsWith("حريصون") || q.text().startsWith("الصراع السوري"))
        .extracting(q -> q.speaker().orElseThrow())
        .containsExactly("باراك أوباما", "فلاديمير بوتين");
    assertThat(a.paragraphs()).contains("أبرز النقاط في المباحثات الأمريكية الروسية", "- وقف إطلاق النار في أنحاء البلاد");
    assertThat(a.paragraphs()).doesNotContain("باراك أوباما", "الرئيس الأمريكي");
  }

  @Test
  void seed003IsTwoArticlesEachCreditedToAgencies() throws IOException {
    List<CleanArticle> articles = clean("003_e2e2a45a2d660ad4").articles();
    assertThat(articles).hasSize(2);
    assertThat(articles).allSatisfy(a -> assertThat(a.credits()).containsExactly("وكالات"));
    assertThat(articles.get(0).paragraphs()).contains("الوضع الإنساني في حلب");
    assertThat(articles.get(0).captions()).containsExactly("أوباما وبوتين خلال قمة مجموعة الـ20 في الصين");
    assertThat(articles.get(1).captions()).containsExactly("باراك أوباما");
    assertThat(articles.get(1).updated()).containsExactly("(تحديث 8:58 ت.غ)");
    assertThat(articles.get(1).paragraphs()).contains("أوباما: نخوض مفاوضات مهمة مع الروس");
  }
}
