package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTermsTest {
  @Test
  void numbersAndLatinNamesAreEntityLikeArabicWordsAreNot() {
    for (String term : new String[] {"431", "isis", "g20", "x1", "mh370"}) {
      assertThat(EntityTerms.isEntityLike(term)).as(term).isTrue();
    }
    for (String term : new String[] {"7", "a", "داعش", "٢٠١٥", "", "ابها"}) {
      assertThat(EntityTerms.isEntityLike(term)).as(term).isFalse();
    }
  }

  @Test
  void aTermIsRareUnderAShareOfTheDocumentsAndAlwaysUnderTen() {
    assertThat(EntityTerms.rareDf(0.01, 100)).isEqualTo(10);
    assertThat(EntityTerms.rareDf(0.01, 30_000)).isEqualTo(300);
  }
}
