package org.naba.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryExplainTest {
  private static final StoryEval.GoldStory ABHA = new StoryEval.GoldStory("abha",
      List.of("m1", "m2", "m3", "m4", "m5", "m6"), Set.of("r1"));

  private static Map<String, StoryExplain.Article> articles() {
    Map<String, StoryExplain.Article> a = new LinkedHashMap<>();
    a.put("m1", new StoryExplain.Article("m1", "2015-08-06T10:00:00+03:00", "okaz", "تفجير مسجد الطوارئ في أبها"));
    a.put("m2", new StoryExplain.Article("m2", "2015-08-06T11:00:00+03:00", "alyaum", "ضحايا تفجير مسجد الطوارئ"));
    a.put("m3", new StoryExplain.Article("m3", "2015-08-07T09:00:00+03:00", "sabq", "هيئة كبار العلماء تدين"));
    a.put("m4", new StoryExplain.Article("m4", "2015-08-06T20:00:00+03:00", "okaz", "كبار العلماء: عمل إجرامي"));
    a.put("m5", new StoryExplain.Article("m5", "2015-08-08T08:00:00+03:00", "alwatan", "ميسان تودع الشهيد"));
    a.put("r1", new StoryExplain.Article("r1", "2015-08-06T12:00:00+03:00", "aawsat", "المساجد هدف للإرهاب"));
    a.put("x1", new StoryExplain.Article("x1", "2015-08-06T13:00:00+03:00", "was", "أمير عسير يستقبل المهنئين"));
    return a;
  }

  @Test
  void membersElsewhereComePieceByPieceAndOthersOfTheBestStoryAreListed() {
    Map<String, String> storyOf = new LinkedHashMap<>();
    storyOf.put("m1", "s-main");
    storyOf.put("m2", "s-main");
    storyOf.put("r1", "s-main");
    storyOf.put("x1", "s-main");
    storyOf.put("m3", "s-scholars");
    storyOf.put("m4", "s-scholars");
    storyOf.put("y1", "s-scholars");
    storyOf.put("m5", "s-funeral");
    // m6 is not in the run.
    String text = StoryExplain.explain(ABHA, "s-main", storyOf, articles());

    assertThat(text).contains("abha: 6 members")
        .contains("best story s-main: 4 articles, 2 members, 1 related, 1 others")
        .contains("members elsewhere: 3 in 2 stories")
        .contains("members not in the run: 1\n  m6")
        .contains("others in the best story: 1\n  2015-08-06  was  أمير عسير يستقبل المهنئين  x1");
    // The bigger piece first; within it, publication order.
    assertThat(text.indexOf("s-scholars (3 articles, 2 members)")).isLessThan(text.indexOf("s-funeral (1 articles"));
    assertThat(text.indexOf("كبار العلماء: عمل إجرامي")).isLessThan(text.indexOf("هيئة كبار العلماء تدين"));
    assertThat(text).doesNotContain("المساجد هدف للإرهاب"); // judged related: neither missed nor an intruder
  }

  @Test
  void aGoldStoryWithNoMemberInTheRunSaysSo() {
    String text = StoryExplain.explain(ABHA, "", Map.of("x1", "s-other"), articles());
    assertThat(text).contains("no member is in any story").contains("members not in the run: 6")
        .doesNotContain("others in the best story");
  }
}
