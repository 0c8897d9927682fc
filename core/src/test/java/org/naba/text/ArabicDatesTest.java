package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table per rule of {@link ArabicDates}, in Arabic script. */
class ArabicDatesTest {
  private static Optional<LocalDateTime> find(String text) {
    return ArabicDates.findPublicationDate(text);
  }

  @ParameterizedTest(name = "numeric: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "نشر في صوت الأمة يوم 05 - 09 - 2016 | 2016-09-05",
        "بتاريخ 2016/9/5 | 2016-09-05",
        "5/9/2016 | 2016-09-05",
        "2016-09-05 | 2016-09-05",
        "22.11.2024 07.57 | 2024-11-22",
        "نشر يوم ٠٥ - ٠٩ - ٢٠١٦ | 2016-09-05",
      })
  void numericDatesAreDayMonthYearOrYearMonthDay(String text, LocalDate expected) {
    assertThat(find(text)).map(LocalDateTime::toLocalDate).contains(expected);
  }

  @ParameterizedTest(name = "Levantine month: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "الأحد 4 أيلول 2016 | 2016-09-04",
        "15 كانون الثاني 2020 | 2020-01-15",
        "1 كانون الأول 2019 | 2019-12-01",
        "9 تشرين الأول 2018 | 2018-10-09",
        "3 آب 2017 | 2017-08-03",
        "21 تشرين الثاني 2024 | 2024-11-21",
      })
  void levantineMonthNames(String text, LocalDate expected) {
    assertThat(find(text)).map(LocalDateTime::toLocalDate).contains(expected);
  }

  @ParameterizedTest(name = "Egyptian/Gulf month: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "الاثنين 5 سبتمبر 2016 | 2016-09-05",
        "12 يناير 2021 | 2021-01-12",
        "30 إبريل 2015 | 2015-04-30",
        "7 أغسطس 2015 | 2015-08-07",
        "١٠ مايو ٢٠٢٣ | 2023-05-10",
        "31 ديسمبر 2019 | 2019-12-31",
      })
  void egyptianAndGulfMonthNames(String text, LocalDate expected) {
    assertThat(find(text)).map(LocalDateTime::toLocalDate).contains(expected);
  }

  @Test
  void combinedMonthFormWithTheYearPrintedFirst() {
    assertThat(find("GMT 07:35 2024 الخميس ,21 تشرين الثاني / نوفمبر"))
        .contains(LocalDateTime.of(2024, 11, 21, 7, 35));
    assertThat(find("21 تشرين الثاني / نوفمبر 2024")).map(LocalDateTime::toLocalDate).contains(LocalDate.of(2024, 11, 21));
  }

  @ParameterizedTest(name = "Hijri: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5 ذو الحجة 1437 هـ | 2016-09-06",
        "1 رمضان 1445 هـ | 2024-03-11",
        "١ محرم ١٤٤٦ هـ | 2024-07-07",
      })
  void hijriDatesConvertThroughUmmAlQura(String text, LocalDate expected) {
    assertThat(find(text)).map(LocalDateTime::toLocalDate).contains(expected);
  }

  @Test
  void clockTimeNextToTheDateIsKept() {
    assertThat(find("آخر تحديث: 2016/9/5 GMT15:15:16")).contains(LocalDateTime.of(2016, 9, 5, 15, 15, 16));
    assertThat(find("5 سبتمبر 2016")).contains(LocalDateTime.of(2016, 9, 5, 0, 0));
  }

  @Test
  void earliestDateWins() {
    assertThat(find("نشر 4 سبتمبر 2016 وحدث 2016/9/5")).map(LocalDateTime::toLocalDate).contains(LocalDate.of(2016, 9, 4));
  }

  @ParameterizedTest(name = "not a date: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"اتصل بنا 1234567", "31 فبراير 2016", "مباراة 2 - 1", "عام 1800/1/1"})
  void implausibleDatesAreRejected(String text) {
    assertThat(find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أعلنت واشنطن أمس | 2016-09-04",
        "أمس الأول | 2016-09-03",
        "تستمر المفاوضات اليوم | 2016-09-05",
        "يلتقيان غدا | 2016-09-06",
        "يلتقيان غداً | 2016-09-06",
        "اجتمعا الأحد | 2016-09-04",
        "يوم الإثنين | 2016-09-05",
        "تعثرت السبت | 2016-09-03",
        "والجمعة | 2016-09-02",
        "الثلاثاء | 2016-08-30",
      })
  void relativeDaysResolveAgainstMondayFifthOfSeptember(String text, LocalDate expected) {
    assertThat(ArabicDates.mentionedDates(text, LocalDate.of(2016, 9, 5))).containsExactly(expected);
  }

  @Test
  void mentionedDatesAreDistinctAndInOrder() {
    assertThat(ArabicDates.mentionedDates("قال اليوم إن لقاء الأحد وأمس واليوم", LocalDate.of(2016, 9, 5)))
        .containsExactly(LocalDate.of(2016, 9, 5), LocalDate.of(2016, 9, 4));
  }

  @Test
  void yesterdayReadsTheNextWordWhereverItStands() {
    LocalDate monday = LocalDate.of(2016, 9, 5);
    // "وأمس الأول" with its conjunction, then a weekday: both days, in the order they are named.
    assertThat(ArabicDates.mentionedDates("وقع الهجوم وأمس الأول، وتبنته الجماعة الأحد", monday))
        .containsExactly(LocalDate.of(2016, 9, 3), LocalDate.of(2016, 9, 4));
    // "أمس" as the text's last word, and a word that only begins like a day word ("اليومية") names no day.
    assertThat(ArabicDates.mentionedDates("نشرت الصحف اليومية البيان أمس", monday))
        .containsExactly(LocalDate.of(2016, 9, 4));
  }

  @Test
  void randomTextNeverThrowsAndHugeTextIsCapped() {
    Random r = new Random(42);
    String alphabet = "0123456789٠١٢٣/-. :سبتمبرتشرين الثانيذو الحجةهـGMT";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = r.nextInt(80); j > 0; j--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      ArabicDates.findPublicationDate(sb.toString());
      ArabicDates.mentionedDates(sb.toString(), LocalDate.of(2020, 1, 1));
    }
    String huge = "1/".repeat(3_000_000);
    long t0 = System.nanoTime();
    ArabicDates.findPublicationDate(huge);
    assertThat(ArabicDates.mentionedDates(huge, LocalDate.of(2020, 1, 1))).isEqualTo(List.of());
    assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
  }
}
