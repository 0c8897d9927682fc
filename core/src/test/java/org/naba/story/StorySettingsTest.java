package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorySettingsTest {
  @Test
  void defaultsAreValid() {
    StorySettings d = StorySettings.defaults();
    assertThat(d.timeSigma()).isEqualTo(Duration.ofDays(3));
    assertThat(d.joinThreshold()).isPositive();
  }

  @ParameterizedTest
  @CsvSource({"joinThreshold, -0.1", "bodyWeight, 11", "centroidTerms, 0", "rareTermMaxDf, 1.5", "leadChars, -1"})
  void outOfRangeValueIsRejectedWithItsName(String name, String value) {
    assertThatThrownBy(() -> with(name, value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name)
        .hasMessageContaining(value);
  }

  @Test
  void zeroDurationIsRejected() {
    assertThatThrownBy(() -> with("timeSigma", "PT0S")).hasMessageContaining("timeSigma");
  }

  @Test
  void storylineWindowMustCoverTheActiveWindow() {
    assertThatThrownBy(() -> with("storylineWindow", "PT1H")).hasMessageContaining("storylineWindow");
  }

  @Test
  void oneSettingIsChangedByNameAndTheOthersKept() {
    StorySettings d = StorySettings.defaults();
    StorySettings s = d.with("joinThreshold", "0.25").with("timeSigma", "48h").with("followUpSpan", "P7D");
    assertThat(s.joinThreshold()).isEqualTo(0.25);
    assertThat(s.timeSigma()).isEqualTo(Duration.ofHours(48));
    assertThat(s.followUpSpan()).isEqualTo(Duration.ofDays(7));
    assertThat(s.with("joinThreshold", "0.2").with("timeSigma", "3d").with("followUpSpan", "8d")).isEqualTo(d);
    assertThat(d.with("breakingWindow", "90m").breakingWindow()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void anUnknownNameOrAMalformedValueIsNamed() {
    assertThatThrownBy(() -> with("joinThresold", "0.2"))
        .hasMessageContaining("unknown story setting 'joinThresold'").hasMessageContaining("joinThreshold");
    assertThatThrownBy(() -> with("queryTerms", "twenty"))
        .hasMessageContaining("queryTerms").hasMessageContaining("'twenty'");
    assertThatThrownBy(() -> with("timeSigma", "3 days"))
        .hasMessageContaining("timeSigma").hasMessageContaining("'3 days'");
  }

  private static StorySettings with(String name, String value) {
    return StorySettings.defaults().with(name, value);
  }
}
