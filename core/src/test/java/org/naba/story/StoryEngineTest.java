package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryEngineTest {
  static final Instant T0 = Instant.parse("2015-08-06T10:00:00Z");
  /** Words of unrelated news, for background articles (also {@link StoryEngineStateTest}'s). */
  static final String[] FILLER = (
      "الاقتصاد السوق الاسهم النفط الطقس الحرارة التعليم المدارس الجامعة الصحة المستشفى الطرق المرور"
          + " الزراعة المياه الكهرباء الاسكان البلدية السياحة الفندق المطار الميناء التجارة الصادرات")
      .split(" ");
  static final String BOMBING =
      "تفجير انتحاري يستهدف مسجد قوات الطوارئ في عسير ومقتل مصلين من رجال الامن";
  /** Eight outlets: enough newsrooms for a surge. */
  private static final String[] EIGHT_OUTLETS =
      {"okaz", "alriyadh", "alyaum", "sabq", "alwatan", "almadina", "aawsat", "alweeam"};
  static final String CUP = "فولفسبورغ يهزم بايرن ميونيخ بركلات الترجيح ويحرز كأس السوبر الالماني";

  /** Background articles on unrelated subjects so that IDF separates event words from common ones. */
  private static List<StoryInput> background(int n, Instant start, long seed) {
    Random r = new Random(seed);
    List<StoryInput> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) text.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
      out.add(StoryInput.of("bg-" + seed + "-" + i, start.plusSeconds(60L * i), "o" + (i % 5),
          FILLER[r.nextInt(FILLER.length)] + " " + FILLER[r.nextInt(FILLER.length)], text.toString()));
    }
    return out;
  }

  private static StoryInput article(String id, Instant t, String outlet, String title, String text) {
    return StoryInput.of(id, t, outlet, title, text);
  }

  /** Twenty background articles in the three hours before {@code in}, then {@code in}; returns its story. */
  private static String onDay(StoryEngine e, long seed, StoryInput in) {
    for (StoryInput bg : background(20, in.published().minus(Duration.ofHours(3)), seed)) e.add(bg);
    return e.add(in);
  }

  private static StoryEngine engineWithBackground() {
    StoryEngine e = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : background(200, T0.minus(Duration.ofDays(2)), 1)) e.add(in);
    return e;
  }

  @Test
  void sameEventJoinsAndOtherEventOpensAStory() {
    StoryEngine e = engineWithBackground();
    String a1 = e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    String b1 = e.add(article("b1", T0.plusSeconds(600), "alriyadh", "كأس السوبر الالماني", CUP));
    String a2 = e.add(article("a2", T0.plusSeconds(3600), "alyaum", "ضحايا تفجير مسجد الطوارئ بعسير", BOMBING
        + " وارتفاع عدد الشهداء"));
    String b2 = e.add(article("b2", T0.plusSeconds(7200), "sabq", "فولفسبورغ بطل السوبر على حساب بايرن", CUP));
    assertThat(a2).isEqualTo(a1);
    assertThat(b2).isEqualTo(b1);
    assertThat(a1).isNotEqualTo(b1);
    assertThat(e.assignments()).containsEntry("a1", a1).containsEntry("b2", b1).hasSize(204);
  }

  @Test
  void aStoryStillFedAfterItsSpanContinuesAsANewStoryOfItsStoryline() {
    StoryEngine e = engineWithBackground();
    List<String> daily = new ArrayList<>();
    for (int day = 0; day < 16; day++) {
      daily.add(onDay(e, 100 + day, article("d" + day, T0.plus(Duration.ofDays(day)), "o" + (day % 3),
          "تفجير مسجد قوات الطوارئ في عسير: اليوم " + (day + 1), BOMBING)));
    }
    Map<String, String> storyOf = e.assignments();
    String first = storyOf.get("d0");
    assertThat(storyOf.get("d10")).isEqualTo(first); // ten days: still the event's follow-ups
    String second = storyOf.get("d15");
    assertThat(second).isNotEqualTo(first);
    assertThat(e.storylines()).containsEntry(second, first).containsEntry(first, first);
  }

  private static final String SUMMIT = "قمة تاريخية بين الرئيس الامريكي دونالد ترامب والزعيم الكوري الشمالي كيم"
      + " جونغ اون في سنغافورة لبحث نزع السلاح النووي من شبه الجزيرة الكورية";

  @Test
  void aRunUpDoesNotUseUpTheWeekOfFollowUpsAfterTheEvent() {
    StoryEngine e = engineWithBackground();
    Map<String, String> storyOf;
    // Six days of anticipation, one report a day, then the summit itself: eight reports within hours.
    for (int day = 0; day < 6; day++) {
      onDay(e, 200 + day, article("r" + day, T0.plus(Duration.ofDays(day)), "o" + (day % 3),
          "ترامب وكيم يستعدان لقمة سنغافورة", SUMMIT));
    }
    Instant summit = T0.plus(Duration.ofDays(6));
    for (StoryInput in : background(20, summit.minus(Duration.ofHours(3)), 206)) e.add(in);
    for (int i = 0; i < 8; i++) {
      e.add(article("s" + i, summit.plus(Duration.ofMinutes(30L * i)), "o" + i, "قمة ترامب وكيم في سنغافورة",
          SUMMIT));
    }
    // Follow-ups every other day, the last thirteen days after the first report and seven after the summit.
    for (int day = 7; day <= 13; day += 2) {
      onDay(e, 200 + day, article("f" + day, T0.plus(Duration.ofDays(day)), "o" + (day % 4),
          "بعد قمة سنغافورة: ترامب يشيد بكيم", SUMMIT));
    }
    storyOf = e.assignments();
    assertThat(storyOf.get("s0")).isEqualTo(storyOf.get("r0"));
    assertThat(storyOf.get("f13")).isEqualTo(storyOf.get("r0"));
  }

  @Test
  void aStoryClosesMoreThanAWeekAfterItsPeak() {
    StoryEngine e = engineWithBackground();
    // The event: eight reports within four hours; then one follow-up a day.
    for (int i = 0; i < 8; i++) {
      e.add(article("b" + i, T0.plus(Duration.ofMinutes(30L * i)), "o" + i, "تفجير مسجد قوات الطوارئ في عسير",
          BOMBING));
    }
    for (int day = 1; day <= 9; day += 2) {
      onDay(e, 300 + day, article("d" + day, T0.plus(Duration.ofDays(day)), "o" + (day % 3),
          "تفجير مسجد الطوارئ في عسير: اليوم " + (day + 1), BOMBING));
    }
    Map<String, String> storyOf = e.assignments();
    String event = storyOf.get("b0");
    assertThat(storyOf.get("d7")).isEqualTo(event); // a week after the peak: still a follow-up
    String later = storyOf.get("d9"); // nine days after it (and five short of the 14-day span): a new story
    assertThat(later).isNotEqualTo(event);
    assertThat(e.storylines()).containsEntry(later, event);
  }

  /** The two first reports of the Abha bombing, then a survivors' account worded its own way, two hours later. */
  private static String survivorsAccountJoins(StorySettings settings) {
    StoryEngine e = new StoryEngine(settings);
    for (StoryInput in : background(200, T0.minus(Duration.ofDays(2)), 1)) e.add(in);
    String event = e.add(article("a1", T0, "okaz", "انتحاري يفجر نفسه في مسجد قوات الطوارئ بأبها",
        "فجر انتحاري نفسه داخل مسجد قوات الطوارئ في أبها أثناء صلاة الظهر ومقتل خمسة عشر من رجال الأمن"));
    e.add(article("a2", T0.plusSeconds(900), "alyaum", "مقتل 15 في تفجير مسجد الطوارئ بأبها",
        "قتل خمسة عشر من رجال الأمن في تفجير انتحاري استهدف مسجد قوات الطوارئ في أبها"));
    String account = e.add(article("f1", T0.plusSeconds(7200), "sabq", "المصلون يروون لحظات الانفجار",
        "روى مصلون نجوا من الانفجار لحظات الرعب داخل المسجد في أبها حين دوى صوت التفجير"));
    return account.equals(event) ? "joins" : "opens its own story";
  }

  @Test
  void aFollowUpJustUnderTheThresholdJoinsTheOneStoryNearIt() throws Exception {
    // It scores under the join threshold (with the rule off it opens a story of its own), but within its share of
    // it, against a story of two articles, and nothing else comes near.
    assertThat(survivorsAccountJoins(StorySettings.defaults())).isEqualTo("joins");
    assertThat(survivorsAccountJoins(StoryTuning.apply(StorySettings.defaults(), "clearWinnerShare=1")))
        .isEqualTo("opens its own story");
    // No other story scores at all, so even a margin of a thousand holds; but a winner must already hold enough
    // articles.
    assertThat(survivorsAccountJoins(StoryTuning.apply(StorySettings.defaults(), "clearWinnerMargin=1000")))
        .isEqualTo("joins");
    assertThat(survivorsAccountJoins(StoryTuning.apply(StorySettings.defaults(), "clearWinnerArticles=3")))
        .isEqualTo("opens its own story");
  }

  @Test
  void aHeadlineWithoutTextJoinsItsEventAndChangesNothingElse() {
    List<StoryInput> stream = List.of(
        article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING),
        article("c1", T0.plusSeconds(300), "was", "كأس السوبر الالماني", CUP),
        article("a2", T0.plusSeconds(600), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING),
        article("a3", T0.plusSeconds(3600), "sabq", "ضحايا تفجير مسجد الطوارئ", BOMBING),
        // Another event in the headline's own words: had the headline shaped the bombing story's vocabulary and
        // index entries, this would find that story and join it.
        article("x1", T0.plusSeconds(5400), "okaz", "جريمة بشعة وعمل منكر",
            "جريمة بشعة وعمل منكر: مقتل طالبة طعنا امام جامعة المنصورة"));
    StoryInput headline = article("h1", T0.plusSeconds(1800), "aljazirah",
        "تفجير مسجد طوارئ أبها جريمة بشعة وعمل منكر", "");
    StoryEngine without = engineWithBackground();
    StoryEngine with = engineWithBackground();
    for (StoryInput in : stream) {
      without.add(in);
      if (in.id().equals("a3")) with.add(headline);
      with.add(in);
    }
    assertThat(with.assignments().get("h1")).isEqualTo(with.assignments().get("a1"));
    Map<String, String> rest = new java.util.LinkedHashMap<>(with.assignments());
    rest.remove("h1");
    assertThat(rest).isEqualTo(without.assignments());
  }

  @Test
  void aHeadlineWithoutTextInWordsNoArticleUsedYetIsScoredOnItsOwnMerits() {
    // A headline-only article counts in no document frequency, so the Sulawesi villages it names have been seen in
    // no document at all. Their weight must still be a number: a NaN there once left the article's vector
    // unnormalised, and the two words it shares with the bombing ("مسجد", "مصلين") then scored it 80 times the join
    // threshold; normalised, they weigh little beside ten place names.
    StoryEngine e = engineWithBackground();
    String bombing = e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    e.add(article("a2", T0.plusSeconds(600), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING));
    String quake = e.add(article("h1", T0.plusSeconds(1200), "aljazirah",
        "كواكاتو بيندانغ سولاويزي بالوكاتا دونغالا سيغي تاواييلي بيتوبو مامبورو لولي مسجد مصلين", ""));
    assertThat(quake).isNotEqualTo(bombing);
  }

  @Test
  void aStoryOpenedByAHeadlineWithoutTextTakesNoOneElse() {
    StoryEngine e = engineWithBackground();
    String headline = e.add(article("h1", T0, "aljazirah", "الهلال والنصر يلعبان كأس السوبر السعودي في لندن", ""));
    String report = e.add(article("s1", T0.plusSeconds(600), "okaz", "الهلال والنصر في كأس السوبر السعودي بلندن",
        "يلتقي الهلال والنصر في كأس السوبر السعودي على ملعب لوفتس رود في لندن"));
    assertThat(report).isNotEqualTo(headline);
    assertThat(e.assignments()).containsEntry("h1", headline).containsEntry("s1", report);
  }

  @Test
  void aReactionNamingTheEventBehindProcliticsJoinsIt() {
    StoryEngine e = engineWithBackground();
    String event = e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    e.add(article("a2", T0.plusSeconds(600), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING));
    // The light stemmer keeps "بعسير" and "بمسجد" apart from "عسير" and "مسجد"; the reaction names the place and
    // the target only in those forms, amid vocabulary of its own.
    String reaction = e.add(article("r1", T0.plusSeconds(1800), "sabq", "هيئة كبار العلماء تستنكر",
        "هيئة كبار العلماء تستنكر تفجير بمسجد لقوات الطوارئ بعسير اودى بمصلين برجال وتصف منفذيه"
            + " بالخوارج وتدعو الدعاة الى تحصين الشباب"));
    assertThat(reaction).isEqualTo(event);
  }

  /**
   * The bombing's first reports, a condolence column that names none of their words but the place, then reports that
   * use the column's words beside the bombing's (funerals of the "martyrs of duty"), and, a day after the column, an
   * unrelated article that moves the stream on. Returns the story of the column and of the first report.
   */
  private static Map<String, String> condolenceStream(StorySettings settings) {
    StoryEngine e = new StoryEngine(settings);
    for (StoryInput in : background(200, T0.minus(Duration.ofDays(2)), 1)) e.add(in);
    e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    e.add(article("a2", T0.plusSeconds(600), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING));
    e.add(article("o1", T0.plusSeconds(1800), "alwatan", "شهداء الواجب",
        "رحم الله شهداء الواجب في عسير وألهم ذويهم الصبر فقد ودعهم الوطن ابطالا اوفياء"));
    String[] followUps = {
        "شيع الالاف ضحايا تفجير مسجد قوات الطوارئ في عسير ورددوا رحم الله الشهداء",
        "ذوو ضحايا تفجير مسجد قوات الطوارئ في عسير يتلقون العزاء ويسألون الله الصبر",
        "الوطن يودع ضحايا تفجير مسجد قوات الطوارئ في عسير ابطالا اوفياء"};
    for (int i = 0; i < followUps.length; i++) {
      e.add(article("f" + i, T0.plus(Duration.ofHours(4 + 5 * i)), EIGHT_OUTLETS[i], "ضحايا تفجير مسجد الطوارئ",
          followUps[i]));
    }
    for (StoryInput bg : background(20, T0.plus(Duration.ofHours(26)), 7)) e.add(bg);
    return e.assignments();
  }

  @Test
  void aLoneColumnIsAdoptedADayLaterByTheStoryThatGrewItsWords() {
    Map<String, String> storyOf = condolenceStream(StorySettings.defaults());
    assertThat(storyOf.get("o1")).isEqualTo(storyOf.get("a1"));
    Map<String, String> never = condolenceStream(StorySettings.defaults().with("orphanDelay", "0h"));
    assertThat(never.get("o1")).isNotEqualTo(never.get("a1"));
  }

  /** The bombing on day 0 ({@code reports} reports), six weeks of other news, then an undated report of it. */
  private static Map<String, String> undatedReportAfterSixWeeks(boolean keep, int reports) {
    StoryEngine e = new StoryEngine(StorySettings.defaults());
    if (keep) e.keepStories();
    for (StoryInput in : background(200, T0.minus(Duration.ofDays(2)), 1)) e.add(in);
    e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    if (reports > 1) e.add(article("a2", T0.plusSeconds(600), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING));
    for (int day = 1; day <= 45; day++) {
      for (StoryInput bg : background(10, T0.plus(Duration.ofDays(day)), 300 + day)) e.add(bg);
    }
    // Undated articles come last and take the stream's latest time.
    Instant latest = T0.plus(Duration.ofDays(45)).plusSeconds(60L * 9);
    e.addUndated(article("u1", latest, "sabq", "ضحايا تفجير مسجد قوات الطوارئ في عسير", BOMBING + " وتشييع الشهداء"));
    return e.assignments();
  }

  @Test
  void anUndatedReportJoinsItsEventHoweverLongAgoWhenEveryStoryIsKept() {
    Map<String, String> kept = undatedReportAfterSixWeeks(true, 2);
    assertThat(kept.get("u1")).isEqualTo(kept.get("a1"));
    // Without keepStories the bombing story was forgotten with the storyline window (30 days).
    Map<String, String> forgotten = undatedReportAfterSixWeeks(false, 2);
    assertThat(forgotten.get("u1")).isNotEqualTo(forgotten.get("a1"));
    // A story of one article is not kept (most stories are lone articles; memory goes to the others).
    Map<String, String> lone = undatedReportAfterSixWeeks(true, 1);
    assertThat(lone.get("u1")).isNotEqualTo(lone.get("a1"));
  }

  @Test
  void aDatedArticleAfterAnUndatedOneIsRefused() {
    StoryEngine e = engineWithBackground();
    e.addUndated(article("u1", T0, "sabq", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a1");
  }

  @Test
  void keepingEveryStoryChangesNoDatedPlacement() {
    List<StoryInput> stream = new ArrayList<>(background(200, T0.minus(Duration.ofDays(2)), 1));
    stream.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    stream.add(article("a1b", T0.plusSeconds(600), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING));
    for (int day = 1; day <= 40; day++) stream.addAll(background(10, T0.plus(Duration.ofDays(day)), 500 + day));
    stream.add(article("a2", T0.plus(Duration.ofDays(41)), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING));
    StoryEngine plain = new StoryEngine(StorySettings.defaults());
    StoryEngine keeping = new StoryEngine(StorySettings.defaults());
    keeping.keepStories();
    for (StoryInput in : stream) {
      plain.add(in);
      keeping.add(in);
    }
    // The bombing story, kept but past the storyline window, takes neither the report 41 days later nor its storyline.
    assertThat(keeping.assignments()).isEqualTo(plain.assignments());
    assertThat(keeping.storylines()).isEqualTo(plain.storylines());
    org.assertj.core.api.Assertions.assertThatThrownBy(keeping::keepStories).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void duplicateAlwaysJoinsItsOriginalsStory() {
    StoryEngine e = engineWithBackground();
    String a = e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    String d = e.add(new StoryInput("d1", T0.plusSeconds(60), "was", "كأس السوبر", CUP, Optional.of("a1")));
    assertThat(d).isEqualTo(a);
  }

  @Test
  void sameWordsWeeksLaterOpenANewStoryOnTheSameStoryline() {
    StoryEngine e = engineWithBackground();
    String first = e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    e.add(article("a2", T0.plusSeconds(900), "alyaum", "تفجير مسجد الطوارئ في عسير", BOMBING));
    Instant later = T0.plus(Duration.ofDays(10));
    for (StoryInput in : background(50, later.minus(Duration.ofHours(2)), 2)) e.add(in);
    String second = e.add(article("a3", later, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    assertThat(second).isNotEqualTo(first);
    assertThat(e.storylines()).containsEntry(second, first).containsEntry(first, first);
  }

  @Test
  void aStorylineLinkNeedsSharedNamesUnlessTheStoriesAreCloseInTimeAndWording() {
    long day = 24 * 3600;
    assertThat(StoryEngine.relinkable(0.3, 0.2, 10 * day)).isTrue(); // shared words and names
    assertThat(StoryEngine.relinkable(0.1, 0.9, day)).isFalse(); // names alone: a topic, not a storyline
    assertThat(StoryEngine.relinkable(0.3, 0.0, day)).isFalse(); // one shared topic word or two
    assertThat(StoryEngine.relinkable(0.45, 0.0, day)).isTrue(); // worded alike within two days
    assertThat(StoryEngine.relinkable(0.45, 0.0, 3 * day)).isFalse();
  }

  @Test
  void everyFinalStoryHasAStorylineAndAssignmentsPointToFinalStories() {
    StoryEngine e = engineWithBackground();
    e.add(article("a1", T0, "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    e.add(article("b1", T0.plusSeconds(60), "okaz", "كأس السوبر الالماني", CUP));
    Map<String, String> lines = e.storylines();
    assertThat(lines.keySet()).containsExactlyInAnyOrderElementsOf(new java.util.HashSet<>(e.assignments().values()));
    assertThat(e.mergedInto().keySet()).doesNotContainAnyElementsOf(lines.keySet());
  }

  @Test
  void surgeFromManyOutletsIsBreaking() {
    StoryEngine e = engineWithBackground();
    String story = null;
    for (int i = 0; i < 8; i++) {
      story = e.add(article("a" + i, T0.plusSeconds(300L * i), EIGHT_OUTLETS[i], "تفجير مسجد قوات الطوارئ في عسير",
          BOMBING));
    }
    assertThat(e.breaking()).containsEntry(story, T0.plusSeconds(300L * 7));
    // A story fed by one outlet only never breaks.
    StoryEngine quiet = engineWithBackground();
    String quietStory = null;
    for (int i = 0; i < 8; i++) {
      quietStory = quiet.add(article("a" + i, T0.plusSeconds(300L * i), "okaz", "تفجير مسجد قوات الطوارئ في عسير",
          BOMBING));
    }
    assertThat(quiet.breaking()).doesNotContainKey(quietStory);
  }

  @Test
  void aCrawlBatchInWhichEveryStoryArrivesAtOnceIsNoSurge() {
    // A crawl stamps 300 articles with its own time; eight of them, from eight outlets, report the bombing. Eight
    // articles in a window of 308 are no surge (a share under breakingMinShare); counted alone, they would be one.
    List<StoryInput> batch = new ArrayList<>();
    for (StoryInput bg : background(300, T0, 7)) batch.add(article(bg.id(), T0, bg.outlet(), bg.title(), bg.text()));
    for (int i = 0; i < 8; i++) {
      batch.add(150 + i, article("a" + i, T0, EIGHT_OUTLETS[i], "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    }
    for (StorySettings settings : List.of(StorySettings.defaults(),
        StorySettings.defaults().with("breakingMinShare", "0"))) {
      StoryEngine e = new StoryEngine(settings);
      for (StoryInput in : batch) e.add(in);
      String bombing = e.assignments().get("a7");
      assertThat(e.assignments().get("a0")).isEqualTo(bombing);
      if (settings.breakingMinShare() > 0) {
        assertThat(e.breaking()).doesNotContainKey(bombing);
      } else {
        assertThat(e.breaking()).containsKey(bombing);
      }
    }
  }

  @Test
  void convergingStoriesMergeIntoTheOlder() {
    StoryEngine e = engineWithBackground();
    String a = e.add(article("a1", T0, "okaz", "تفجير انتحاري في مسجد", "تفجير انتحاري يستهدف مسجدا ومقتل مصلين"));
    String b = e.add(article("b1", T0.plusSeconds(60), "alyaum", "قوات الطوارئ في عسير",
        "قوات الطوارئ الخاصة في منطقة عسير تستنفر رجال الامن"));
    assertThat(b).isNotEqualTo(a);
    String last = null;
    for (int i = 0; i < 6; i++) {
      last = e.add(article("c" + i, T0.plusSeconds(600L * (i + 1)), "o" + i,
          "تفجير انتحاري في مسجد قوات الطوارئ في عسير", BOMBING + " تفجير انتحاري يستهدف مسجدا ومقتل مصلين"
          + " قوات الطوارئ الخاصة في منطقة عسير تستنفر رجال الامن"));
    }
    assertThat(e.mergedInto()).containsEntry(b, a);
    assertThat(last).isEqualTo(a);
    assertThat(e.assignments()).containsEntry("b1", a);
  }

  @Test
  void sameInputOrderGivesSameStories() {
    List<StoryInput> in = new ArrayList<>(background(300, T0, 7));
    in.add(article("a1", T0.plusSeconds(30), "okaz", "تفجير مسجد قوات الطوارئ في عسير", BOMBING));
    in.add(article("b1", T0.plusSeconds(90), "okaz", "كأس السوبر الالماني", CUP));
    in.sort(java.util.Comparator.comparing(StoryInput::published).thenComparing(StoryInput::id));
    StoryEngine x = new StoryEngine(StorySettings.defaults());
    StoryEngine y = new StoryEngine(StorySettings.defaults());
    in.forEach(x::add);
    in.forEach(y::add);
    assertThat(x.assignments()).isEqualTo(y.assignments());
    assertThat(x.storylines()).isEqualTo(y.storylines());
  }

  @Test
  void emptyArticlesDoNotBreakTheEngine() {
    StoryEngine e = new StoryEngine(StorySettings.defaults());
    String s1 = e.add(article("e1", T0, "x", "", ""));
    String s2 = e.add(article("e2", T0, "x", "", ""));
    assertThat(s1).isNotEqualTo(s2);
    assertThat(e.assignments()).hasSize(2);
  }
}
