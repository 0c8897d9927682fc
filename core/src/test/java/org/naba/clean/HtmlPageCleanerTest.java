package org.naba.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML cleaner's rules, one test each, on small Arabic pages, plus junk input. */
class HtmlPageCleanerTest {
  private static final String P1 = "لم تتوصل الولايات المتحدة وروسيا اليوم الأحد إلى اتفاق لإنهاء أكثر من خمس سنوات من الحرب الأهلية في سوريا.";
  private static final String P2 = "من المقرر أن تستمر المفاوضات اليوم الاثنين، بالرغم من أن الرئيس الأمريكي أعرب عن شكوكه في نجاح الدبلوماسية.";
  private static final String P3 = "وقال مسؤول بارز في وزارة الخارجية الأمريكية إن المحادثات تعثرت السبت عندما انسحبت روسيا من الاتفاق.";

  private static CleanArticle clean(String head, String body) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    CleanedPage page = new HtmlPageCleaner(new BoilerplateMemory())
        .clean(html, Optional.of("https://www.example.com/news/1"), "example.com", Optional.empty());
    assertThat(page.articles()).hasSize(1);
    return page.articles().getFirst();
  }

  private static final String ARTICLE =
      "<article><h1>محادثات أمريكية روسية بشأن سوريا</h1><p>" + P1 + "</p><h2>الوضع الإنساني في حلب</h2><p>" + P2
          + "</p><figure><img src=a.jpg><figcaption>أوباما وبوتين خلال القمة</figcaption></figure><p>" + P3
          + "</p></article>";

  @Test
  void aCaptionSetInAnElementOfItsOwnClassIsACaption() {
    CleanArticle a = clean("", "<article><h1>محادثات أمريكية روسية بشأن سوريا</h1><p>" + P1
        + "</p><div class=\"img-box\"><img src=a.jpg><div class=\"wp-caption-text\"><p>أوباما وبوتين خلال القمة</p></div>"
        + "</div><p>" + P2 + "</p></article>");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.captions()).containsExactly("أوباما وبوتين خلال القمة");
  }

  @Test
  void aPlaceholderTheCmsLeftInTheTextIsNoParagraph() {
    CleanArticle a = clean("", "<article><h1>محادثات أمريكية روسية بشأن سوريا</h1><p>" + P1 + "</p>$$ARTICLEAD$$<p>"
        + P2 + "</p><p>{{ad_slot}}</p><p>" + P3 + "</p></article>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  /** A page as Next.js's app router ships it: an empty shell, the body's HTML in a text row of the flight data. */
  private static String flightPage(String bodyHtml) throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    String rows = "1:I[69310,[],\"HydrationBoundary\"]\n24:T" + Integer.toHexString(NextFlight.utf8Length(bodyHtml))
        + "," + bodyHtml + "25:[\"$\",\"div\",null,{}]\n";
    // The rows arrive cut into pushes anywhere, even inside a text row.
    int cut = rows.length() / 2;
    return "<html><head><title>محادثات أمريكية روسية بشأن سوريا - صوت الأمة</title>"
        + "<meta property=\"og:site_name\" content=\"صوت الأمة\"></head><body><div id=root></div>"
        + "<script>self.__next_f.push([0])</script>"
        + "<script>self.__next_f.push([1," + json.writeValueAsString(rows.substring(0, cut)) + "])</script>"
        + "<script>self.__next_f.push([1," + json.writeValueAsString(rows.substring(cut)) + "])</script>"
        + "<script>self.__next_f.push([1,\"broken</script></body></html>";
  }

  @Test
  void aNextJsPagesBodyIsReadFromItsFlightData() throws Exception {
    String html = flightPage("<div class=\"caption\"><p>أوباما وبوتين خلال القمة</p></div><p class=\"editor-p\">" + P1
        + "</p><h3>الوضع الإنساني في حلب</h3><p class=\"editor-p\">" + P2 + "</p><p>" + P3 + "</p>");
    CleanedPage page = new HtmlPageCleaner(new BoilerplateMemory())
        .clean(html, Optional.of("https://www.example.com/news/1"), "example.com", Optional.empty());
    assertThat(page.articles()).hasSize(1);
    CleanArticle a = page.articles().getFirst();
    assertThat(a.title()).isEqualTo("محادثات أمريكية روسية بشأن سوريا");
    assertThat(a.paragraphs()).containsExactly(P1, "الوضع الإنساني في حلب", P2, P3);
    assertThat(a.captions()).containsExactly("أوباما وبوتين خلال القمة");
  }

  @Test
  void aFlightTextRowEndsAfterItsLengthInUtf8Bytes() {
    String arabic = "<p>" + P1 + "</p>";
    String rows = "24:T" + Integer.toHexString(NextFlight.utf8Length(arabic)) + "," + arabic + "25:T3,<p>x\n";
    assertThat(NextFlight.textRows(rows)).containsExactly(arabic, "<p>");
    assertThat(NextFlight.textRows("1:I[1,[],\"x\"]\n")).isEmpty();
  }

  @Test
  void titleFromOgTitleWithoutTheSiteName() {
    CleanArticle a = clean("<meta property=og:title content='محادثات أمريكية روسية بشأن سوريا | صوت الأمة'>", ARTICLE);
    assertThat(a.title()).isEqualTo("محادثات أمريكية روسية بشأن سوريا");
    assertThat(a.paragraphs()).containsExactly(P1, "الوضع الإنساني في حلب", P2, P3);
    assertThat(a.captions()).containsExactly("أوباما وبوتين خلال القمة");
  }

  @Test
  void aKickerInASpanOfItsOwnIsAWordApartInTheHeadline() {
    Element h1 = Jsoup.parseBodyFragment("<h1><span>عاجل</span>مقتل عشرة في <b>انفجار</b> بحلب</h1>").selectFirst("h1");
    assertThat(HtmlPageCleaner.headlineText(h1)).isEqualTo("عاجل مقتل عشرة في انفجار بحلب");
    // A word split by markup is rare in a headline, but markup between a word and its punctuation adds no space.
    Element quoted = Jsoup.parseBodyFragment("<h1>بوتين: <q>حققنا بعض التقارب</q>.</h1>").selectFirst("h1");
    assertThat(HtmlPageCleaner.headlineText(quoted)).isEqualTo("بوتين: حققنا بعض التقارب.");
    // A clitic before a link is written onto its word.
    Element linked = Jsoup.parseBodyFragment("<h1>قمة بين مصر و<a>السعودية</a> في <a>الرياض</a></h1>").selectFirst("h1");
    assertThat(HtmlPageCleaner.headlineText(linked)).isEqualTo("قمة بين مصر والسعودية في الرياض");
    assertThat(clean("", "<h1><span>فيديو</span>" + "محادثات أمريكية روسية بشأن سوريا</h1><p>" + P1 + "</p>").title())
        .isEqualTo("فيديو محادثات أمريكية روسية بشأن سوريا");
  }

  @Test
  void titleFallsBackToH1ThenTitleElement() {
    assertThat(clean("<title>عنوان الصفحة - الموقع</title>", ARTICLE).title()).isEqualTo("محادثات أمريكية روسية بشأن سوريا");
    assertThat(clean("<title>عنوان الصفحة الطويل - الموقع</title>", "<p>" + P1 + "</p><p>" + P2 + "</p>").title())
        .isEqualTo("عنوان الصفحة الطويل");
  }

  @Test
  void dateFromArticlePublishedTime() {
    CleanArticle a = clean("<meta property='article:published_time' content='2016-09-05T07:35:00+03:00'>", ARTICLE);
    assertThat(a.published()).contains(OffsetDateTime.of(2016, 9, 5, 7, 35, 0, 0, ZoneOffset.ofHours(3)));
  }

  @Test
  void dateAndAuthorFromJsonLd() {
    CleanArticle a = clean("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2016-09-05\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"أحمد علي\"}}</script>", ARTICLE);
    assertThat(a.published()).contains(OffsetDateTime.of(2016, 9, 5, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(a.author()).contains("أحمد علي");
  }

  @Test
  void dateFromTimeElement() {
    CleanArticle a = clean("", "<time datetime='2016-09-05T10:00:00Z'>الاثنين</time>" + ARTICLE);
    assertThat(a.published()).contains(OffsetDateTime.of(2016, 9, 5, 10, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void outletFromSiteNameElseHost() {
    assertThat(clean("<meta property=og:site_name content='صوت الأمة'>", ARTICLE).outlet()).contains("صوت الأمة");
    assertThat(clean("", ARTICLE).outlet()).contains("example.com");
  }

  @Test
  void microdataInTheBodyGivesDateAndAuthor() {
    // Meta tags and markup inside the article, as microdata puts them, count as those in <head> do.
    String body = "<article itemscope><meta itemprop=datePublished content='2016-09-05T07:35:00+03:00'>"
        + "<span itemprop=author itemscope><span itemprop=name>سامي الحربي</span></span>" + ARTICLE.substring(9);
    CleanArticle a = clean("", body);
    assertThat(a.published()).contains(OffsetDateTime.of(2016, 9, 5, 7, 35, 0, 0, ZoneOffset.ofHours(3)));
    assertThat(a.author()).contains("سامي الحربي");
    // A meta tag in <head> comes first; an empty one is passed over.
    CleanArticle b = clean("<meta name=author content=''><meta name=author content='هدى يوسف'>", body);
    assertThat(b.author()).contains("هدى يوسف");
  }

  @Test
  void widgetClassNamesSeparatedByAnyWhiteSpace() {
    // Two class names, a tab apart: the layout word of one ("row") does not clear the widget the other names.
    String other = "وفي سياق متصل، أعلنت الحكومة الأردنية اليوم عن حزمة جديدة من الإجراءات الاقتصادية لدعم الأسر.";
    java.util.function.Function<String, String> page = cls -> "<article><h1>محادثات أمريكية روسية بشأن سوريا</h1><p>"
        + P1 + "</p><div class='" + cls + "'><p>" + other + "</p></div><p>" + P2 + "</p></article>";
    assertThat(clean("", page.apply("row")).paragraphs()).containsExactly(P1, other, P2);
    assertThat(clean("", page.apply("row\tsocial-share")).paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void navigationLinkListsAndWidgetsAreDropped() {
    String nav = "<nav><a href=/1>الرئيسية</a><a href=/2>سياسة</a></nav>";
    String links = "<div><ul><li><a href=/a>أوباما يلتقي أردوغان على هامش قمة العشرين في الصين اليوم</a></li>"
        + "<li><a href=/b>كيري يصل إلى جنيف لبحث الأزمة السورية مع نظيره الروسي لافروف</a></li>"
        + "<li><a href=/c>الأمم المتحدة تدعو إلى هدنة إنسانية عاجلة في مدينة حلب المحاصرة</a></li></ul></div>";
    String share = "<div class='social-share'>شارك على فيسبوك. شارك على تويتر. أرسل إلى صديق عبر البريد الآن.</div>";
    CleanArticle a = clean("", nav + ARTICLE + share + links + "<footer>جميع الحقوق محفوظة</footer>");
    assertThat(a.paragraphs()).containsExactly(P1, "الوضع الإنساني في حلب", P2, P3);
  }

  @Test
  void junkInputNeverThrows() {
    HtmlPageCleaner cleaner = new HtmlPageCleaner(new BoilerplateMemory());
    String deep = "<div>".repeat(200_000) + P1 + "</div>".repeat(10);
    assertThat(cleaner.clean(deep, Optional.empty(), "d", Optional.empty())).isNotNull();
    Random r = new Random(3);
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = r.nextInt(5000); j > 0; j--) sb.append((char) r.nextInt(0x800));
      assertThat(cleaner.clean(sb.toString(), Optional.of("::not a url::"), "b", Optional.empty())).isNotNull();
    }
    String[] tags = {"<p>", "<a>", "<table>", "<td>", "<li>", "<h1>", "<figure>", "</div>", "<script>", "<!--"};
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = r.nextInt(300); j > 0; j--) {
        sb.append(r.nextBoolean() ? tags[r.nextInt(tags.length)] : P1.substring(0, r.nextInt(P1.length())));
      }
      assertThat(cleaner.clean(sb.toString(), Optional.empty(), "t", Optional.empty())).isNotNull();
    }
    assertThat(cleaner.clean("<script type='application/ld+json'>{broken</script><p>" + P1 + "</p>", Optional.empty(), "j",
        Optional.empty()).warnings()).anyMatch(w -> w.startsWith("unreadable JSON-LD"));
    assertThat(cleaner.clean("", Optional.empty(), "e", Optional.empty()).articles()).isEmpty();
  }

  @Test
  void proseInAnotherContainerAtTheEndIsCut() {
    String policy = "<div class=policy><p>ترحب الشبكة بالنقاش الحيوي والمفيد، وكي لا نضطر إلى مراجعة التعليقات قبل نشرها ننصحكم بمراجعة إرشادات الاستخدام.</p></div>";
    String body = "<div class=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("اليوم", "أمس") + "</p>"
        + "<p>" + P2.replace("اليوم", "غدا") + "</p>" + policy + "</div>";
    assertThat(clean("", body).paragraphs()).hasSize(5).noneMatch(p -> p.contains("ترحب"));
  }

  @Test
  void aggregatorCopyNamesTheOutletAndTheAggregatorIsVia() {
    CleanArticle a = clean("<meta property=og:site_name content='مصرس'>",
        "<h1>محادثات أمريكية روسية بشأن سوريا</h1><p>نشر في صوت الأمة يوم 05 - 09 - 2016</p><p>" + P1 + "</p><p>" + P2
            + "</p><p>" + P3 + "</p>");
    assertThat(a.outlet()).contains("صوت الأمة");
    assertThat(a.via()).contains("مصرس");
    assertThat(a.published()).map(OffsetDateTime::toLocalDate).contains(java.time.LocalDate.of(2016, 9, 5));
  }

  @Test
  void datelineAgencyIsACredit() {
    CleanArticle a = clean("", "<p>دمشق، سوريا (CNN) -- " + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(a.credits()).containsExactly("CNN");
  }

  @Test
  void scriptRenderedPageIsReadFromJsonLdArticleBody() {
    String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + P1 + "\\n" + P2
        + "\\n" + P3 + "\"}</script>";
    CleanArticle a = clean(ld + "<meta property=og:title content='محادثات أمريكية روسية'>", "<div id=app>تحميل…</div>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.title()).isEqualTo("محادثات أمريكية روسية");
  }

  @Test
  void ariaDialogsAndLandmarksAreNotText() {
    String dialog = "<div role=dialog><p>سجل الآن في النشرة البريدية لتصلك آخر الأخبار العاجلة والتحليلات يوميا على بريدك الإلكتروني مجانا.</p></div>";
    String aside = "<div role=complementary><p>الأكثر قراءة اليوم في الموقع: تفاصيل جديدة عن المحادثات الأمريكية الروسية بشأن سوريا.</p></div>";
    assertThat(clean("", dialog + ARTICLE + aside).paragraphs()).containsExactly(P1, "الوضع الإنساني في حلب", P2, P3);
  }
}
