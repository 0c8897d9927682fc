package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.naba.testing.SharedData;

/**
 * A story engine saved after part of a stream and restored places the rest of the stream exactly as one engine over
 * the whole stream does: same stories, same ids, same storylines, merges and breaking marks.
 */
class StoryEngineStateTest {
  private static final Instant T0 = StoryEngineTest.T0;
  private static final String[] FILLER = StoryEngineTest.FILLER;
  private static final String BOMBING = StoryEngineTest.BOMBING;
  private static final String CUP = StoryEngineTest.CUP;

  /** Two days of unrelated news, then a bombing and a football final reported over three days by several outlets. */
  private static List<StoryInput> stream() {
    Random r = new Random(7);
    List<StoryInput> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) text.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
      out.add(StoryInput.of("bg" + i, T0.plusSeconds(900L * i), "o" + (i % 5),
          FILLER[r.nextInt(FILLER.length)] + " " + FILLER[r.nextInt(FILLER.length)], text.toString()));
    }
    Instant event = T0.plus(Duration.ofHours(30));
    for (int i = 0; i < 24; i++) {
      Instant t = event.plus(Duration.ofMinutes(170L * i));
      out.add(StoryInput.of("a" + i, t, "o" + (i % 8), "تفجير مسجد الطوارئ في عسير: " + (i + 1),
          BOMBING + (i % 3 == 0 ? " وارتفاع عدد الشهداء" : " والداخلية تعلن هوية الانتحاري")));
      out.add(StoryInput.of("c" + i, t.plusSeconds(300), "o" + ((i + 3) % 8), "كأس السوبر الالماني " + (i + 1),
          CUP + (i % 2 == 0 ? " في فولفسبورغ" : "")));
    }
    out.sort((x, y) -> x.published().compareTo(y.published()));
    return out;
  }

  private static List<AnalysedArticle> analysed(List<StoryInput> in) {
    try (ArticleAnalyser analyser = new ArticleAnalyser(StorySettings.defaults())) {
      return in.stream().map(analyser::analyse).toList();
    }
  }

  private static byte[] save(StoryEngine e) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    e.saveState(out);
    return out.toByteArray();
  }

  private static StoryEngine restore(byte[] state) throws IOException {
    return StoryEngine.restoreState(StorySettings.defaults(), IdfPrior.bundled(), new ByteArrayInputStream(state));
  }

  @Test
  void تكمل_المحركة_المستعادة_القصص_كما_لو_لم_تتوقف() throws IOException {
    List<StoryInput> all = stream();
    StoryEngine whole = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : all) whole.add(in);

    for (int cut : new int[] {310, 330, all.size() - 5}) {
      StoryEngine first = new StoryEngine(StorySettings.defaults());
      for (StoryInput in : all.subList(0, cut)) first.add(in);
      byte[] state = save(first);
      StoryEngine resumed = restore(state);
      for (StoryInput in : all.subList(cut, all.size())) resumed.add(in);
      assertSameContinuation(whole, resumed, all.subList(cut, all.size()).stream().map(StoryInput::id).toList());
      // Saving is a snapshot: saving again gives the same bytes, and the saved engine goes on unchanged.
      assertThat(save(first)).isEqualTo(state);
    }
  }

  @Test
  void تكمل_المستعادة_تيارا_عدت_أول_مقالاته_في_الجدول_كما_لو_لم_تتوقف() throws IOException {
    List<StoryInput> all = stream();
    List<AnalysedArticle> first = analysed(all.subList(0, 200));
    StoryEngine whole = new StoryEngine(StorySettings.defaults());
    whole.warmUp(first);
    for (StoryInput in : all) whole.add(in);

    StoryEngine cut = new StoryEngine(StorySettings.defaults());
    cut.warmUp(first);
    for (StoryInput in : all.subList(0, 310)) cut.add(in);
    byte[] state = save(cut);
    StoryEngine resumed = restore(state);
    // The state carries the warm-up: saved again, the restored engine writes the same bytes.
    assertThat(save(resumed)).isEqualTo(state);
    for (StoryInput in : all.subList(310, all.size())) resumed.add(in);
    assertSameContinuation(whole, resumed, all.subList(310, all.size()).stream().map(StoryInput::id).toList());
  }

  @Test
  void يعد_الجدول_أول_المقالات_قبل_أولاها_ومرة_واحدة() {
    List<StoryInput> all = stream();
    List<AnalysedArticle> first = analysed(all.subList(0, 3));
    StoryEngine warmed = new StoryEngine(StorySettings.defaults());
    warmed.warmUp(first);
    assertThatThrownBy(() -> warmed.warmUp(first)).isInstanceOf(IllegalStateException.class);
    StoryEngine started = new StoryEngine(StorySettings.defaults());
    started.add(all.get(0));
    assertThatThrownBy(() -> started.warmUp(first)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the first article");
  }

  @Test
  void تحمل_الحالة_نصوص_القصص_المفتوحة_وتعرف_قصص_النافذة() throws IOException {
    List<StoryInput> all = stream();
    StoryEngine e = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : all) e.add(in);
    List<String> open = e.openArticles();
    // Within a week of its last article (and of its first) no story of the stream has closed: all are carried.
    assertThat(open).contains("a0", "a23", "c0", "c23");
    // Eighteen days later every story of the stream has closed: nothing is carried.
    e.add(StoryInput.of("later", T0.plus(Duration.ofDays(18)), "o1", "موسم الحج", "بدء توافد الحجاج الى مكة المكرمة"));
    assertThat(e.openArticles()).containsExactly("later");
    // Their stories are within the storyline window still: the state knows them, for a copy of one of their articles.
    StoryEngine resumed = restore(save(e));
    assertThat(resumed.assignments()).containsKeys("later", "a0", "c23");
    StoryInput copy = new StoryInput("copy", T0.plus(Duration.ofDays(19)), "o9", "عنوان آخر", "نص آخر",
        java.util.Optional.of("a3"));
    assertThat(resumed.add(copy)).isEqualTo(e.assignments().get("a3"));
    // Forty days later their stories are past the window: the state knows nothing of them.
    StoryEngine late = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : all) late.add(in);
    late.add(StoryInput.of("much-later", T0.plus(Duration.ofDays(40)), "o1", "موسم الحج", "بدء توافد الحجاج"));
    late.add(StoryInput.of("much-later-2", T0.plus(Duration.ofDays(41)), "o2", "موسم الحج", "بدء توافد الحجاج"));
    assertThat(restore(save(late)).assignments()).doesNotContainKey("a0");
  }

  @Test
  void نسخة_مقالة_من_تشغيل_سابق_تلحق_بقصة_أصلها() throws IOException {
    List<StoryInput> all = stream();
    StoryEngine first = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : all) first.add(in);
    String story = first.assignments().get("a5");
    StoryEngine resumed = restore(save(first));
    StoryInput last = all.getLast();
    StoryInput copy = new StoryInput("copy", last.published().plusSeconds(60), "o9", "عنوان آخر تماما",
        "نص لا يشبه الاصل في شيء", java.util.Optional.of("a5"));
    assertThat(resumed.add(copy)).isEqualTo(story);
  }

  @Test
  void ترفض_الحالة_بإعدادات_أخرى_أو_تالفة_أو_مقطوعة() throws IOException {
    StoryEngine e = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : stream()) e.add(in);
    byte[] state = save(e);

    StorySettings other = StorySettings.defaults().with("joinThreshold", "0.3");
    assertThatThrownBy(() -> StoryEngine.restoreState(other, IdfPrior.bundled(), new ByteArrayInputStream(state)))
        .isInstanceOf(IOException.class).hasMessageContaining("joinThreshold=0.2 → 0.3");
    assertThatThrownBy(() -> StoryEngine.restoreState(StorySettings.defaults(), IdfPrior.none(),
        new ByteArrayInputStream(state))).isInstanceOf(IOException.class).hasMessageContaining("IDF table");
    assertThatThrownBy(() -> restore(Arrays.copyOf(state, state.length / 2)))
        .isInstanceOf(IOException.class).hasMessageContaining("truncated");
    assertThatThrownBy(() -> restore("not a state at all".getBytes()))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Naba story-engine state");
    byte[] longer = Arrays.copyOf(state, state.length + 1);
    assertThatThrownBy(() -> restore(longer)).isInstanceOf(IOException.class).hasMessageContaining("after the end");
  }

  @Test
  void لا_تحفظ_الحالة_بعد_مقالة_غير_مؤرخة() {
    StoryEngine e = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : stream()) e.add(in);
    e.addUndated(StoryInput.of("undated", T0, "o1", "كأس السوبر الالماني", CUP));
    assertThatThrownBy(() -> save(e)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void تستقبل_المستعادة_مقالات_غير_مؤرخة_بعد_المؤرخة() throws IOException {
    StoryEngine e = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : stream()) e.add(in);
    StoryEngine resumed = restore(save(e));
    resumed.keepStories();
    String cup = resumed.assignments().get("c3");
    assertThat(resumed.addUndated(StoryInput.of("undated", T0, "o1", "كأس السوبر الالماني", CUP))).isEqualTo(cup);
  }

  /**
   * On ANT 2018 (a month of five outlets), cut at three points: every article after the cut, and every article the
   * state carried, ends in the story it ends in when one engine reads the whole stream, and those stories have the same
   * storylines, merges and breaking marks.
   */
  @Test
  void علىANT_الاستئناف_يطابق_تشغيلا_واحدا() throws IOException {
    Path shared = SharedData.root().orElse(null);
    assumeTrue(shared != null, "shared data (../shared or ../../shared) absent: ANT resume test skipped");
    Path corpus = shared.resolve("data/news/ant-2018.jsonl.gz");
    assumeTrue(Files.isRegularFile(corpus), "ANT 2018 corpus absent");
    List<StoryInput> all = SharedData.storyInputs(corpus);
    StoryEngine whole = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : all) whole.add(in);
    for (double share : new double[] {0.3, 0.7}) {
      int cut = (int) (all.size() * share);
      StoryEngine first = new StoryEngine(StorySettings.defaults());
      for (StoryInput in : all.subList(0, cut)) first.add(in);
      StoryEngine resumed = restore(save(first));
      for (StoryInput in : all.subList(cut, all.size())) resumed.add(in);
      assertSameContinuation(whole, resumed, all.subList(cut, all.size()).stream().map(StoryInput::id).toList());
    }
  }

  private static void assertSameContinuation(StoryEngine whole, StoryEngine resumed, List<String> after) {
    Map<String, String> expected = whole.assignments();
    Map<String, String> actual = resumed.assignments();
    assertThat(actual.keySet()).containsAll(after);
    Set<String> stories = new HashSet<>();
    for (String id : actual.keySet()) {
      assertThat(actual.get(id)).as(id).isEqualTo(expected.get(id));
      stories.add(actual.get(id));
    }
    Map<String, String> storylines = resumed.storylines();
    Map<String, String> wholeStorylines = whole.storylines();
    Map<String, Instant> breaking = resumed.breaking();
    Map<String, Instant> wholeBreaking = whole.breaking();
    for (String s : stories) {
      assertThat(storylines.get(s)).as("storyline of " + s).isEqualTo(wholeStorylines.get(s));
      assertThat(breaking.get(s)).as("breaking of " + s).isEqualTo(wholeBreaking.get(s));
    }
    Map<String, String> merged = whole.mergedInto();
    resumed.mergedInto().forEach((from, into) -> assertThat(merged.get(from)).as(from).isEqualTo(into));
  }
}
