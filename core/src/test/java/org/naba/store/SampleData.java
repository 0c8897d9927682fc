package org.naba.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.NearDuplicate;
import org.naba.model.Provenance;
import org.naba.model.Quote;
import org.naba.model.Story;
import org.naba.model.StoryEntity;
import org.naba.model.SummarySentence;

/**
 * A small Arabic run for store, index and web tests: three stories over six articles, with a duplicate, a near
 * duplicate, provenance, a quote, an undated article and ids holding {@code /} and {@code #} (as file-path ids do).
 */
public final class SampleData {
  public static final String GENEVA = "s-geneva";
  public static final String QUAKE = "s-quake";
  public static final String UNDATED = "s-undated";

  /** An article id shaped like a file path plus record index: it must survive URLs and HTML anchors. */
  public static final String PATH_ID = "aljazeera/2024/03/putin-obama.html#1";

  /** An article id read by an earlier run only. */
  public static final String EARLIER_RUN_ID = "earlier-run-9";

  private SampleData() {}

  public static List<ArticleResult> articles() {
    List<ArticleResult> out = new ArrayList<>();
    out.add(article(PATH_ID, GENEVA, "الجزيرة", "2024-03-01T09:00+03:00",
        "بوتين يلتقي أوباما في جنيف لبحث الأزمة السورية",
        List.of("التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في جنيف.",
            "وبحث الرئيسان الأزمة السورية وسبل وقف إطلاق النار في سوريا."))
        .quote(new Quote("نريد حلاً سياسياً", Optional.of("بوتين")))
        .build());
    out.add(article("bbc-1", GENEVA, "بي بي سي عربي", "2024-03-01T08:30Z",
        "قمة روسية أمريكية في جنيف",
        List.of("عقد اوباما وبوتين قمة في جنيف تناولت الملف السوري.",
            "وقال مسؤولون إن المحادثات كانت صريحة."))
        .provenance(new Provenance(0, PATH_ID, List.of()))
        .near(new NearDuplicate(PATH_ID, 0.62))
        .build());
    out.add(article("rt-1", GENEVA, "آر تي", "2024-03-01T10:15+03:00",
        "بوتين يلتقي أوباما في جنيف لبحث الأزمة السورية",
        List.of("التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في جنيف."))
        .duplicateOf(PATH_ID)
        .build());
    out.add(article("aa-7", QUAKE, "الأناضول", "2024-02-20T04:00+03:00",
        "زلزال بقوة ٦٫٢ درجة يضرب جنوب تركيا",
        List.of("ضرب زلزال بقوة 6.2 درجة جنوب تركيا فجر اليوم.", "ولم ترد أنباء عن إصابات <حتى الآن> & \"بحسب\" السلطات."))
        .build());
    out.add(article("skynews-3", QUAKE, "سكاي نيوز عربية", "2024-02-20T05:30+04:00",
        "هزة أرضية في تركيا وسوريا",
        List.of("شعر سكان شمال سوريا بهزة أرضية قوية."))
        // A paragraph first seen in an article of an earlier run (resumed): not in this run's store.
        .provenance(new Provenance(0, EARLIER_RUN_ID, List.of()))
        .build());
    out.add(new Builder("undated-1", UNDATED, Optional.empty(), Optional.empty(),
        "مقال بلا تاريخ", List.of("نص مقال لا يحمل تاريخ نشر."))
        .build());
    return out;
  }

  public static List<Story> stories() {
    return List.of(
        new Story(GENEVA, "بوتين وأوباما يلتقيان في جنيف",
            List.of(PATH_ID, "rt-1", "bbc-1"),
            List.of("الجزيرة", "بي بي سي عربي", "آر تي"),
            Optional.of(Instant.parse("2024-03-01T06:00:00Z")),
            Optional.of(Instant.parse("2024-03-01T08:30:00Z")),
            List.of(
                new SummarySentence("التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في جنيف.",
                    List.of(PATH_ID, "rt-1")),
                new SummarySentence("وقال مسؤولون إن المحادثات كانت صريحة.", List.of("bbc-1"))),
            Optional.of("line-russia-us"),
            Optional.of(Instant.parse("2024-03-01T06:05:00Z")),
            List.of("s-old-geneva"), List.of(), List.of(),
            List.of(new StoryEntity("بوتين", "PERS", List.of("بوتين", "بوتن", "فلاديمير بوتين"), 4,
                    List.of(PATH_ID, "rt-1")),
                new StoryEntity("جنيف", "LOC", List.of("جنيف"), 2, List.of(PATH_ID))), List.of(), List.of(),
            // One day of developments, with a headline as long as news writes them.
            List.of(new org.naba.model.StoryDay(java.time.LocalDate.of(2024, 3, 1), 2, 1,
                "بوتين يلتقي أوباما في جنيف لبحث \"الاستراتيجيات\" الأمريكية والروسية في سوريا", PATH_ID)),
            List.of()),
        new Story(QUAKE, "زلزال يضرب جنوب تركيا",
            List.of("aa-7", "skynews-3"),
            List.of("الأناضول", "سكاي نيوز عربية"),
            Optional.of(Instant.parse("2024-02-20T01:00:00Z")),
            Optional.of(Instant.parse("2024-02-20T01:30:00Z")),
            List.of(new SummarySentence("ضرب زلزال بقوة 6.2 درجة جنوب تركيا فجر اليوم.", List.of("aa-7"))),
            Optional.empty(), Optional.empty(), List.of()),
        new Story(UNDATED, "مقال بلا تاريخ",
            List.of("undated-1"), List.of(), Optional.empty(), Optional.empty(),
            List.of(new SummarySentence("نص مقال لا يحمل تاريخ نشر.", List.of("undated-1"))),
            Optional.empty(), Optional.empty(), List.of()));
  }

  private static Builder article(String id, String story, String outlet, String published, String title,
      List<String> paragraphs) {
    return new Builder(id, story, Optional.of(outlet), Optional.of(OffsetDateTime.parse(published)), title,
        paragraphs);
  }

  /** Builds one ArticleResult; only what the tests vary has a setter. */
  public static final class Builder {
    private final String id;
    private final String story;
    private final Optional<String> outlet;
    private final Optional<OffsetDateTime> published;
    private final String title;
    private final List<String> paragraphs;
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Provenance> provenance = new ArrayList<>();
    private final List<NearDuplicate> near = new ArrayList<>();
    private Optional<String> duplicateOf = Optional.empty();

    public Builder(String id, String story, Optional<String> outlet, Optional<OffsetDateTime> published,
        String title, List<String> paragraphs) {
      this.id = id;
      this.story = story;
      this.outlet = outlet;
      this.published = published;
      this.title = title;
      this.paragraphs = paragraphs;
    }

    public Builder quote(Quote q) {
      quotes.add(q);
      return this;
    }

    public Builder provenance(Provenance p) {
      provenance.add(p);
      return this;
    }

    public Builder near(NearDuplicate n) {
      near.add(n);
      return this;
    }

    public Builder duplicateOf(String original) {
      duplicateOf = Optional.of(original);
      return this;
    }

    public ArticleResult build() {
      Article a = new Article(id, "sample/" + id, Optional.of("https://example.org/" + id), outlet,
          Optional.empty(), published, title, paragraphs, "ar", Optional.of("مراسل"), List.of("وكالات"),
          List.of(), quotes, List.of(), published.map(p -> List.of(p.toLocalDate())).orElse(List.<LocalDate>of()),
          List.of());
      return new ArticleResult(a, story, duplicateOf, near, provenance);
    }
  }
}
