package org.naba.clean;

import org.naba.model.Quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The text cleaner's rules, one test each, on small Arabic pages. */
class TextPageCleanerTest {
  private static final String P1 = "لم تتوصل الولايات المتحدة وروسيا اليوم الأحد إلى اتفاق لإنهاء أكثر من خمس سنوات من الحرب الأهلية في سوريا.";
  private static final String P2 = "من المقرر أن تستمر المفاوضات اليوم الاثنين، بالرغم من أن الرئيس الأمريكي أعرب عن شكوكه في نجاح الدبلوماسية.";
  private static final String P3 = "وقال مسؤول بارز في وزارة الخارجية الأمريكية إن المحادثات تعثرت السبت عندما انسحبت روسيا من الاتفاق.";
  private static final String P4 = "وأضاف المسؤول الذي لم يكشف عن هويته أن الولايات المتحدة متحمسة للتوصل إلى اتفاق سريع حول مدينة حلب المحاصرة.";

  private static CleanedPage clean(String... lines) {
    return new TextPageCleaner(new BoilerplateMemory()).clean(String.join("\n", lines), "example.com", Optional.empty());
  }

  private static List<String> paragraphs(CleanedPage page) {
    List<String> out = new ArrayList<>();
    for (CleanArticle a : page.articles()) out.addAll(a.paragraphs());
    return out;
  }

  @Test
  void headlineAboveTheBodyIsTheTitleAndNotAParagraph() {
    CleanArticle a = clean("محادثات أمريكية روسية بشأن سوريا", "", P1, P2, P3).articles().getFirst();
    assertThat(a.title()).isEqualTo("محادثات أمريكية روسية بشأن سوريا");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void readAlsoBlockAndItsHeadlinesAreDropped() {
    List<String> p = paragraphs(clean(P1, P2, "اقرأ أيضا", "أوباما يلتقي أردوغان في الصين", "كيري يصل إلى جنيف", P3, P4));
    assertThat(p).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void subheadingInsideTheBodyIsKept() {
    assertThat(paragraphs(clean(P1, P2, "الوضع الإنساني في حلب", P3, P4)))
        .containsExactly(P1, P2, "الوضع الإنساني في حلب", P3, P4);
  }

  @Test
  void shortLinePrintedTwiceInARowIsACaption() {
    CleanArticle a = clean("أوباما وبوتين خلال القمة", "أوباما وبوتين خلال القمة", P1, P2, P3).articles().getFirst();
    assertThat(a.captions()).containsExactly("أوباما وبوتين خلال القمة");
    assertThat(a.title()).isEmpty();
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void blockPrintedTwiceIsKeptOnce() {
    assertThat(paragraphs(clean(P1, P2, P3, P2, P3, P4))).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void creditLinesSplitAPageIntoArticles() {
    CleanedPage page = clean(P1, P2, P3, "المصدر: وكالات", "", "تفاصيل الاتفاق", P4, P2 + " وأضاف.", P3 + " وتابع.", "المصدر: رويترز");
    assertThat(page.articles()).hasSize(2);
    assertThat(page.articles().get(0).credits()).containsExactly("وكالات");
    assertThat(page.articles().get(1).credits()).containsExactly("رويترز");
    assertThat(page.articles().get(1).title()).isEqualTo("تفاصيل الاتفاق");
  }

  @Test
  void pullQuoteWithSpeakerLinesBecomesAQuote() {
    CleanArticle a = clean(P1, "«حريصون على إيجاد وسيلة لتقليص العنف وتحسين المساعدة الإنسانية في سوريا».", "باراك أوباما",
        "الرئيس الأمريكي", P2, P3).articles().getFirst();
    assertThat(a.quotes()).first().isEqualTo(new Quote("حريصون على إيجاد وسيلة لتقليص العنف وتحسين المساعدة الإنسانية في سوريا", Optional.of("باراك أوباما")));
    assertThat(a.paragraphs()).doesNotContain("باراك أوباما", "الرئيس الأمريكي");
  }

  @Test
  void updateStampIsTakenOutOfItsLine() {
    CleanArticle a = clean(P1, "أوباما: نخوض مفاوضات مهمة (تحديث 8:58 ت.غ)", P2, P3).articles().getFirst();
    assertThat(a.updated()).containsExactly("(تحديث 8:58 ت.غ)");
    assertThat(a.paragraphs()).contains("أوباما: نخوض مفاوضات مهمة");
  }

  @Test
  void formFieldsTimestampsAndUiStringsAreNotText() {
    List<String> p = paragraphs(clean("GMT 07:35 2024 الخميس ,21 تشرين الثاني / نوفمبر", P1, P2, P3,
        "شكرا على الإبلاغ!", "الإسم *", "البريد الإلكتروني *", "Security Code*", "جميع الحقوق محفوظة © 2024"));
    assertThat(p).containsExactly(P1, P2, P3);
  }

  @Test
  void tickerLineIsRemoved() {
    String ticker = "وزير الري يتابع موقف الترع    محافظ القاهرة يتفقد أعمال التطوير    «المشاط» تناقش آفاق الاستثمار"
        + "    الإسكان تعتمد تخطيط أرض مشروع";
    assertThat(paragraphs(clean(ticker, "", P1, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Test
  void aggregatorBylineGivesOutletAndDateAndRelativeDaysResolve() {
    CleanArticle a = clean("محادثات بدون اتفاق", "نشر في صوت الأمة يوم 05 - 09 - 2016", P1, P2, P3).articles().getFirst();
    assertThat(a.outlet()).contains("صوت الأمة");
    assertThat(a.published()).contains(OffsetDateTime.of(2016, 9, 5, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(a.mentionedDates()).containsExactly(LocalDate.of(2016, 9, 5), LocalDate.of(2016, 9, 4), LocalDate.of(2016, 9, 3));
  }

  @Test
  void knownDateIsUsedWhenThePageShowsNone() {
    OffsetDateTime known = OffsetDateTime.of(2016, 9, 5, 10, 0, 0, 0, ZoneOffset.ofHours(3));
    CleanArticle a = new TextPageCleaner(new BoilerplateMemory())
        .clean(String.join("\n", P1, P2, P3), "x", Optional.of(known)).articles().getFirst();
    assertThat(a.published()).contains(known);
  }

  @Test
  void linesRepeatedAcrossPagesOfASiteBecomeBoilerplate() {
    BoilerplateMemory memory = new BoilerplateMemory(2, 1000);
    TextPageCleaner cleaner = new TextPageCleaner(memory);
    String footer = "موقع الأخبار اليومية هو موقع مستقل يقدم الأخبار العاجلة من مصر والعالم على مدار الساعة.";
    String[] bodies = {P1, P2, P3, P4};
    CleanedPage last = null;
    for (int i = 0; i < 4; i++) {
      String page = String.join("\n", i + " " + bodies[i], i + " " + bodies[(i + 1) % 4], i + " " + bodies[(i + 2) % 4], footer);
      last = cleaner.clean(page, "news.example", Optional.empty());
    }
    assertThat(paragraphs(last)).doesNotContain(footer).hasSize(3);
    // another site has not seen the line
    CleanedPage other = cleaner.clean(String.join("\n", P1, P2, footer), "other.example", Optional.empty());
    assertThat(paragraphs(other)).contains(footer);
  }

  @Test
  void longParagraphRepeatedOnAFewPagesIsTheSameStoryNotBoilerplate() {
    TextPageCleaner cleaner = new TextPageCleaner(new BoilerplateMemory(1, 1000));
    String longParagraph = (P1 + " " + P2 + " " + P3).replace(".", "،");
    List<List<String>> kept = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String page = String.join("\n", i + " " + P4, longParagraph + ".", i + " " + P2);
      kept.add(paragraphs(cleaner.clean(page, "s", Optional.empty())));
    }
    assertThat(kept.get(2)).contains(longParagraph + "."); // two other pages: still text
    assertThat(kept.get(4)).doesNotContain(longParagraph + "."); // four other pages: three times the evidence
  }

  @Test
  void samePageCleanedTwiceDoesNotTeachTheMemory() {
    TextPageCleaner cleaner = new TextPageCleaner(new BoilerplateMemory(1, 1000));
    String page = String.join("\n", P1, P2, P3);
    for (int i = 0; i < 3; i++) assertThat(paragraphs(cleaner.clean(page, "s", Optional.empty()))).containsExactly(P1, P2, P3);
  }

  @Test
  void emptyPullQuoteIsNotAQuote() {
    assertThat(clean(P1, "«          ».", "باراك أوباما", P2, P3).articles().getFirst().quotes()).isEmpty();
  }

  @Test
  void emptyAndBlankPagesGiveNoArticlesAndAWarning() {
    assertThat(clean("").articles()).isEmpty();
    assertThat(clean("", "  ", "\u00A0").warnings()).containsExactly("no article text found");
  }

  @Test
  void fiftyMegabyteLineDoesNotHang() {
    String huge = "كلمة ".repeat(10_000_000);
    long t0 = System.nanoTime();
    CleanedPage page = clean(P1, huge, P2);
    assertThat(System.nanoTime() - t0).isLessThan(10_000_000_000L);
    assertThat(page.warnings()).anyMatch(w -> w.contains("clipped"));
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(7);
    String alphabet = "ابتثجحخ دذرزسشصضطظعغفقكلمنهوي.،؛؟!«»\"*:-/0123456789\n\n  \u00A0";
    TextPageCleaner cleaner = new TextPageCleaner(new BoilerplateMemory());
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = r.nextInt(3000); j > 0; j--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      assertThat(cleaner.clean(sb.toString(), "r", Optional.empty())).isNotNull();
    }
  }

  @Test
  void sameResultOnSeveralThreads() throws Exception {
    String page = String.join("\n", "عنوان الخبر هنا", P1, P2, "الوضع الإنساني في حلب", P3, P4);
    TextPageCleaner cleaner = new TextPageCleaner(new BoilerplateMemory());
    CleanedPage expected = cleaner.clean(page, "t", Optional.empty());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CleanedPage>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) futures.add(pool.submit(() -> cleaner.clean(page, "t", Optional.empty())));
      for (Future<CleanedPage> f : futures) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A page shaped like the Arabic news sites Naba crawls (written for this test): menu, stamp, byline, links. */
  @Test
  void typicalArabicPage() throws java.io.IOException {
    String page;
    try (java.io.InputStream in = TextPageCleanerTest.class.getResourceAsStream("/pages/typical-arabic-page.txt")) {
      page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    CleanArticle a = new TextPageCleaner(new BoilerplateMemory()).clean(page, "example", Optional.empty()).articles().getFirst();
    assertThat(a.title()).isEqualTo("الأمم المتحدة تحذر من تفاقم الأزمة الإنسانية في السودان");
    assertThat(a.author()).contains("أحمد علي");
    assertThat(a.published()).contains(OffsetDateTime.of(2024, 11, 21, 7, 35, 0, 0, ZoneOffset.UTC));
    assertThat(a.credits()).containsExactly("وكالات");
    assertThat(a.paragraphs()).hasSize(4).allMatch(p -> p.endsWith("."));
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).contains("المتحدث باسم الأمم المتحدة"));
    assertThat(a.mentionedDates()).containsExactly(LocalDate.of(2024, 11, 21));
  }
}
