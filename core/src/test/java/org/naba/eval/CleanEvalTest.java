package org.naba.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CleanEvalTest {
  private static CleanEval.GoldPage dump(String name, String page, String gold) {
    return new CleanEval.GoldPage(name, false, page, gold, List.of(), Optional.empty());
  }

  @Test
  void theCeilingIsWhatAPerfectExtractorReachesOnThePageItHas() {
    String gold = "قال وزير الخارجية إن المحادثات مستمرة في جنيف";
    // The page holds its gold text, under a menu: a perfect extractor reaches 1.
    CleanEval.GoldPage whole = dump("whole.txt", "الرئيسية   أخبار   رياضة\n" + gold + "\n", gold);
    // A crawl of another day holds half of the gold's eight words: no extractor can pass 2·0.5 / 1.5.
    CleanEval.GoldPage half = dump("half.txt", "قال وزير الخارجية إن المحادثات\nخبر آخر تماما عن الطقس\n", gold);
    CleanEval.Report report = CleanEval.score(List.of(whole, half));
    assertThat(report.pages().get(0).ceiling()).isCloseTo(1.0, within(1e-9));
    assertThat(report.pages().get(0).goldOnPage()).isTrue();
    assertThat(report.pages().get(1).goldOnPage()).isFalse();
    assertThat(report.pages().get(1).ceiling()).isCloseTo(2 * 0.625 / 1.625, within(1e-9));
    assertThat(report.format()).contains("over all 2 pages")
        .contains("gold mostly not on its page: 1 pages").contains(String.format(java.util.Locale.ROOT, "ceiling %.3f",
            2 * 0.625 / 1.625));
  }

  @Test
  void aWrongTitleOrDateIsShownBesideTheGold() {
    String html = "<html><head><title>الرئيسية</title></head><body><article><h1>قمة العشرين تختتم أعمالها في هانغتشو</h1>"
        + "<time datetime=\"2016-09-05\">5 سبتمبر</time><p>اختتمت قمة مجموعة العشرين أعمالها في مدينة هانغتشو الصينية"
        + " اليوم الاثنين بعد يومين من المحادثات بين قادة الاقتصادات الكبرى في العالم حول التجارة والنمو.</p>"
        + "</article></body></html>";
    CleanEval.GoldPage page = new CleanEval.GoldPage("g20.html", true, html,
        "اختتمت قمة مجموعة العشرين أعمالها في مدينة هانغتشو الصينية اليوم الاثنين بعد يومين من المحادثات بين قادة"
            + " الاقتصادات الكبرى في العالم حول التجارة والنمو.",
        List.of("قادة العشرين يختتمون قمتهم"), Optional.of(java.time.LocalDate.of(2016, 9, 4)));
    String report = CleanEval.score(List.of(page)).format();
    assertThat(report).contains("title WRONG").contains("date WRONG")
        .contains("    title found: قمة العشرين تختتم أعمالها في هانغتشو\n    title gold:  قادة العشرين يختتمون قمتهم\n")
        .contains("    date found: 2016-09-05  gold: 2016-09-04\n");
  }
}
