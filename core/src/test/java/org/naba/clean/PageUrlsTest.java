package org.naba.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageUrlsTest {
  @Test
  void aDayWrittenAsPathSegmentsIsRead() {
    assertThat(PageUrls.day("https://www.alarabiya.net/ar/arab-and-world/egypt/2018/04/02/السيسي-رئيسا-لولاية-ثانية"))
        .contains(LocalDate.of(2018, 4, 2));
    assertThat(PageUrls.day("http://www.aleqt.com/2015/8/10/article_980123.html")).contains(LocalDate.of(2015, 8, 10));
    assertThat(PageUrls.day("https://example.com/news/2018-06-24-قيادة-المرأة-للسيارة"))
        .contains(LocalDate.of(2018, 6, 24));
  }

  @Test
  void eightDigitsStandingAloneAreADay() {
    assertThat(PageUrls.day("http://www.france24.com/ar/20180311-دوري-أبطال-أوروبا-ربع-النهائي"))
        .contains(LocalDate.of(2018, 3, 11));
  }

  @Test
  void numbersThatAreNoDayNameNone() {
    // An article id, a month without a day, a longer number, an impossible month, a year out of range.
    assertThat(PageUrls.day("https://www.okaz.com.sa/news/1998765")).isEmpty();
    assertThat(PageUrls.day("https://example.com/archive/2018/03/")).isEmpty();
    assertThat(PageUrls.day("https://example.com/a/201803051234-خبر")).isEmpty();
    assertThat(PageUrls.day("https://example.com/a/20181345-خبر")).isEmpty();
    assertThat(PageUrls.day("https://example.com/1850/01/02/تاريخ")).isEmpty();
  }

  @Test
  void hostQueryAndFragmentAreNotRead() {
    assertThat(PageUrls.day("https://20180305.example.com/خبر")).isEmpty();
    assertThat(PageUrls.day("https://example.com/خبر?date=2018/03/05")).isEmpty();
    assertThat(PageUrls.day("https://example.com/خبر#2018-03-05")).isEmpty();
    // A separated day wins over an earlier eight-digit number, which may be an id.
    assertThat(PageUrls.day("https://example.com/19990101/2018/03/05/خبر")).contains(LocalDate.of(2018, 3, 5));
  }

  @Test
  void aCrawlTimeOfTheSameDayKeepsItsTimeAndAFarOneGivesWayToTheUrl() {
    String url = "https://www.alarabiya.net/ar/politics/2018/03/05/خبر.html";
    OffsetDateTime sameDay = OffsetDateTime.parse("2018-03-05T21:40:00Z");
    OffsetDateTime yearsLater = OffsetDateTime.parse("2021-07-01T08:00:00Z");
    assertThat(PageUrls.publication(Optional.of(url), Optional.of(sameDay))).contains(sameDay);
    assertThat(PageUrls.publication(Optional.of(url), Optional.of(yearsLater)))
        .contains(OffsetDateTime.parse("2018-03-05T12:00:00Z"));
    assertThat(PageUrls.publication(Optional.of(url), Optional.empty()))
        .contains(OffsetDateTime.parse("2018-03-05T12:00:00Z"));
    assertThat(PageUrls.publication(Optional.of("https://www.okaz.com.sa/news/1998765"), Optional.of(yearsLater)))
        .contains(yearsLater);
  }
}
