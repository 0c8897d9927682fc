package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Hash64Test {
  @Test
  void aWordHasOneHashHoweverItIsHeld() {
    long word = Hash64.of("عسير");
    assertThat(Hash64.of("بعسير", 1, 5)).isEqualTo(word); // behind a proclitic, without cutting it off
    assertThat(Hash64.of("عسير".toCharArray(), 4)).isEqualTo(word); // a token buffer
    assertThat(Hash64.of(new StringBuilder("عسير"))).isEqualTo(word);
    assertThat(Hash64.of("عسيري")).isNotEqualTo(word);
  }

  @Test
  void valuesNeverChange() {
    // A resumed run's state holds these hashes: a change here would make every saved state unreadable as equal.
    assertThat(Hash64.of("")).isEqualTo(Hash64.fmix64(0xCBF29CE484222325L));
    assertThat(Hash64.of("a")).isEqualTo(Hash64.fmix64((0xCBF29CE484222325L ^ 'a') * 0x100000001B3L));
  }
}
