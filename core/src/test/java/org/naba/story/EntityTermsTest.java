package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTermsTest {
  @Test
  void agreesWithTheOnlineEngine() {
    for (String term : new String[] {"431", "7", "isis", "g20", "a", "داعش", "٢٠١٥", "x1", "", "ابها", "mh370"}) {
      assertThat(EntityTerms.isEntityLike(term)).as(term).isEqualTo(StoryEngine.isEntityLike(term));
    }
    assertThat(EntityTerms.isEntityLike("431")).isTrue();
    assertThat(EntityTerms.isEntityLike("isis")).isTrue();
    assertThat(EntityTerms.isEntityLike("داعش")).isFalse();
  }
}
