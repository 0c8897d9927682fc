package org.naba.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.cli.Main;
import org.naba.model.Article;
import org.naba.pipeline.Pipeline;
import org.naba.pipeline.Progress;
import org.naba.pipeline.RunResult;
import org.naba.pipeline.Settings;

/**
 * Reading and cleaning on Spark ({@code local[2]}: two executor threads, the shuffle and serialisation of a cluster)
 * give the articles, warnings and stories of a run on one machine.
 */
class SparkRunTest {
  /** A line each site prints on every page: boilerplate once three other pages of the site have shown it. */
  static final String REPEATED = "وكانت الجهات الرسمية قد أعلنت في وقت سابق عن برامج مماثلة في مدن أخرى خلال العام الماضي";

  private static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    spark = new JavaSparkContext(new SparkConf().setAppName("naba-test").setMaster("local[2]")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "localhost"));
    spark.setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.close();
  }

  /**
   * Two sites whose pages come interleaved over three WARC files, each page carrying the site's {@link #REPEATED} line:
   * a site's line becomes boilerplate once three other pages of it have shown it, so which pages keep it depends on
   * each site's pages being cleaned in input order, whichever executor reads their file.
   */
  @Test
  void sameArticlesAndWarningsAsOneMachine(@TempDir Path dir) throws IOException {
    Path in = corpus(dir.resolve("in"));
    Settings settings = Settings.defaults().withThreads(2);
    RunResult local = new Pipeline(settings, Progress.NONE).run(List.of(in.toString(), dir.resolve("nothing").toString()));
    RunResult cluster = new Pipeline(settings, Progress.NONE, new SparkReading(spark, 3))
        .run(List.of(in.toString(), dir.resolve("nothing").toString()));

    assertThat(articles(cluster)).isEqualTo(articles(local));
    assertThat(cluster.warnings().kept()).isEqualTo(local.warnings().kept());
    assertThat(cluster.counts()).containsEntry("read", local.counts().get("read"))
        .containsEntry("inputs_opened", 1L).containsEntry("stories", local.counts().get("stories"));
    assertThat(cluster.stories()).isEqualTo(local.stories());

    // The premise: the line is kept on each site's first pages and cut from its later ones.
    List<Article> siteA = articles(local).stream().filter(a -> a.url().orElse("").contains("a.example")).toList();
    assertThat(siteA).hasSize(6);
    assertThat(siteA.getFirst().text()).contains(REPEATED);
    assertThat(siteA.getLast().text()).doesNotContain(REPEATED);
    // A repeated id and a bad record are reported, with their source.
    assertThat(local.warnings().kept()).extracting(w -> w.reason()).contains("duplicate-id", "bad-json", "missing");
  }

  /** The pages, feeds and WARC files of the shared data, when present. */
  @Test
  void sharedFixturesAsOnOneMachine() {
    Path shared = Path.of("../../shared/data");
    Assumptions.assumeTrue(Files.isDirectory(shared.resolve("warc")) && Files.isDirectory(shared.resolve("pages")),
        "../shared/data is absent: the shared WARC and page fixtures are not compared");
    List<String> inputs = List.of(shared.resolve("warc").toString(), shared.resolve("pages/seeds").toString(),
        shared.resolve("pages/arabic-gold").toString());
    Settings settings = Settings.defaults().withThreads(2);
    RunResult local = new Pipeline(settings, Progress.NONE).run(inputs);
    RunResult cluster = new Pipeline(settings, Progress.NONE, new SparkReading(spark, 4)).run(inputs);
    assertThat(articles(cluster)).hasSizeGreaterThan(10).isEqualTo(articles(local));
    assertThat(cluster.warnings().kept()).isEqualTo(local.warnings().kept());
    assertThat(cluster.stories()).isEqualTo(local.stories());
  }

  @Test
  void standardInputIsRefusedWithAWarning() {
    RunResult r = new Pipeline(Settings.defaults(), Progress.NONE, new SparkReading(spark, 2)).run(List.of("-"));
    assertThat(r.counts()).containsEntry("read", 0L);
    assertThat(r.warnings().kept()).singleElement().satisfies(w -> {
      assertThat(w.source()).isEqualTo("-");
      assertThat(w.message()).contains("standard input");
    });
  }

  private static List<Article> articles(RunResult r) {
    return r.articles().stream().map(a -> a.article()).toList();
  }

  /** Three WARC files of two sites' pages, interleaved, and a JSONL feed with a repeated id and a broken line. */
  static Path corpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    String[] subjects = {"الحكومة تعلن خطة جديدة للنقل العام في العاصمة", "افتتاح معرض الكتاب الدولي بمشاركة واسعة",
        "ارتفاع أسعار النفط في الأسواق العالمية اليوم", "المنتخب يفوز في مباراة ودية استعدادا للبطولة",
        "وزارة الصحة تطلق حملة تطعيم وطنية للأطفال", "انطلاق موسم الحصاد في المناطق الزراعية الشمالية"};
    int page = 0;
    for (int file = 0; file < 3; file++) {
      StringBuilder warc = new StringBuilder();
      for (int k = 0; k < 4; k++, page++) {
        String site = page % 2 == 0 ? "a.example" : "b.example";
        String subject = subjects[page / 2];
        String html = "<html><head><title>" + subject + "</title></head><body>"
            + "<article><h1>" + subject + "</h1>"
            + "<p>" + subject + "، وقال مسؤولون إن العمل سيبدأ خلال الأسابيع المقبلة بعد استكمال الإجراءات اللازمة"
            + " كلها، وإن المرحلة الأولى تشمل عددا من المناطق.</p>"
            + "<p>وأضاف المسؤولون أن التكلفة الإجمالية تبلغ " + (page + 1) * 120 + " مليون، وأن الجهات المعنية"
            + " ستتابع التنفيذ وتنشر تقارير دورية عن سير العمل في كل مرحلة من مراحله.</p>"
            + "<p>" + REPEATED + (site.startsWith("a") ? " في الشمال" : " في الجنوب") + ".</p>"
            + "</article></body></html>";
        warc.append(response("https://" + site + "/news/2018/04/0" + (1 + page / 4) + "/" + page, html));
      }
      Files.writeString(dir.resolve("crawl-" + file + ".warc"), warc, StandardCharsets.UTF_8);
    }
    String record = "{\"id\":\"r-1\",\"url\":\"https://c.example/r-1\",\"outlet\":\"c.example\","
        + "\"published\":\"2018-04-02T09:00:00Z\",\"title\":\"%s\",\"text\":\"%s\"}\n";
    String text = "قال المتحدث باسم الوزارة إن الاجتماع ناقش الخطة الجديدة للنقل العام وسبل تمويلها خلال العام المقبل";
    Files.writeString(dir.resolve("feed.jsonl"), String.format(Locale.ROOT, record, "اجتماع لبحث خطة النقل", text)
        + "{broken\n" + String.format(Locale.ROOT, record, "نسخة بالمعرف نفسه", text), StandardCharsets.UTF_8);
    return dir;
  }

  private static String response(String url, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    int length = http.getBytes(StandardCharsets.UTF_8).length + body.length;
    List<String> headers = new ArrayList<>(List.of("WARC/1.0", "WARC-Type: response",
        "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">",
        "WARC-Date: 2018-04-02T08:00:00Z", "WARC-Target-URI: " + url,
        "Content-Type: application/http; msgtype=response", "Content-Length: " + length));
    return String.join("\r\n", headers) + "\r\n\r\n" + http + html + "\r\n\r\n";
  }
}
