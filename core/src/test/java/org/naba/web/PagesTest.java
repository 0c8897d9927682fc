package org.naba.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.model.ArticleResult;
import org.naba.model.Story;
import org.naba.model.SummarySentence;
import org.naba.store.JsonMapping;
import org.naba.store.SampleData;
import org.naba.store.StoryFilter;
import org.naba.store.StoryOrder;
import org.naba.store.StorySummaryRow;

/** The pages without a server: escaping, links, counts and times. */
class PagesTest {
  private static final String EVIL = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

  @Test
  void hostileTextInEveryFieldStaysText() {
    ArticleResult a = new SampleData.Builder("evil\"id", "s" + EVIL, Optional.of(EVIL), Optional.empty(),
        EVIL, List.of(EVIL, "فقرة")).build();
    Story s = new Story("s" + EVIL, EVIL, List.of(a.id()), List.of(EVIL), Optional.empty(), Optional.empty(),
        List.of(new SummarySentence(EVIL, List.of(a.id()))), Optional.of(EVIL), Optional.empty(), List.of());
    String html = Pages.story(JsonMapping.story(s), List.of(JsonMapping.article(a)));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo(EVIL);
    assertThat(doc.select("ol.summary li").text()).startsWith(EVIL);
    assertThat(doc.getElementById("a-evil\"id")).isNotNull();
    assertThat(doc.select("a.cite").attr("href")).isEqualTo("#a-evil%22id");
  }

  @Test
  void aBigStorysTimelineCarriesTheFirstTextsAndLinksTheRest() {
    List<ObjectNode> articles = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= Pages.TIMELINE_TEXTS + 2; i++) {
      ArticleResult a = new SampleData.Builder("abha-" + i, "s-abha", Optional.of("عكاظ"),
          Optional.of(java.time.OffsetDateTime.parse("2015-08-06T12:00:00Z").plusMinutes(i)), "تفجير مسجد الطوارئ " + i,
          List.of("استهدف تفجير انتحاري مسجد قوات الطوارئ الخاصة في أبها، الخبر رقم " + i + ".")).build();
      articles.add(JsonMapping.article(a));
      ids.add(a.id());
    }
    Story s = new Story("s-abha", "تفجير مسجد الطوارئ في أبها", ids, List.of("عكاظ"), Optional.empty(), Optional.empty(),
        List.of(new SummarySentence("استهدف تفجير انتحاري مسجد قوات الطوارئ.", List.of("abha-102"))), Optional.empty(),
        Optional.empty(), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), articles));
    assertThat(doc.select("ol.timeline > li")).hasSize(Pages.TIMELINE_TEXTS + 2);
    assertThat(doc.select("ol.timeline > li details")).hasSize(Pages.TIMELINE_TEXTS);
    assertThat(doc.getElementById("a-abha-100").select("details p").text()).contains("الخبر رقم 100");
    // The later ones keep their place, title and number (citations still land on them), and link their text.
    var last = doc.getElementById("a-abha-102");
    assertThat(last.select(".title").text()).isEqualTo("تفجير مسجد الطوارئ 102");
    assertThat(last.select("details")).isEmpty();
    assertThat(last.select("a").attr("href")).isEqualTo("/text/abha-102");
    assertThat(last.text()).doesNotContain("الخبر رقم 102");
    assertThat(doc.select("ol.summary a.cite").attr("href")).isEqualTo("#a-abha-102");
    assertThat(doc.select("#timeline > p.muted").text()).contains(String.valueOf(Pages.TIMELINE_TEXTS));
  }

  @Test
  void aLineMayBreakAfterEveryCitationMark() {
    // A statement that ten articles carry ends in ten marks with nothing between them.
    String html = Pages.story(JsonMapping.story(SampleData.stories().get(0)),
        SampleData.articles().stream().limit(3).map(JsonMapping::article).toList());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("a.cite")).isNotEmpty().allSatisfy(a -> {
      assertThat(a.nextSibling()).isInstanceOf(org.jsoup.nodes.Element.class);
      assertThat(((org.jsoup.nodes.Element) a.nextSibling()).tagName()).isEqualTo("wbr");
    });
  }

  @Test
  void anArticlesTextStandsOnAPageOfItsOwnWithTheWayBackToItsStory() {
    ArticleResult a = new SampleData.Builder("okaz/1", "s-abha", Optional.of("عكاظ"),
        Optional.of(java.time.OffsetDateTime.parse("2015-08-06T12:00:00Z")), "تفجير مسجد الطوارئ " + EVIL,
        List.of("استهدف تفجير انتحاري مسجد قوات الطوارئ.", "وأعلن التنظيم مسؤوليته."))
        .provenance(new org.naba.model.Provenance(1, "spa-9", List.of())).build();
    Document doc = Jsoup.parse(Pages.articleText(JsonMapping.article(a), "تفجير مسجد الطوارئ في أبها"));
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo("تفجير مسجد الطوارئ " + EVIL);
    assertThat(doc.select("article p").eachText()).contains("استهدف تفجير انتحاري مسجد قوات الطوارئ.");
    assertThat(doc.select(".meta .outlet").text()).isEqualTo("عكاظ");
    assertThat(doc.select("a[href^=/stories/]").attr("href")).isEqualTo("/stories/s-abha#a-okaz/1");
    // A paragraph first seen elsewhere links to that article's place.
    assertThat(doc.select("span.prov a").attr("href")).isEqualTo("/articles/spa-9");
  }

  @Test
  void sharedPassagesNameTheirOriginAndCarriers() {
    ArticleResult a = new SampleData.Builder("spa-1", "s1", Optional.of("واس"), Optional.empty(), "أمطار على الطائف",
        List.of("فقرة")).build();
    Story s = new Story("s1", "أمطار على الطائف", List.of(a.id()), List.of("واس"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of(),
        List.of(new org.naba.model.SharedPassage("spa-1", Optional.of("واس"), 12, List.of("x", "y"),
            List.of("الرياض", EVIL))), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(JsonMapping.article(a))));
    assertThat(doc.select("#shared li").text()).contains("واس", "[1]", "12", "الرياض", EVIL);
    assertThat(doc.select("#shared script, #shared img")).isEmpty();
  }

  @Test
  void قصة_تكملها_هذه_الدورة_تذكر_مقالات_الدورة_السابقة() {
    ArticleResult before = new SampleData.Builder("okaz-1", "s1", Optional.of("عكاظ"), Optional.empty(), "تفجير عسير",
        List.of("فقرة")).build();
    ArticleResult now = new SampleData.Builder("sabq-2", "s1", Optional.of("سبق"), Optional.empty(), "ضحايا تفجير عسير",
        List.of("فقرة")).build();
    Story s = new Story("s1", "تفجير عسير", List.of("okaz-1", "sabq-2"), List.of("عكاظ", "سبق"), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of("okaz-1"));
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s),
        List.of(JsonMapping.article(before), JsonMapping.article(now))));
    assertThat(doc.select("dl.facts").text()).contains("من تشغيل سابق");
    // In the timeline, the earlier run's article is marked, this run's is not.
    assertThat(doc.select("#timeline li")).hasSize(2);
    assertThat(doc.select("#timeline li").get(0).select(".badge.earlier").text()).isEqualTo("من تشغيل سابق");
    assertThat(doc.select("#timeline li").get(1).select(".badge.earlier")).isEmpty();
    Story alone = new Story("s2", "تفجير عسير", List.of("sabq-2"), List.of("سبق"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of());
    assertThat(Jsoup.parse(Pages.story(JsonMapping.story(alone), List.of(JsonMapping.article(now))))
        .select("dl.facts").text()).doesNotContain("من تشغيل سابق");
  }

  @Test
  void quotesShowTheirSpeakerAndCiteTheirArticlesEscaped() {
    ArticleResult a = new SampleData.Builder("q-1", "s1", Optional.of("عكاظ"), Optional.empty(), "تفجير عسير",
        List.of("فقرة")).build();
    Story s = new Story("s1", "تفجير عسير", List.of(a.id()), List.of("عكاظ"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        List.of(new org.naba.model.StoryQuote("لن نسمح بتكرار هذا العمل " + EVIL, Optional.of("وزير الداخلية"),
            List.of("q-1"))), List.of(), List.of(), List.of(), List.of(), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(JsonMapping.article(a))));
    assertThat(doc.select("#quotes q").text()).isEqualTo("لن نسمح بتكرار هذا العمل " + EVIL);
    assertThat(doc.select("#quotes .speaker").text()).isEqualTo("وزير الداخلية");
    assertThat(doc.select("#quotes a.cite").attr("href")).isEqualTo("#a-q-1");
    assertThat(doc.select("#quotes script, #quotes img")).isEmpty();
    // A story without quotes has no such section.
    Story none = new Story("s2", "تفجير عسير", List.of(a.id()), List.of("عكاظ"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of());
    assertThat(Jsoup.parse(Pages.story(JsonMapping.story(none), List.of(JsonMapping.article(a)))).select("#quotes"))
        .isEmpty();
  }

  @Test
  void entitiesAreListedByTypeWithTheirOtherSpellingsAndLinkToASearchEscaped() {
    ArticleResult a = new SampleData.Builder("e-1", "s1", Optional.of("عكاظ"), Optional.empty(), "قمة العشرين",
        List.of("فقرة")).build();
    Story s = new Story("s1", "قمة العشرين", List.of(a.id()), List.of("عكاظ"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(
            new org.naba.model.StoryEntity("هانغتشو", "LOC", List.of("هانغتشو", "هانجتشو"), 3, List.of("e-1")),
            new org.naba.model.StoryEntity("بوتين " + EVIL, "PERS", List.of("بوتين " + EVIL), 2, List.of("e-1"))), List.of(), List.of(), List.of(), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(JsonMapping.article(a))));
    // People come first, then places.
    assertThat(doc.select("#entities dt").eachText()).containsExactly("أشخاص", "أماكن");
    assertThat(doc.select("#entities a.entity").eachText()).containsExactly("بوتين " + EVIL, "هانغتشو");
    assertThat(doc.select("#entities a.entity").get(1).attr("href")).isEqualTo("/?entity=" + Html.queryPart("هانغتشو"));
    assertThat(doc.select("#entities .variants").text()).isEqualTo("(هانجتشو)");
    assertThat(doc.select("#entities script, #entities img")).isEmpty();
    // A story without entities has no such section.
    Story none = new Story("s2", "قمة العشرين", List.of(a.id()), List.of("عكاظ"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of());
    assertThat(Jsoup.parse(Pages.story(JsonMapping.story(none), List.of(JsonMapping.article(a)))).select("#entities"))
        .isEmpty();
  }

  @Test
  void outletsSideBySideAndTheirFiguresWithDisagreementsMarkedEscaped() {
    ArticleResult a = new SampleData.Builder("f-1", "s1", Optional.of("عكاظ"), Optional.empty(), "تفجير أبها",
        List.of("فقرة")).build();
    Instant t = Instant.parse("2015-08-06T10:00:00Z");
    Story s = new Story("s1", "تفجير أبها", List.of(a.id()), List.of("عكاظ", "سبق"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
        List.of(new org.naba.model.OutletReport("عكاظ", List.of("f-1"), Optional.of(t), "مقتل 15 " + EVIL,
                List.of(new org.naba.model.SummarySentence("انفراد " + EVIL, List.of("f-1")))),
            new org.naba.model.OutletReport("سبق", List.of("f-2"), Optional.empty(), "مقتل 13", List.of())),
        List.of(new org.naba.model.StoryFigure("killed", List.of(
            new org.naba.model.StoryFigure.Report("عكاظ", 15, "f-1", Optional.of(t)),
            new org.naba.model.StoryFigure.Report("سبق", 13, "f-2", Optional.empty())), true)), List.of(), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(JsonMapping.article(a))));
    assertThat(doc.select("#by-outlet .outlet-card h3").eachText()).containsExactly("عكاظ", "سبق");
    assertThat(doc.select("#by-outlet .headline").first().text()).startsWith("مقتل 15 " + EVIL);
    assertThat(doc.select("#by-outlet ul.exclusive li").text()).startsWith("انفراد " + EVIL);
    assertThat(doc.select("#figures th").text()).contains("القتلى").contains("تتباين الأرقام");
    assertThat(doc.select("#figures li b").eachText()).containsExactly("15", "13");
    // Times are elements, not escaped markup.
    assertThat(doc.select("#figures time, #by-outlet .outlet-card time")).hasSize(2);
    assertThat(doc.select("#by-outlet").text()).doesNotContain("<time");
    assertThat(doc.select("#by-outlet script, #by-outlet img, #figures script")).isEmpty();
  }

  @Test
  void theDevelopmentsDayByDayLinkTheirHeadlineToItsArticleEscaped() {
    ArticleResult a = new SampleData.Builder("d-1", "s1", Optional.of("عكاظ"), Optional.empty(), "تفجير أبها",
        List.of("فقرة")).build();
    Story s = new Story("s1", "تفجير أبها", List.of(a.id()), List.of("عكاظ"), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new org.naba.model.StoryDay(java.time.LocalDate.of(2015, 8, 6), 3, 2, "تفجير " + EVIL, "d-1"),
            new org.naba.model.StoryDay(java.time.LocalDate.of(2015, 8, 7), 1, 1, "داعش يتبنى", "d-1")), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(JsonMapping.article(a))));
    assertThat(doc.select("#days th time").eachAttr("datetime")).containsExactly("2015-08-06", "2015-08-07");
    assertThat(doc.select("#days th").eachText()).containsExactly("6 أغسطس 2015", "7 أغسطس 2015");
    assertThat(doc.select("#days td").get(0).text()).startsWith("تفجير " + EVIL);
    assertThat(doc.select("#days a.cite").attr("href")).isEqualTo("#a-d-1");
    assertThat(doc.select("#days td.muted").eachText()).containsExactly("3 مقالات، وسيلتان", "مقال واحد، وسيلة واحدة");
    assertThat(doc.select("#days script, #days img")).isEmpty();
  }

  @Test
  void keyPointsComeBeforeTheSummaryCitingTheirArticlesEscaped() {
    ArticleResult a = new SampleData.Builder("k-1", "s1", Optional.of("عكاظ"), Optional.empty(), "تفجير أبها",
        List.of("فقرة")).build();
    Story s = new Story("s1", "تفجير أبها", List.of(a.id()), List.of("عكاظ"), Optional.empty(), Optional.empty(),
        List.of(new org.naba.model.SummarySentence("جملة الملخص", List.of("k-1"))), Optional.empty(), Optional.empty(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new org.naba.model.SummarySentence("داعش يتبنى " + EVIL, List.of("k-1"))));
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(JsonMapping.article(a))));
    assertThat(doc.select("#key-points li").text()).startsWith("داعش يتبنى " + EVIL);
    assertThat(doc.select("#key-points a.cite").attr("href")).isEqualTo("#a-k-1");
    assertThat(doc.select("section").eachAttr("id")).containsSubsequence("key-points", "summary");
    assertThat(doc.select("#key-points script, #key-points img")).isEmpty();
  }

  @Test
  void onlyHttpSourceLinksAreFollowed() {
    ArticleResult ok = SampleData.articles().get(3);
    String html = Pages.story(JsonMapping.story(SampleData.stories().get(1)),
        List.of(withUrl(ok, "javascript:alert(1)"), JsonMapping.article(SampleData.articles().get(4))));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("details a").eachAttr("href"))
        .containsExactly("#", "/articles/" + SampleData.EARLIER_RUN_ID, "https://example.org/skynews-3");
  }

  private static ObjectNode withUrl(ArticleResult a, String url) {
    ObjectNode o = JsonMapping.article(a);
    o.put("url", url);
    return o;
  }

  @Test
  void aStoryPageListsItsStorylineAroundItselfEarliestFirst() {
    // Forty stories of the Yemen war, one a day; the page of the 31st shows the 25 nearest it, itself unlinked.
    List<StorySummaryRow> line = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      Instant t = Instant.parse("2015-07-01T08:00:00Z").plusSeconds(86_400L * i);
      line.add(new StorySummaryRow("yemen-" + i, "معارك في اليمن، اليوم " + i, List.of("عكاظ"), 3, Optional.of(t),
          Optional.of(t.plusSeconds(3_600)), Optional.of("yemen-1"), Optional.empty()));
    }
    Story s = new Story("yemen-31", "معارك في اليمن، اليوم 31", List.of("x"), List.of("عكاظ"), Optional.empty(),
        Optional.empty(), List.of(), Optional.of("yemen-1"), Optional.empty(), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(), line));
    assertThat(doc.select("dl.facts a[href=#storyline]").text()).isEqualTo("40 قصة");
    List<String> rows = doc.select("#storyline ol.storyline > li").eachText();
    assertThat(rows).hasSize(Pages.STORYLINE_SHOWN);
    assertThat(rows.get(0)).startsWith("معارك في اليمن، اليوم 16");
    assertThat(rows.get(rows.size() - 1)).startsWith("معارك في اليمن، اليوم 40");
    assertThat(doc.select("#storyline li.current").text()).startsWith("معارك في اليمن، اليوم 31");
    assertThat(doc.select("#storyline li.current a")).isEmpty();
    assertThat(doc.select("#storyline a.headline").first().attr("href")).isEqualTo("/stories/yemen-16");
    assertThat(doc.select("#storyline p.muted").eachText()).contains("وقبلها 15 قصة.");

    // Its storyline's other stories not given: no section, and the storyline's page linked by its id.
    Document alone = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of(), line.subList(30, 31)));
    assertThat(alone.getElementById("storyline")).isNull();
    assertThat(alone.select("dl.facts a[href=/storylines/yemen-1]").text()).isEqualTo("yemen-1");

    // A story that is its own storyline says so, not its id; stories merged into it are counted.
    Story first = new Story("yemen-1", "معارك في اليمن", List.of("x"), List.of("عكاظ"), Optional.empty(),
        Optional.empty(), List.of(), Optional.of("yemen-1"), Optional.empty(), List.of("yemen-7", "yemen-9"));
    Document own = Jsoup.parse(Pages.story(JsonMapping.story(first), List.of(), line.subList(0, 1)));
    assertThat(own.select("dl.facts").text()).contains("الخط القصصي هذه القصة وحدها").doesNotContain("yemen-1");
    assertThat(own.select("dl.facts").text()).contains("دُمجت معها قصتان yemen-7، yemen-9");
  }

  @Test
  void aListedStoryShowsWhatItIsAboutInALineCutAtAWord() {
    String longLead = "صرح المتحدث الأمني بوزارة الداخلية أنه أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة"
        + " عسير بأداء صلاة الظهر جماعة في مسجد مقر القوات، حدث تفجير في جموع المصلين نتج عنه استشهاد عشرة من منسوبي"
        + " القوات إضافة إلى ثلاثة من العاملين في الموقع وإصابة تسعة آخرين.";
    Optional<Instant> t = Optional.of(Instant.parse("2015-08-06T12:00:00Z"));
    List<StorySummaryRow> rows = List.of(
        new StorySummaryRow("abha", "تفجير مسجد قوات الطوارئ في عسير", List.of("عكاظ"), 746, t, t, Optional.empty(),
            t, List.of("عسير"), Optional.of(longLead)),
        new StorySummaryRow("short", "قصة قصيرة", List.of("عكاظ"), 1, t, t, Optional.empty(), Optional.empty(),
            List.of(), Optional.of("جملة واحدة قصيرة.")),
        new StorySummaryRow("none", "قصة بلا ملخص", List.of("عكاظ"), 1, t, t, Optional.empty(), Optional.empty()));
    Document doc = Jsoup.parse(Pages.storyList(new Pages.StoryList(rows, 1, 25, 3, StoryFilter.ALL, StoryOrder.LATEST,
        Map.of())));
    List<String> leads = doc.select("ol.stories > li p.lead").eachText();
    assertThat(leads).hasSize(2);
    assertThat(leads.get(0)).startsWith("صرح المتحدث الأمني").endsWith("…").hasSizeLessThanOrEqualTo(Pages.LEAD_CHARS + 1);
    assertThat(longLead).startsWith(leads.get(0).substring(0, leads.get(0).length() - 1));
    assertThat(leads.get(1)).isEqualTo("جملة واحدة قصيرة.");
    assertThat(doc.select("ol.stories > li").get(0).select(".badge.breaking")).hasSize(1);
  }

  @Test
  void قصة_مستمرة_من_تشغيل_سابق_تذكر_ذلك_في_القائمة() {
    Optional<Instant> t = Optional.of(Instant.parse("2018-05-14T12:00:00Z"));
    List<StorySummaryRow> rows = List.of(
        new StorySummaryRow("embassy", "افتتاح السفارة الأمريكية في القدس", List.of("CNN"), 197, t, t,
            Optional.empty(), t, List.of(), Optional.empty(), 182),
        new StorySummaryRow("new", "قصة اليوم", List.of("BBC"), 2, t, t, Optional.empty(), Optional.empty()),
        new StorySummaryRow("carried", "قصة الأمس", List.of("BBC"), 3, t, t, Optional.empty(), Optional.empty(),
            List.of(), Optional.empty(), 3));
    Document doc = Jsoup.parse(Pages.storyList(new Pages.StoryList(rows, 1, 25, 3, StoryFilter.ALL, StoryOrder.LATEST,
        Map.of())));
    assertThat(doc.select("ol.stories > li").get(0).select(".meta .earlier").text())
        .isEqualTo("منها 182 مقالاً من تشغيل سابق");
    assertThat(doc.select("ol.stories > li").get(1).select(".meta .earlier")).isEmpty();
    // A story carried whole from an earlier run's store: no news of it in this run.
    assertThat(doc.select("ol.stories > li").get(2).select(".meta .earlier").text()).isEqualTo("كلها من تشغيل سابق");
    assertThat(doc.select(".updated")).isEmpty();
    // The time the run served was made, where its run.json says it.
    Document updated = Jsoup.parse(Pages.storyList(new Pages.StoryList(rows, 1, 25, 3, StoryFilter.ALL,
        StoryOrder.LATEST, Map.of(), Optional.of(Instant.parse("2026-12-02T00:49:22Z")), true)));
    assertThat(updated.select(".heading .updated").text()).isEqualTo("حُدّثت 2 ديسمبر 2026، 00:49 ت.غ");
    // A store that carried stories offers its own ones alone; one that carried none does not.
    assertThat(updated.select("input[name=this_run]")).hasSize(1);
    assertThat(doc.select("input[name=this_run]")).isEmpty();
    StoryFilter own = new StoryFilter(Optional.empty(), false, Optional.empty(), 0, Optional.empty(), Optional.empty(),
        true);
    Document narrowed = Jsoup.parse(Pages.storyList(new Pages.StoryList(rows.subList(0, 2), 1, 25, 2, own,
        StoryOrder.LATEST, Map.of(), Optional.empty(), true)));
    assertThat(narrowed.select("input[name=this_run][checked]")).hasSize(1);
    assertThat(narrowed.select(".heading").text()).contains("قصتان من هذا التشغيل");
    assertThat(narrowed.select("link[rel=alternate]").attr("href")).isEqualTo("/feed.atom?this_run=1");
  }

  @Test
  void citationsOfArticlesNotInTheTimelineStillRender() {
    Story s = new Story("s1", "عنوان", List.of("missing"), List.of(), Optional.empty(), Optional.empty(),
        List.of(new SummarySentence("جملة.", List.of("missing"))), Optional.empty(), Optional.empty(), List.of());
    Document doc = Jsoup.parse(Pages.story(JsonMapping.story(s), List.of()));
    assertThat(doc.select("a.cite").text()).isEqualTo("؟");
  }

  @Test
  void storyListPagesLinkBothWaysAndKeepTheOutletFilter() {
    List<StorySummaryRow> rows = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      rows.add(new StorySummaryRow("s" + i, "قصة " + i, List.of("أ", "ب", "ج", "د", "هـ", "و"), 6,
          Optional.of(Instant.parse("2024-01-01T10:00:00Z")), Optional.of(Instant.parse("2024-01-02T10:00:00Z")),
          Optional.empty(), Optional.empty()));
    }
    String html = Pages.storyList(new Pages.StoryList(rows, 2, 25, 60, StoryFilter.outlet("الجزيرة نت"),
        StoryOrder.LATEST, Map.of("الجزيرة نت", 60)));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("a[rel=prev]").attr("href")).isEqualTo("/?page=1&outlet=%D8%A7%D9%84%D8%AC%D8%B2%D9%8A"
        + "%D8%B1%D8%A9%20%D9%86%D8%AA");
    assertThat(doc.select("a[rel=next]").attr("href")).startsWith("/?page=3&outlet=");
    assertThat(doc.select("nav.pager").text()).contains("صفحة 2 من 3");
    assertThat(doc.select("ol.stories > li")).hasSize(25);
    assertThat(doc.select(".outlets").first().text()).isEqualTo("أ، ب، ج، د و2 أخرى");
    assertThat(doc.select(".meta").first().text()).contains("من 1 يناير 2024، 10:00 ت.غ إلى 2 يناير 2024");

    Document last = Jsoup.parse(Pages.storyList(new Pages.StoryList(rows.subList(0, 10), 3, 25, 60,
        StoryFilter.ALL, StoryOrder.LATEST, Map.of())));
    assertThat(last.select("a[rel=next]")).isEmpty();
    assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo("/?page=2");
    assertThat(last.select("input[name=breaking]").hasAttr("checked")).isFalse();

    // Breaking stories only: said in the heading, ticked in the form, and kept by the pager.
    Document breaking = Jsoup.parse(Pages.storyList(new Pages.StoryList(rows, 2, 25, 60,
        new StoryFilter(Optional.empty(), true), StoryOrder.LATEST, Map.of("الجزيرة نت", 60))));
    assertThat(breaking.select(".heading").text()).contains("60 قصة عاجلة");
    assertThat(breaking.select("input[name=breaking]").hasAttr("checked")).isTrue();
    assertThat(breaking.select("a[rel=prev]").attr("href")).isEqualTo("/?page=1&breaking=1");

    // Several outlets, days and the widest first: said in the heading, set in the form, and kept by the pager.
    StoryFilter wide = new StoryFilter(Optional.empty(), false, Optional.empty(), 3,
        Optional.of(LocalDate.parse("2024-01-01")), Optional.of(LocalDate.parse("2024-01-02")));
    Document widest = Jsoup.parse(Pages.storyList(new Pages.StoryList(rows, 2, 25, 60, wide, StoryOrder.LARGEST,
        Map.of())));
    assertThat(widest.select(".heading").text()).contains("نقلتها 3 وسائل فأكثر منذ 1 يناير 2024 حتى 2 يناير 2024");
    assertThat(widest.select("input[name=min_outlets]").hasAttr("checked")).isTrue();
    assertThat(widest.select("input[name=min_outlets]").attr("value")).isEqualTo("3");
    assertThat(widest.select("input[name=from]").attr("value")).isEqualTo("2024-01-01");
    assertThat(widest.select("select[name=sort] option[selected]").attr("value")).isEqualTo("largest");
    assertThat(widest.select("a[rel=prev]").attr("href"))
        .isEqualTo("/?page=1&min_outlets=3&from=2024-01-01&to=2024-01-02&sort=largest");
    assertThat(last.select("input[name=min_outlets]").hasAttr("checked")).isFalse();
    assertThat(last.select("select[name=sort] option[selected]").attr("value")).isEqualTo("latest");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1, مقال واحد",
    "2, مقالان",
    "3, 3 مقالات",
    "10, 10 مقالات",
    "11, 11 مقالاً",
    "100, 100 مقالاً",
    "103, 103 مقالات",
  })
  void articleCountsAgreeWithTheirNumber(int n, String expected) {
    assertThat(Html.articleCount(n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "s-1, s-1",
    "a/b.html#2, a/b.html%232",
    "خبر عاجل, %D8%AE%D8%A8%D8%B1%20%D8%B9%D8%A7%D8%AC%D9%84",
    "a+b?c=d&e, a%2Bb%3Fc%3Dd%26e",
  })
  void idsArePercentEncodedForUrlsKeepingSlashes(String id, String encoded) {
    assertThat(Html.urlPart(id)).isEqualTo(encoded);
  }

  @Test
  void timesAreUtcWithArabicMonths() {
    assertThat(Html.time(Instant.parse("2024-12-31T23:05:00Z")))
        .isEqualTo("<time datetime=\"2024-12-31T23:05:00Z\">31 ديسمبر 2024، 23:05 ت.غ</time>");
    assertThat(Html.timeRange(Instant.parse("2024-05-01T06:00:00Z"), Instant.parse("2024-05-01T08:30:00Z")))
        .contains(">1 مايو 2024، من 06:00 إلى 08:30 ت.غ<");
    assertThat(Html.timeRange(Instant.parse("2024-05-01T06:00:00Z"), Instant.parse("2024-05-01T06:00:00Z")))
        .isEqualTo(Html.time(Instant.parse("2024-05-01T06:00:00Z")));
  }

  @Test
  void theOutletsPageHasACardPerOutletWithItsNamesIsolatedAndEscaped() throws Exception {
    com.fasterxml.jackson.databind.JsonNode outlets = JsonMapping.mapper().readTree("""
        [{"outlet":"عكاظ","articles":120,"stories":80,"shared_stories":40,"first_reports":10,"copies":2,
          "passages_from":{"<b>واس</b>":12,"الرياض":1},"passages_to":{}}]""");
    Document doc = Jsoup.parse(Pages.outlets(outlets));
    assertThat(doc.select("ol.outlets > li")).hasSize(1);
    assertThat(doc.select("ol.outlets a.headline").attr("href")).isEqualTo("/?outlet=" + Html.queryPart("عكاظ"));
    String card = doc.select("ol.outlets > li").text();
    assertThat(card).contains("سبقت إليها 10 قصص (25٪)", "نسخ كاملة من غيرها مقالان",
        "نقلت عن: <b>واس</b> (12 فقرة)، الرياض (فقرة واحدة)").doesNotContain("نقل عنها");
    assertThat(doc.select("ol.outlets bdi").eachText()).containsExactly("<b>واس</b>", "الرياض");
    assertThat(Jsoup.parse(Pages.outlets(JsonMapping.mapper().createArrayNode())).text())
        .contains("أعد naba run لإنشائه");
    assertThat(Jsoup.parse(Pages.outlets(outlets)).select("header nav a[href=/outlets]")).hasSize(1);
  }

  @Test
  void aStorylinesNamesAreItsStoriesNamesTakenTogether() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode first = (ObjectNode) m.readTree("{\"entities\":[{\"name\":\"بوتين\",\"type\":\"PERS\","
        + "\"variants\":[\"بوتين\"],\"articles\":[\"a\",\"b\"]},{\"name\":\"جنيف\",\"type\":\"LOC\","
        + "\"variants\":[\"جنيف\"],\"articles\":[\"a\"]}]}");
    ObjectNode second = (ObjectNode) m.readTree("{\"entities\":[{\"name\":\"بوتين\",\"type\":\"PERS\","
        + "\"variants\":[\"بوتين\",\"بوتن\"],\"articles\":[\"c\"]},{\"name\":\"فيينا\",\"type\":\"LOC\","
        + "\"variants\":[\"فيينا\"],\"articles\":[\"c\",\"d\"]}]}");
    JsonNode names = Pages.storylineNames(List.of(first, second), 2);
    assertThat(names).hasSize(2);
    assertThat(names.get(0).get("name").asText()).isEqualTo("بوتين");
    assertThat(names.get(0).get("articles")).extracting(JsonNode::asText).containsExactly("a", "b", "c");
    assertThat(names.get(0).get("variants")).extracting(JsonNode::asText).containsExactly("بوتين", "بوتن");
    assertThat(names.get(1).get("name").asText()).isEqualTo("فيينا");
  }
}
