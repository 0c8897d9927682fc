package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.model.StoryFigure;

/** The counts a story's outlets report and where they disagree; one rule per test, in Arabic script. */
class FiguresTest {
  private static final Instant T = Instant.parse("2015-08-06T10:00:00Z");

  @Test
  void aCountIsANumberNextToTheWordThatSaysWhatItCounts() {
    assertThat(Figures.in("مقتل 15 شخصا وإصابة 33 آخرين في تفجير مسجد بأبها"))
        .isEqualTo(Map.of(Figures.Kind.KILLED, 15L, Figures.Kind.INJURED, 33L));
    assertThat(Figures.in("سقوط 13 قتيلاً و9 جرحى")).isEqualTo(Map.of(Figures.Kind.KILLED, 13L, Figures.Kind.INJURED, 9L));
    assertThat(Figures.in("القبض على 431 مشتبها بانتمائهم لداعش")).isEqualTo(Map.of(Figures.Kind.ARRESTED, 431L));
    assertThat(Figures.in("ارتفاع حصيلة القتلى إلى ١٧")).isEqualTo(Map.of(Figures.Kind.KILLED, 17L));
    // Small counts are often written in words.
    assertThat(Figures.in("مقتل ثلاثة جنود وإصابة خمسة آخرين")).isEqualTo(Map.of(Figures.Kind.KILLED, 3L, Figures.Kind.INJURED, 5L));
    assertThat(Figures.in("مقتل ثلاثة عشر شخصا")).isEqualTo(Map.of(Figures.Kind.KILLED, 13L));
    assertThat(Figures.in("سقوط أربعة قتلى وثلاثة جرحى")).isEqualTo(Map.of(Figures.Kind.KILLED, 4L, Figures.Kind.INJURED, 3L));
  }

  @Test
  void aCountAfterAnotherIsNotTakenForItsNeighbour() {
    // "3" is followed by "وإصابة": the injured are a count of their own.
    assertThat(Figures.in("مقتل 3 وإصابة 20 في هجوم")).isEqualTo(Map.of(Figures.Kind.KILLED, 3L, Figures.Kind.INJURED, 20L));
  }

  @Test
  void yearsDatesAndUncountedNumbersAreNotCounts() {
    assertThat(Figures.in("قتل في عام 2015 رجل")).isEmpty();
    assertThat(Figures.in("وصل 15 وزيرا إلى الرياض")).isEmpty();
    assertThat(Figures.in("مقتل الجنود الخمسة")).isEmpty();
  }

  @Test
  void theLargestCountOfAnArticleIsItsFigure() {
    assertThat(Figures.in("قتل 3 في الانفجار الأول ثم ارتفع عدد القتلى إلى 15"))
        .containsEntry(Figures.Kind.KILLED, 15L);
  }

  @Test
  void outletsGivingDifferentFiguresWithinHoursDisagree() {
    List<StoryFigure> out = Figures.compare(List.of(
        new SummaryInput("a1", "عكاظ", T, "مقتل 15 شخصا في تفجير أبها", List.of(), false),
        new SummaryInput("a2", "سبق", T.plusSeconds(3600), "مقتل 13 شخصا في تفجير أبها", List.of(), false)));
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo("killed");
      assertThat(f.disputed()).isTrue();
      assertThat(f.reports()).extracting(StoryFigure.Report::outlet, StoryFigure.Report::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("عكاظ", 15L), org.assertj.core.groups.Tuple.tuple("سبق", 13L));
    });
  }

  /** A second outlet's count {@code hours} after the first's: a toll grown, or two versions of one moment. */
  @ParameterizedTest(name = "{0} then {1}, {2} h later: disputed {3}")
  @CsvSource({
    // a higher count hours later is the toll grown (Crimea: 13, then 19 ten hours later)
    "13, 19, 10, false",
    // a lower one hours later contradicts it
    "19, 13, 10, true",
    // within two hours, either way, two versions of one moment
    "13, 15, 1, true",
    "15, 13, 1, true",
  })
  void aSecondOutletsCountHoursLater(long first, long second, int hours, boolean disputed) {
    List<StoryFigure> out = Figures.compare(List.of(
        new SummaryInput("a1", "سكاي نيوز", T, "مقتل " + first + " شخصا في تفجير بالقرم", List.of(), false),
        new SummaryInput("a2", "بي بي سي", T.plusSeconds(hours * 3600L), "مقتل " + second + " شخصا في تفجير بالقرم",
            List.of(), false)));
    assertThat(out).singleElement().satisfies(f -> assertThat(f.disputed()).isEqualTo(disputed));
  }

  @Test
  void aTollThatRoseOverDaysIsNoDisputeAndEachOutletShowsItsLatest() {
    List<StoryFigure> out = Figures.compare(List.of(
        new SummaryInput("a1", "عكاظ", T, "مقتل 13 شخصا", List.of(), false),
        new SummaryInput("a2", "سبق", T.plusSeconds(2 * 86_400), "ارتفاع عدد القتلى إلى 15", List.of(), false),
        new SummaryInput("a3", "عكاظ", T.plusSeconds(2 * 86_400 + 600), "مقتل 15 شخصا", List.of(), false)));
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.disputed()).isFalse();
      assertThat(f.reports()).extracting(StoryFigure.Report::article).containsExactly("a2", "a3");
    });
  }

  /** In a story of many reports, a count only one of them gives is another incident's, named in passing. */
  @Test
  void aCountOneReportAmongManyGivesIsNotTheStorys() {
    List<SummaryInput> story = new java.util.ArrayList<>();
    String[] outlets = {"سكاي نيوز", "العربية", "فرانس 24", "بي بي سي"};
    for (int i = 0; i < Figures.MANY_REPORTS; i++) {
      story.add(new SummaryInput("a" + i, outlets[i % outlets.length], T.plusSeconds(600L * i),
          "ترامب يعلن الانسحاب من الاتفاق النووي مع إيران", List.of(), false));
    }
    story.set(7, new SummaryInput("a7", "سكاي نيوز", T.plusSeconds(4200), "مقتل 9 في غارة على ريف دمشق", List.of(),
        false));
    assertThat(Figures.compare(story)).isEmpty();
    // Two reports giving it make it the story's count.
    story.set(8, new SummaryInput("a8", "العربية", T.plusSeconds(4800), "مقتل 9 في غارة على ريف دمشق", List.of(),
        false));
    assertThat(Figures.compare(story)).extracting(StoryFigure::kind).containsExactly("killed");
    // A story of few reports shows a count one of them gives.
    assertThat(Figures.compare(story.subList(5, 8))).extracting(StoryFigure::kind).containsExactly("killed");
  }
}
