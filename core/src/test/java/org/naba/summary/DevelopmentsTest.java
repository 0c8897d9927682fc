package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.model.StoryDay;

/** A story's developments day by day, in Arabic script. */
class DevelopmentsTest {
  private static final Instant DAY1 = Instant.parse("2015-08-06T09:00:00Z");
  private static final Instant DAY2 = DAY1.plusSeconds(86_400);

  private static SummaryInput article(String id, String outlet, Instant time, String title, boolean copy) {
    return new SummaryInput(id, outlet, time, title, List.of("نص"), copy);
  }

  @Test
  void eachDayHasItsCountsAndTheHeadlineItsOtherHeadlinesShareMost() {
    List<StoryDay> days = Developments.byDay(List.of(
        article("a1", "عكاظ", DAY1, "تفجير انتحاري يستهدف مسجدا في أبها", false),
        article("a2", "سبق", DAY1.plusSeconds(600), "مقتل 15 في تفجير انتحاري بمسجد في أبها", false),
        article("a3", "الرياض", DAY1.plusSeconds(1200), "الملك يعزي أسر الضحايا", false),
        article("a4", "عكاظ", DAY2, "داعش يتبنى تفجير مسجد أبها", false),
        article("a5", "اليوم", DAY2.plusSeconds(60), "داعش يتبنى تفجير مسجد أبها", true),
        article("u", "المدينة", Instant.MAX, "بلا تاريخ", false)));
    assertThat(days).extracting(StoryDay::day).containsExactly(LocalDate.of(2015, 8, 6), LocalDate.of(2015, 8, 7));
    StoryDay first = days.get(0);
    assertThat(first.articles()).isEqualTo(3);
    assertThat(first.outlets()).isEqualTo(3);
    assertThat(first.article()).isIn("a1", "a2"); // the bombing, not the condolence
    assertThat(days.get(1).articles()).isEqualTo(2);
    assertThat(days.get(1).article()).isEqualTo("a4"); // the copy does not count as a headline of its own
  }

  @Test
  void aStoryOfOneDayHasNoDevelopments() {
    assertThat(Developments.byDay(List.of(article("a1", "عكاظ", DAY1, "خبر", false),
        article("a2", "سبق", DAY1.plusSeconds(60), "خبر آخر", false)))).isEmpty();
  }
}
