package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
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

  /** Defaults with one component replaced (by name), through the canonical constructor. */
  static StorySettings with(String name, String value) {
    RecordComponent[] rc = StorySettings.class.getRecordComponents();
    Object[] values = new Object[rc.length];
    Class<?>[] types = new Class<?>[rc.length];
    try {
      for (int i = 0; i < rc.length; i++) {
        types[i] = rc[i].getType();
        values[i] = rc[i].getAccessor().invoke(StorySettings.defaults());
        if (rc[i].getName().equals(name)) {
          values[i] = types[i] == int.class ? Integer.valueOf(value)
              : types[i] == double.class ? Double.valueOf(value) : Duration.parse(value);
        }
      }
      return StorySettings.class.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
