package org.naba.story.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.story.StoryInput;
import org.naba.story.StorySettings;

class HdbscanStoriesTest {
  private static final Instant T0 = Instant.parse("2015-08-06T10:00:00Z");
  private static final BatchSettings SMALL = BatchSettings.defaults().withMinClusterSize(3).withMinPoints(2);

  /** Four reports of a mosque bombing in Asir and four of the German super cup, interleaved over a few hours. */
  private static List<StoryInput> twoEvents() {
    String[][] bombing = {
      {"تفجير انتحاري يستهدف مسجد قوات الطوارئ في عسير", "فجر انتحاري نفسه داخل مسجد قوات الطوارئ في أبها بمنطقة عسير أثناء صلاة الظهر ومقتل عدد من رجال الأمن"},
      {"ارتفاع ضحايا تفجير مسجد الطوارئ بأبها", "ارتفع عدد ضحايا التفجير الانتحاري الذي استهدف مسجد قوات الطوارئ في أبها إلى خمسة عشر شهيدا من رجال الأمن"},
      {"الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ", "كشفت وزارة الداخلية هوية الانتحاري الذي فجر نفسه في مسجد قوات الطوارئ الخاصة بعسير"},
      {"إدانة واسعة لتفجير مسجد قوات الطوارئ في أبها", "توالت الإدانات للتفجير الإرهابي الذي استهدف المصلين في مسجد قوات الطوارئ بمدينة أبها"},
    };
    String[][] cup = {
      {"فولفسبورغ يهزم بايرن ميونيخ ويحرز كأس السوبر الألماني", "أحرز فولفسبورغ كأس السوبر الألماني بفوزه على بايرن ميونيخ بركلات الترجيح"},
      {"فولفسبورغ بطل السوبر على حساب بايرن", "توج فولفسبورغ بلقب كأس السوبر الألماني لكرة القدم بعد فوزه على بايرن ميونيخ بركلات الترجيح"},
      {"بايرن ميونيخ يخسر كأس السوبر أمام فولفسبورغ", "خسر بايرن ميونيخ لقب كأس السوبر الألماني أمام فولفسبورغ بركلات الترجيح بعد التعادل"},
      {"غوارديولا يعلق على خسارة السوبر أمام فولفسبورغ", "علق مدرب بايرن ميونيخ غوارديولا على خسارة كأس السوبر الألماني أمام فولفسبورغ بركلات الترجيح"},
    };
    List<StoryInput> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(StoryInput.of("a" + i, T0.plusSeconds(3600L * i), "o" + i, bombing[i][0], bombing[i][1]));
      out.add(StoryInput.of("b" + i, T0.plusSeconds(3600L * i + 600), "o" + (i + 1), cup[i][0], cup[i][1]));
    }
    return out;
  }

  @Test
  void twoEventsMakeTwoStories() {
    BatchResult r = new HdbscanStories(StorySettings.defaults(), SMALL).cluster(twoEvents());
    Map<String, String> story = r.assignments();
    assertThat(story).hasSize(8);
    for (int i = 1; i < 4; i++) {
      assertThat(story.get("a" + i)).as("a" + i).isEqualTo(story.get("a0"));
      assertThat(story.get("b" + i)).as("b" + i).isEqualTo(story.get("b0"));
    }
    assertThat(story.get("a0")).isNotEqualTo(story.get("b0")).isEqualTo("batch-a0");
    assertThat(r.clusters()).isEqualTo(2);
    assertThat(r.windows()).isEqualTo(1);
  }

  @Test
  void copiesJoinTheirOriginalsStoryAndTheResultIsDeterministic() {
    List<StoryInput> in = new ArrayList<>(twoEvents());
    in.add(new StoryInput("copy", T0.plusSeconds(9000), "o9", "كأس السوبر", "نص منسوخ", Optional.of("a2")));
    HdbscanStories peer = new HdbscanStories(StorySettings.defaults(), SMALL);
    BatchResult r = peer.cluster(in);
    assertThat(r.assignments().get("copy")).isEqualTo(r.assignments().get("a2"));
    assertThat(r.copies()).isEqualTo(1);
    assertThat(peer.cluster(in).assignments()).isEqualTo(r.assignments());
  }

  @Test
  void tooFewArticlesAreStoriesOfTheirOwn() {
    List<StoryInput> in = twoEvents().subList(0, 2);
    Map<String, String> story = new HdbscanStories(StorySettings.defaults(), SMALL).cluster(in).assignments();
    assertThat(story).containsEntry("a0", "batch-a0").containsEntry("b0", "batch-b0");
  }

  @Test
  void settingsAreBounded() {
    assertThatThrownBy(() -> BatchSettings.defaults().withMinClusterSize(1)).hasMessageContaining("minClusterSize");
    assertThatThrownBy(() -> BatchSettings.defaults().withWindow(Duration.ofMinutes(5))).hasMessageContaining("window");
    assertThatThrownBy(() -> BatchSettings.defaults().withThreads(0)).hasMessageContaining("threads");
  }
}
