package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.model.SummarySentence;
import org.naba.text.TextNormalizer;

class SummarizerTest {
  private static final Instant T = Instant.parse("2016-09-05T10:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "قال أوباما. وأضاف بوتين!|2",
    "هل اتفقا؟ لم يتفقا بعد.|2",
    "ارتفع المؤشر 3.5 في المئة اليوم.|1",
    "قال د. محمد إن الاجتماع انتهى.|1",
    "وقال: \"لن نتعجل في ذلك.\" ثم غادر.|2",
    "انتهى الاجتماع.\u00A0وأضاف الوزير أن المحادثات ستستمر.|2",
  })
  void splitsSentencesOnArabicAndLatinMarks(String text, int count) {
    assertThat(Sentences.split(text)).hasSize(count);
  }

  @Test
  void everySentenceCitesTheArticlesThatCarryIt() {
    String shared = "اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين على مواصلة البحث عن مسار لإيصال المساعدات إلى حلب.";
    List<SummaryInput> members = List.of(
        new SummaryInput("a", "alhurra", T, "أوباما وبوتين يتفقان على مواصلة المحادثات",
            List.of(shared + " وجاء ذلك على هامش قمة مجموعة العشرين في هانغتشو الصينية يوم الاثنين."), false),
        new SummaryInput("b", "alyaum", T.plusSeconds(3600), "محادثات أمريكية روسية بشأن سوريا",
            List.of(shared + " وقال مسؤول أمريكي إن المحادثات ستستأنف في وقت لاحق هذا الأسبوع على الأرجح."), false),
        new SummaryInput("c", "sawtalomma", T.plusSeconds(7200), "قمة العشرين: لا اتفاق بشأن سوريا",
            List.of("لم تتوصل الولايات المتحدة وروسيا إلى اتفاق لإنهاء الحرب في سوريا رغم ساعات من التفاوض في الصين."), false));
    StorySummary s = new Summarizer(3).summarize(members);
    assertThat(s.headline()).isNotBlank();
    assertThat(s.sentences()).isNotEmpty().allSatisfy(sentence -> assertThat(sentence.articles()).isNotEmpty());
    assertThat(s.sentences()).anySatisfy(sentence -> {
      assertThat(sentence.text()).contains("فلاديمير بوتين");
      assertThat(sentence.articles()).contains("a", "b");
    });
  }

  private static final String WITHDRAWAL =
      "أعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي مع إيران وإعادة فرض العقوبات على طهران.";
  private static final String WITHDRAWAL_TITLE = "ترامب يعلن انسحاب بلاده من الاتفاق النووي مع إيران";

  @Test
  void opensWithWhatTheHeadlineSaysThenFollowsTheOrderOfReports() {
    String oil = "تراجعت أسعار النفط في الأسواق العالمية صباح الثلاثاء مع ترقب المستثمرين لقرار الرئيس الأمريكي بشأن الاتفاق.";
    List<SummaryInput> members = List.of(
        new SummaryInput("a", "skynews", T, "أسعار النفط تتراجع قبل قرار ترامب", List.of(oil), false),
        new SummaryInput("b", "france24", T.plusSeconds(7200), WITHDRAWAL_TITLE, List.of(WITHDRAWAL), false),
        new SummaryInput("c", "bbc", T.plusSeconds(9000), "ترامب يعلن الانسحاب من الاتفاق النووي مع إيران",
            List.of("أعلن الرئيس الأمريكي ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران في خطاب من البيت الأبيض."),
            false));
    StorySummary s = new Summarizer(3).summarize(members);
    assertThat(s.headline()).contains("انسحاب");
    // The markets' wait, reported first, no longer opens the story: the announcement does, and the wait follows.
    assertThat(s.sentences()).extracting(SummarySentence::text).hasSizeGreaterThanOrEqualTo(2);
    assertThat(s.sentences().get(0).text()).contains("انسحاب").doesNotContain("النفط");
    assertThat(s.sentences()).extracting(SummarySentence::text).contains(oil);
  }

  @Test
  void keepsTheOrderOfReportsWhenTheFirstAlreadySaysWhatTheHeadlineSays() {
    String rouhani = "قال الرئيس الإيراني حسن روحاني إن بلاده ستبقى ملتزمة بالاتفاق النووي رغم انسحاب الولايات المتحدة منه.";
    List<SummaryInput> members = List.of(
        new SummaryInput("a", "france24", T, WITHDRAWAL_TITLE, List.of(WITHDRAWAL), false),
        new SummaryInput("b", "bbc", T.plusSeconds(3600), "ترامب يعلن الانسحاب من الاتفاق النووي مع إيران",
            List.of(rouhani), false));
    StorySummary s = new Summarizer(3).summarize(members);
    assertThat(s.sentences()).extracting(SummarySentence::text).containsExactly(WITHDRAWAL, rouhani);
  }

  @Test
  void eachOutletSideBySideWithWhatOnlyItReported() {
    String shared = "اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين على مواصلة البحث عن مسار لإيصال المساعدات إلى حلب.";
    String onlyHurra = "وجاء ذلك على هامش قمة مجموعة العشرين في مدينة هانغتشو الصينية يوم الاثنين الماضي.";
    String onlyYaum = "وقال مسؤول أمريكي إن المحادثات ستستأنف في وقت لاحق هذا الأسبوع على الأرجح في جنيف.";
    // The third outlet says what the first does, later in its article and in other words order: not exclusive.
    String paraphrase = "على هامش قمة مجموعة العشرين يوم الاثنين الماضي في مدينة هانغتشو الصينية جاء ذلك.";
    List<SummaryInput> members = List.of(
        new SummaryInput("a", "alhurra", T, "أوباما وبوتين يتفقان على مواصلة المحادثات", List.of(shared + " " + onlyHurra), false),
        new SummaryInput("b", "alyaum", T.plusSeconds(3600), "محادثات أمريكية روسية بشأن سوريا", List.of(shared + " " + onlyYaum), false),
        new SummaryInput("b2", "alyaum", T.plusSeconds(7200), "محادثات أمريكية روسية بشأن سوريا", List.of(shared), true),
        new SummaryInput("c", "sawt", T.plusSeconds(9000), "لا اتفاق بشأن سوريا",
            List.of(shared, "فقرة ثانية عن الحرب في سوريا وما يجري فيها.", "فقرة ثالثة.", "فقرة رابعة.", "فقرة خامسة.",
                "فقرة سادسة.", "فقرة سابعة.", paraphrase), false));
    StorySummary s = new Summarizer(3).summarize(members);
    assertThat(s.outlets()).extracting(org.naba.model.OutletReport::outlet).containsExactly("alhurra", "alyaum", "sawt");
    org.naba.model.OutletReport yaum = s.outlets().get(1);
    assertThat(yaum.articles()).containsExactly("b", "b2");
    assertThat(yaum.firstSeen()).contains(T.plusSeconds(3600));
    assertThat(yaum.headline()).isEqualTo("محادثات أمريكية روسية بشأن سوريا");
    // Shown alone, without the conjunction that tied it to the sentence before.
    assertThat(yaum.exclusive()).extracting(SummarySentence::text).containsExactly(onlyYaum.substring(1));
    assertThat(s.outlets().get(0).exclusive()).isEmpty(); // its second sentence is in sawt's article too
    // A story of one outlet has no side-by-side.
    assertThat(new Summarizer(3).summarize(members.subList(1, 3)).outlets()).isEmpty();
  }

  @Test
  void aStoryOfOneShortArticleStillGetsAHeadlineAndASummary() {
    StorySummary s = new Summarizer(3).summarize(
        List.of(new SummaryInput("a", "x", T, "", List.of("عاجل: زلزال"), false)));
    assertThat(s.headline()).isEqualTo("عاجل: زلزال");
    assertThat(s.sentences()).singleElement().satisfies(x -> assertThat(x.articles()).containsExactly("a"));
  }

  @Test
  void aLoneArticleWhoseTextIsANameLineIsSummarisedByItsTitle() {
    // All a crawl kept of the page is the name under its photo.
    StorySummary s = new Summarizer(3).summarize(List.of(new SummaryInput("a", "x", T,
        "الرئاسة العامة لرعاية الشباب تدشن برنامج اصنع بسمة", List.of("د. منصور المنصور"), false)));
    assertThat(s.sentences()).singleElement()
        .satisfies(x -> assertThat(x.text()).isEqualTo("الرئاسة العامة لرعاية الشباب تدشن برنامج اصنع بسمة"));
  }

  @Test
  void aSummarySentenceIsShownWithoutItsDateline() {
    String lead = "قال ولي العهد السعودي الأمير محمد بن سلمان إن بلاده ستطور قنبلة نووية إذا طورت إيران واحدة.";
    List<SummaryInput> members = List.of(
        new SummaryInput("a", "CNN", T, "ولي العهد السعودي: سنطور قنبلة نووية إذا طورتها إيران",
            List.of("هذا المقال بقلم محرر الشؤون الخليجية ولا يعكس بالضرورة رأي الشبكة.",
                "دبي، الإمارات العربية المتحدة (CNN)-- " + lead), false),
        new SummaryInput("b", "skynews", T.plusSeconds(3600), "محمد بن سلمان: سنرد بالمثل",
            List.of(lead + " وجاء ذلك في مقابلة تلفزيونية."), false));
    StorySummary s = new Summarizer(3).summarize(members);
    assertThat(s.sentences()).isNotEmpty().noneSatisfy(x -> assertThat(x.text()).contains("CNN"));
    assertThat(s.sentences()).anySatisfy(x -> assertThat(x.articles()).contains("a", "b"));
  }

  @Test
  void oneCondemnationAmongTheFirstPicksAndTheEventsFactsBesideIt() {
    // Each condemnation restates the event in the story's words, so each is among its most central sentences.
    // Each condemnation restates the event in the story's words, so each is among its most central sentences, and
    // each says it in its own way, so none repeats another.
    String event = "التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة بعسير أثناء صلاة الظهر";
    List<String> condemnations = List.of(
        "أدانت دولة الكويت واستنكرت بشدة " + event + " مؤكدة تضامنها الكامل مع المملكة العربية السعودية ووقوفها"
            + " إلى جانبها في كل ما تتخذه من إجراءات لحفظ أمنها واستقرارها.",
        "أدان وزير الخارجية الإماراتي بأشد العبارات " + event + " واصفا إياه بالعمل الجبان الذي لا يمت إلى الإسلام"
            + " والأخلاق بصلة وداعيا المجتمع الدولي إلى تجفيف منابع التطرف.",
        "أدانت الأمانة العامة لمجلس التعاون " + event + " وقالت في بيان إن هذا العمل الإجرامي يستهدف زعزعة"
            + " الأمن في المنطقة ويتنافى مع كل القيم الإنسانية والدينية.",
        "شجب وزير العدل " + event + " وقال إن مرتكبيه سينالون جزاءهم العادل وإن القضاء سيتعامل بحزم مع كل من"
            + " يثبت تورطه في هذه الجريمة النكراء.");
    List<SummaryInput> members = new java.util.ArrayList<>();
    for (int i = 0; i < condemnations.size(); i++) {
      members.add(new SummaryInput("r" + i, "outlet" + i, T.plusSeconds(600 * i), "إدانة تفجير مسجد الطوارئ في عسير",
          List.of(condemnations.get(i)), false));
    }
    members.add(new SummaryInput("e1", "alwatan", T.plusSeconds(7200), "تفجير مسجد قوات الطوارئ في عسير",
        List.of("فجر انتحاري نفسه داخل مسجد في مقر قوات الطوارئ الخاصة بمنطقة عسير أثناء صلاة الظهر ما أسفر عن"
            + " استشهاد عشرة من منسوبي القوات وثلاثة من العاملين.",
            "وأعلن تنظيم داعش مسؤوليته عن التفجير في بيان نشره على مواقع التواصل الاجتماعي."), false));
    members.add(new SummaryInput("e2", "okaz", T.plusSeconds(7800), "أمير عسير يزور موقع تفجير مسجد الطوارئ",
        List.of("وقف أمير المنطقة على موقع الحادث وزار المصابين في المستشفى واطمأن على حالتهم الصحية.",
            "وكشفت وزارة الداخلية هوية الانتحاري الذي فجر نفسه داخل المسجد."), false));
    StorySummary s = new Summarizer(3).summarize(members);
    assertThat(s.sentences()).hasSize(3);
    assertThat(s.sentences()).filteredOn(x -> Reactions.isReaction(x.text())).hasSize(1);
    // More picks than the event has facts: the other condemnations fill the rest.
    assertThat(new Summarizer(8).summarize(members).sentences())
        .filteredOn(x -> Reactions.isReaction(x.text())).hasSizeGreaterThan(1);
  }

  @Test
  void whatWasExpectedGivesWayToWhatHappenedOnceLaterReportsAreIn() {
    // The eve of a decision, carried by two outlets in the story's own words, then the decision reported by one: the
    // eve scores highest, yet the summary opens with the decision.
    SummaryInput eve = new SummaryInput("eve", "cnn", T, "ترامب يعلن قراره بشأن الاتفاق النووي الإيراني اليوم",
        List.of("سيعلن الرئيس الأمريكي دونالد ترامب اليوم الثلاثاء قراره بشأن انسحاب الولايات المتحدة من الاتفاق"
            + " النووي مع إيران وإعادة فرض العقوبات على طهران."), false);
    SummaryInput eve2 = new SummaryInput("eve2", "skynews", T.plusSeconds(3600), "ترامب يعلن اليوم قراره بشأن الاتفاق",
        List.of("سيعلن الرئيس الأمريكي دونالد ترامب الثلاثاء قراره بشأن انسحاب الولايات المتحدة من الاتفاق النووي"
            + " مع إيران وإعادة العقوبات على طهران."), false);
    SummaryInput decision = new SummaryInput("a", "france24", T.plusSeconds(9 * 3600), "ترامب ينسحب من الاتفاق",
        List.of("أعلن الرئيس الأمريكي دونالد ترامب مساء الثلاثاء انسحاب بلاده من الاتفاق النووي مع إيران."), false);
    List<SummaryInput> members = List.of(eve, eve2, decision);
    StorySummary after = new Summarizer(1).summarize(members);
    assertThat(after.sentences()).hasSize(1);
    assertThat(after.sentences().get(0).articles()).containsExactly("a");
    // With room to spare, still: the expectation says in other tense what the decision says, so it adds nothing.
    assertThat(new Summarizer(3).summarize(members).sentences()).extracting(x -> x.articles().get(0))
        .containsExactly("a");
    // Before the decision is reported (the reports within hours of each other), the expectation is the news.
    assertThat(new Summarizer(1).summarize(List.of(eve, eve2)).sentences())
        .singleElement().satisfies(x -> assertThat(Anticipations.isAnticipation(x.text())).isTrue());
  }

  @Test
  void aSentenceThatLeansOnTheOneBeforeItIsPickedOnlyAfterThoseThatStandAlone() {
    // Two outlets open with the same "that came during …" sentence, the story's most central one; alone it does
    // not say what came.
    String leaning = "جاء ذلك خلال لقاء الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي اليوم.";
    List<SummaryInput> members = List.of(
        new SummaryInput("a", "cnn", T, "قمة ترامب وبوتين في هلسنكي",
            List.of(leaning, "قال ترامب إن لقاءه مع بوتين في هلسنكي كان بداية جيدة للعلاقات بين البلدين."), false),
        new SummaryInput("b", "bbc", T.plusSeconds(600), "ترامب وبوتين يلتقيان في هلسنكي",
            List.of(leaning, "التقى الرئيسان في القصر الرئاسي في هلسنكي لأكثر من ساعتين بحضور المترجمين فقط."), false));
    List<SummarySentence> one = new Summarizer(1).summarize(members).sentences();
    assertThat(one).singleElement().satisfies(x -> assertThat(x.text()).doesNotStartWith("جاء ذلك"));
    // With room, it comes after them.
    List<SummarySentence> all = new Summarizer(5).summarize(members).sentences();
    assertThat(all).anySatisfy(x -> assertThat(x.text()).startsWith("جاء ذلك"));
  }

  /** The Abha bombing's statement: one sentence of 80 words, its first clauses the event. */
  private static final String LONG_LEAD = "صرح المتحدث الأمني بوزارة الداخلية أنه أثناء قيام مجموعة من منسوبي قوات"
      + " الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر جماعة في مسجد مقر القوات، حدث تفجير في جموع المصلين نتج عنه"
      + " استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع وإصابة تسعة آخرين ، ثلاثة منهم"
      + " إصاباتهم بالغة ، كما عثر في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة ، ولا يزال الحادث محل"
      + " متابعة الجهات الأمنية المختصة ، والله الهادي إلى سواء السبيل.";

  @Test
  void aLeadTooLongToQuoteIsCutAfterItsLastClauseThatFits() {
    assertThat(TextNormalizer.countTokens(LONG_LEAD)).isGreaterThan(70);
    String cut = Sentences.shortened(LONG_LEAD, 70).orElseThrow();
    assertThat(cut).startsWith("صرح المتحدث الأمني").endsWith("ناتجة عن تفجير بأحزمة ناسفة.")
        .contains("استشهاد عشرة");
    assertThat(TextNormalizer.countTokens(cut)).isLessThanOrEqualTo(70);
    String shorter = Sentences.shortened(LONG_LEAD, 50).orElseThrow();
    assertThat(shorter).contains("استشهاد عشرة").endsWith(".");
    assertThat(TextNormalizer.countTokens(shorter)).isBetween(25, 50);
    // No comma where a cut keeps half the words or more, or a comma inside a quotation: nothing to cut.
    assertThat(Sentences.shortened("قال الوزير «إن الحادث، وهو الأول من نوعه، لن يمر» ثم غادر", 6)).isEmpty();
  }

  @Test
  void aStorysStatementWrittenAsOneLongLeadIsQuotedByItsFirstClauses() {
    List<SummaryInput> members = List.of(
        new SummaryInput("spa", "alyaum", T, "استشهاد عشرة من منسوبي قوات الطوارئ في تفجير مسجد بعسير",
            List.of(LONG_LEAD), false),
        new SummaryInput("b", "okaz", T.plusSeconds(900), "تفجير انتحاري في مسجد قوات الطوارئ بعسير",
            List.of(LONG_LEAD.replace("صرح", "وأوضح")), false));
    assertThat(new Summarizer(3).summarize(members).sentences())
        .anySatisfy(x -> assertThat(x.text()).contains("استشهاد عشرة").doesNotContain("والله الهادي"));
  }

  @Test
  void anEmptyStoryIsAProgrammerError() {
    assertThatThrownBy(() -> new Summarizer(3).summarize(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prefixFilteringFindsTheSameCarriersAsComparingEveryPair() {
    // Random sentences over a small vocabulary, so that many pairs reach Jaccard 0.5 and many fall just short.
    java.util.Random r = new java.util.Random(5);
    for (int round = 0; round < 50; round++) {
      int n = 2 + r.nextInt(60);
      List<int[]> words = new java.util.ArrayList<>();
      List<String> outlets = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        for (int k = r.nextInt(12); k > 0; k--) set.add(r.nextInt(25));
        words.add(set.stream().mapToInt(Integer::intValue).toArray());
        outlets.add("منفذ" + r.nextInt(6));
      }
      int[] df = new int[25];
      for (int i = 0; i < df.length; i++) df[i] = r.nextInt(10);
      List<java.util.Set<String>> fast = Summarizer.carriers(words, outlets, w -> df[w]);
      for (int i = 0; i < n; i++) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (int j = 0; j < n; j++) {
          int[] a = words.get(i);
          int[] b = words.get(j);
          if (Math.min(a.length, b.length) >= 0.5 * Math.max(a.length, b.length) && Summarizer.jaccard(a, b) >= 0.5) {
            all.add(outlets.get(j));
          }
        }
        assertThat(fast.get(i)).as("round %d, sentence %d", round, i).isEqualTo(all);
      }
    }
  }
}
