package org.naba.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.model.ArticleResult;

class SearchIndexTest {
  @TempDir Path dir;
  private List<ArticleResult> articles;

  @BeforeEach
  void build() {
    articles = new ArrayList<>(SampleData.articles());
    articles.add(doc("persian-1", "انفجار في كركوك", "وقع انفجار في مدينة كركوك."));
    articles.add(doc("yeh-1", "مستشفى جديد", "افتتح مستشفى في المدينة."));
    SearchIndex.build(dir, articles);
  }

  /** The index opened over the articles it was built from, as a run's store holds them. */
  private SearchIndex open() {
    return SearchIndex.open(dir, id -> articles.stream().filter(a -> a.id().equals(id)).findFirst()
        .map(a -> new SearchIndex.Stored(a.story(), a.article().text())));
  }

  /** An index of {@code docs} in a directory of its own, opened over them as a run's store holds them. */
  private SearchIndex indexOf(String name, List<ArticleResult> docs, SearchIndex.Spellings spellings) {
    Path other = dir.resolve(name);
    SearchIndex.build(other, docs);
    return SearchIndex.open(other, id -> docs.stream().filter(d -> d.id().equals(id)).findFirst()
        .map(d -> new SearchIndex.Stored("s", d.article().text())), spellings);
  }

  private static ArticleResult doc(String id, String title, String text) {
    return new SampleData.Builder(id, "s-" + id, Optional.of("وكالة"), Optional.empty(), title, List.of(text))
        .build();
  }

  private List<String> ids(String query) {
    try (SearchIndex index = open()) {
      return index.search(query, 10).stream().map(SearchHit::articleId).toList();
    }
  }

  /** One row per folding or stemming rule: the query spelling, and an article written with the other spelling. */
  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    "اوباما, bbc-1", // bare alef finds أوباما (and the text's own اوباما)
    "أوباما, bbc-1", // and hamza finds the bare alef
    "إوباما, bbc-1", // alef with hamza below
    "سورية, aljazeera/2024/03/putin-obama.html#1", // teh marbuta and the article: السورية
    "السوريه, aljazeera/2024/03/putin-obama.html#1", // heh for teh marbuta
    "سوريا, aljazeera/2024/03/putin-obama.html#1", // -يا meets -ية (YaSuffixFilter)
    "کرکوک, persian-1", // Persian keheh for kaf: Naba's folding beyond ArabicNormalizer
    "ٱنفجار, persian-1", // alef wasla
    "مستشفي, yeh-1", // yeh for alef maksura
    "الزلزال, aa-7", // the definite article is stripped
    "وزلزال, aa-7", // so is the conjunction
    "جِنيف, rt-1", // harakat are ignored
    "٦٫٢, aa-7", // (tokenized as a number; Arabic-Indic digits fold to ASCII)
  })
  void variantSpellingsMeet(String query, String expectedId) {
    assertThat(ids(query)).contains(expectedId);
  }

  @Test
  void aHashtagIsFoundByItsWords() {
    Path other = dir.resolve("hashtags");
    List<ArticleResult> tagged =
        List.of(doc("tag-1", "تحقيق بريطاني", "الشرطة تحقق في تسميم #سيرغي_سكريبال في #سالزبري"));
    SearchIndex.build(other, tagged);
    String text = tagged.getFirst().article().text();
    try (SearchIndex index = SearchIndex.open(other, id -> Optional.of(new SearchIndex.Stored("s", text)))) {
      assertThat(index.search("سكريبال", 10)).extracting(SearchHit::articleId).containsExactly("tag-1");
      assertThat(index.search("سيرغي سكريبال", 10)).extracting(SearchHit::articleId).containsExactly("tag-1");
      assertThat(index.search("سالزبري", 10).getFirst().snippet()).contains(new SearchHit.Part("سالزبري", true));
    }
  }

  @Test
  void aPrefixFindsTheWordItselfThoughTheIndexHoldsItsStem() {
    List<ArticleResult> docs = List.of(doc("p-1", "قمة في هلسنكي", "التقى ترامب بوتين في هلسنكي."),
        doc("p-2", "تصريحات", "قال البوتينيون إن الاتفاق قريب."), doc("p-3", "زلزال", "ضرب زلزال اليابان."));
    try (SearchIndex index = indexOf("prefix", docs, SearchIndex.Spellings.NONE)) {
      // "بوتين" is indexed as its stem "بوت": the prefix alone would find no "بوتين"
      assertThat(index.search("بوتين*", 10)).extracting(SearchHit::articleId).contains("p-1").doesNotContain("p-3");
      assertThat(index.search("بوتين*", 10).stream().filter(h -> h.articleId().equals("p-1")).findFirst()
          .orElseThrow().snippet()).contains(new SearchHit.Part("بوتين", true));
      // a prefix the stemmer leaves whole still finds the longer words it opens
      assertThat(index.search("هلسن*", 10)).extracting(SearchHit::articleId).containsExactly("p-1");
      // "*" alone marks no word
      assertThat(index.search("*", 10)).allSatisfy(h -> assertThat(h.snippet()).noneMatch(SearchHit.Part::match));
    }
  }

  @Test
  void aWordFindsTheOtherSpellingsOfTheNameItIsAWordOf() {
    List<ArticleResult> docs = List.of(doc("s-1", "قمة", "التقى ترامب بوتين في هلسنكي."),
        doc("s-2", "قمة", "التقى ترامب بوتن في هلسنكي."), doc("s-3", "زلزال", "ضرب زلزال اليابان."));
    SearchIndex.Spellings putin = w -> w.equals("بوتين") ? List.of("بوتن") : w.equals("بوتن") ? List.of("بوتين") : List.of();
    try (SearchIndex index = indexOf("spellings", docs, putin)) {
      // the spelling typed ranks first, and the other is marked in its snippet
      assertThat(index.search("بوتين", 10)).extracting(SearchHit::articleId).containsExactly("s-1", "s-2");
      assertThat(index.search("بوتن", 10)).extracting(SearchHit::articleId).containsExactly("s-2", "s-1");
      assertThat(index.search("بوتين", 10).get(1).snippet()).contains(new SearchHit.Part("بوتن", true));
      // every word must still match
      assertThat(index.search("بوتين زلزال", 10)).isEmpty();
    }
    try (SearchIndex index = SearchIndex.open(dir.resolve("spellings"), id -> Optional.empty())) {
      assertThat(index.search("بوتين", 10)).extracting(SearchHit::articleId).containsExactly("s-1");
    }
  }

  @Test
  void aProcliticTheStemmerLeavesOnComesOffWhenTheIndexHoldsTheRestFarMoreOften() {
    List<ArticleResult> docs = new ArrayList<>();
    for (int i = 1; i <= 5; i++) docs.add(doc("c-" + i, "خبر " + i, "أعلنت مصر اليوم خطة جديدة رقم " + i + "."));
    docs.add(doc("c-6", "لبنان", "زار الوزير لبنان أمس."));
    docs.add(doc("c-7", "انتخابات", "بدأت الانتخابات بمصر صباح اليوم."));
    try (SearchIndex index = indexOf("proclitic", docs, SearchIndex.Spellings.NONE)) {
      // "بمصر" (in Egypt): the light stemmer keeps the "ب"; "مصر" is five times as common
      assertThat(index.search("بمصر", 10)).extracting(SearchHit::articleId)
          .containsExactlyInAnyOrder("c-1", "c-2", "c-3", "c-4", "c-5", "c-7");
      assertThat(index.search("بمصر", 10).getFirst().articleId()).isEqualTo("c-7");
      assertThat(index.find("بمصر", 10).forms()).containsEntry("بمصر", List.of("مصر"));
      // "لبنان" opens with its own letter: "بنان" is no word of the index
      assertThat(index.search("لبنان", 10)).extracting(SearchHit::articleId).containsExactly("c-6");
      assertThat(index.find("لبنان", 10).forms()).isEmpty();
    }
  }

  @Test
  void allWordsMustMatch() {
    assertThat(ids("بوتين جنيف")).containsExactlyInAnyOrder("bbc-1", "rt-1", SampleData.PATH_ID);
    assertThat(ids("بوتين زلزال")).isEmpty();
  }

  @Test
  void operatorsTypedAsWordsAreReadAsThose() {
    assertThat(SearchIndex.withOperators("ترامب AND بوتين")).isEqualTo("ترامب  بوتين");
    assertThat(SearchIndex.withOperators("ترامب OR ترمب")).isEqualTo("ترامب | ترمب");
    assertThat(SearchIndex.withOperators("سوريا NOT روسيا")).isEqualTo("سوريا -روسيا");
    assertThat(SearchIndex.withOperators("\"war AND peace\" OR and")).isEqualTo("\"war AND peace\" | and");
    assertThat(SearchIndex.withOperators("ANDROID ORACLE")).isEqualTo("ANDROID ORACLE");
    assertThat(ids("بوتين AND جنيف")).containsExactlyInAnyOrderElementsOf(ids("بوتين جنيف"));
    assertThat(ids("بوتين AND")).containsExactlyInAnyOrderElementsOf(ids("بوتين"));
    assertThat(ids("زلزال OR كركوك")).contains("aa-7", "persian-1");
    assertThat(ids("بوتين NOT أوباما")).isEqualTo(ids("بوتين -أوباما")).doesNotContain("bbc-1")
        .hasSizeLessThan(ids("بوتين").size());
  }

  @Test
  void anArticleMatchingInTitleAndTextRanksFirst() {
    // aa-7 has تركيا in its title and text, skynews-3 in its title only.
    assertThat(ids("تركيا")).first().isEqualTo("aa-7");
  }

  @Test
  void hitsCarryStoryTitleAndAMarkedSnippet() {
    try (SearchIndex index = open()) {
      assertThat(index.size()).isEqualTo(8);
      SearchHit hit = index.search("سوريا", 10).stream()
          .filter(h -> h.articleId().equals("skynews-3")).findFirst().orElseThrow();
      assertThat(hit.storyId()).isEqualTo(SampleData.QUAKE);
      assertThat(hit.title()).isEqualTo("هزة أرضية في تركيا وسوريا");
      assertThat(hit.score()).isPositive();
      assertThat(hit.snippet()).contains(new SearchHit.Part("سوريا", true));
      assertThat(hit.snippetText()).isEqualTo("شعر سكان شمال سوريا بهزة أرضية قوية.");
    }
  }

  @Test
  void aHitTheStoreDoesNotHoldKeepsItsTitleWithoutStoryOrSnippet() {
    try (SearchIndex index = SearchIndex.open(dir, id -> Optional.empty())) {
      SearchHit hit = index.search("كركوك", 10).get(0);
      assertThat(hit.articleId()).isEqualTo("persian-1");
      assertThat(hit.title()).isEqualTo("انفجار في كركوك");
      assertThat(hit.storyId()).isEmpty();
      assertThat(hit.snippet()).isEmpty();
    }
  }

  @Test
  void junkQueriesFindNothingAndDoNotThrow() {
    for (String q : List.of("", "   ", "\"", "((", "في", "-", "*", "\\", "AND OR")) {
      assertThat(ids(q)).as(q).isNotNull();
    }
    assertThat(ids("في")).isEmpty();
    assertThat(ids("بوتين ".repeat(400))).isNotEmpty();
  }

  @Test
  void rebuildingReplacesTheOldIndex() {
    articles = List.of(doc("only-1", "خبر وحيد", "نص وحيد."));
    SearchIndex.build(dir, articles);
    try (SearchIndex index = open()) {
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.search("بوتين", 10)).isEmpty();
      assertThat(index.search("وحيد", 10)).extracting(SearchHit::articleId).containsExactly("only-1");
    }
  }

  private static SearchIndex.Filter filter(String outlet, String from, String to, boolean newest) {
    return new SearchIndex.Filter(Optional.ofNullable(outlet), Optional.ofNullable(from).map(LocalDate::parse),
        Optional.ofNullable(to).map(LocalDate::parse), newest);
  }

  private static List<String> ids(SearchIndex index, String query, SearchIndex.Filter filter) {
    return index.find(query, 10, filter).hits().stream().map(SearchHit::articleId).toList();
  }

  @Test
  void searchIsNarrowedToAnOutletAndDaysAndOrderedByTime() {
    try (SearchIndex index = open()) {
      assertThat(index.filters()).isTrue();
      // Geneva: al-Jazeera's at 06:00 UTC, RT's copy at 07:15, the BBC's at 08:30; the quake on 20 February.
      assertThat(ids(index, "جنيف", filter("آر تي", null, null, false))).containsExactly("rt-1");
      assertThat(ids(index, "جنيف", filter(null, null, null, true)))
          .containsExactly("bbc-1", "rt-1", SampleData.PATH_ID);
      assertThat(ids(index, "جنيف", filter(null, "2024-03-01", "2024-03-01", false))).hasSize(3);
      assertThat(ids(index, "جنيف", filter(null, null, "2024-02-29", false))).isEmpty();
      assertThat(ids(index, "تركيا", filter(null, "2024-02-20", "2024-02-20", true)))
          .containsExactly("skynews-3", "aa-7");
      assertThat(ids(index, "تركيا", filter("الأناضول", "2024-02-21", null, false))).isEmpty();
      // Ordered by time, hits keep their scores.
      assertThat(index.find("جنيف", 10, filter(null, null, null, true)).hits()).allMatch(h -> h.score() > 0);
    }
    // Undated articles come last by time, and no day bound takes them.
    List<ArticleResult> docs = List.of(doc("undated-x", "نبأ بلا تاريخ", "نبأ"),
        new SampleData.Builder("dated-x", "s", Optional.of("وكالة"),
            Optional.of(OffsetDateTime.parse("2024-01-05T10:00Z")), "نبأ مؤرخ", List.of("نبأ")).build());
    try (SearchIndex index = indexOf("dated", docs, SearchIndex.Spellings.NONE)) {
      assertThat(ids(index, "نبأ", filter(null, null, null, true))).containsExactly("dated-x", "undated-x");
      assertThat(ids(index, "نبأ", filter(null, "2000-01-01", null, false))).containsExactly("dated-x");
    }
  }

  @Test
  void anIndexWithoutOutletsOrTimesCannotBeNarrowedAndSaysSo() {
    Path old = dir.resolve("old");
    try (Directory d = FSDirectory.open(old.resolve(SearchIndex.DIR_NAME));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new ArabicSearchAnalyzer()))) {
      // As Naba wrote an index before it indexed outlets and times: id and title stored, text inverted.
      Document doc = new Document();
      doc.add(new StringField("id", "old-1", Field.Store.YES));
      doc.add(new TextField("title", "جنيف", Field.Store.YES));
      doc.add(new TextField("text", "لقاء في جنيف", Field.Store.NO));
      w.addDocument(doc);
      w.commit();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (SearchIndex index = SearchIndex.open(old, id -> Optional.of(new SearchIndex.Stored("s", "لقاء في جنيف")))) {
      assertThat(index.filters()).isFalse();
      assertThat(index.search("جنيف", 10)).hasSize(1);
      assertThatThrownBy(() -> index.find("جنيف", 10, filter("الجزيرة", null, null, false)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("no outlets or times");
    }
  }

  @Test
  void limitIsBounded() {
    try (SearchIndex index = open()) {
      assertThatThrownBy(() -> index.search("بوتين", 0)).hasMessageContaining("limit 0");
      assertThat(index.search("جنيف", 1)).hasSize(1);
    }
  }

  @Test
  void openingWithoutAnIndexNamesThePath() {
    Path other = dir.resolve("لا-فهرس");
    assertThatThrownBy(() -> SearchIndex.open(other, id -> Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(other.resolve("index").toString());
  }

  @Test
  void snippetStartsNearTheFirstMatchAndCutsAtSpaces() {
    String text = "كلمة ".repeat(100) + "جنيف " + "نص ".repeat(100);
    List<SearchHit.Part> parts = SearchIndex.snippet(text, Set.of("جنيف"), Set.of());
    String plain = parts.stream().map(SearchHit.Part::text).reduce("", String::concat);
    assertThat(plain).startsWith("… كلمة").endsWith("نص …").contains("جنيف");
    assertThat(plain.length()).isLessThan(260);
    assertThat(parts).filteredOn(SearchHit.Part::match).extracting(SearchHit.Part::text).containsExactly("جنيف");
  }
}
