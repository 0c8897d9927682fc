package org.naba.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.naba.clean.BoilerplateMemory;
import org.naba.ingest.Format;
import org.naba.ingest.RawDocument;
import org.naba.model.Article;
import org.junit.jupiter.api.Test;

class CleaningTest {
  private static final String TEXT = "أعلنت الهيئة الوطنية للانتخابات في مصر فوز الرئيس عبد الفتاح السيسي بولاية ثانية"
      + " بنسبة 97 في المئة من الأصوات الصحيحة.";

  private static RawDocument record(String url, Optional<OffsetDateTime> published) {
    return new RawDocument("r1", "test.jsonl:1", Format.RECORD, TEXT, Optional.of(url), Optional.of("cnn"),
        published, Optional.of("السيسي رئيسا لمصر لولاية ثانية"), Optional.empty());
  }

  @Test
  void aRecordWithoutATimeIsDatedByTheDayItsUrlNames() {
    Cleaning cleaning = new Cleaning(new BoilerplateMemory());
    Article a = cleaning.clean(record("https://arabic.cnn.com/middle-east/article/2018/04/02/egypt-sisi-wins",
        Optional.empty())).getFirst();
    assertThat(a.published()).contains(OffsetDateTime.parse("2018-04-02T12:00:00Z"));
    assertThat(a.warnings()).doesNotContain("no publication date");
  }

  @Test
  void aRecordsOwnTimeWinsOverItsUrl() {
    Cleaning cleaning = new Cleaning(new BoilerplateMemory());
    OffsetDateTime own = OffsetDateTime.parse("2018-04-03T09:15:00Z");
    Article a = cleaning.clean(record("https://arabic.cnn.com/middle-east/article/2018/04/02/egypt-sisi-wins",
        Optional.of(own))).getFirst();
    assertThat(a.published()).contains(own);
  }

  @Test
  void aRecordWithNeitherIsUndatedAndSaysSo() {
    Cleaning cleaning = new Cleaning(new BoilerplateMemory());
    Article a = cleaning.clean(record("https://www.okaz.com.sa/news/1998765", Optional.empty())).getFirst();
    assertThat(a.published()).isEmpty();
    assertThat(a.warnings()).contains("no publication date");
  }
}
