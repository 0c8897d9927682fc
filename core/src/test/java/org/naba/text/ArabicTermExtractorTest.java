package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTermExtractorTest {
  private final ArabicTermExtractor extractor = new ArabicTermExtractor();

  @ParameterizedTest
  @CsvSource({
    "المسجد, مسجد", // definite article removed (light stemming)
    "والمسجد, مسجد", // conjunction + article
    "أحمد, احمد", // hamza on alef folded
    "أبها, اب", // light stemming over-strips the -ها of this place name: a known Larkey stemmer limitation
    "مؤتمر, موتمر", // waw-hamza folded (TextNormalizer rule, not in Lucene's normalizer)
    "٤٣١, 431", // Arabic-Indic digits
    "G20, g20",
    "سوريا, سور", // -يا spelling of a country name meets the -ية spelling
    "سورية, سور",
    "روسيا, روس", // and the adjective
    "روسي, روس",
    "الطوارىء, طوار", // older hamza spelling meets الطوارئ
    "الطوارئ, طوار",
  })
  void foldsAndStems(String in, String out) {
    assertThat(extractor.terms(in)).containsExactly(out);
  }

  @Test
  void dropsFoldedStopWords() {
    // "إلى" and "في" are stop words; after folding "إلى" is "الي" and must still be dropped.
    assertThat(extractor.terms("وصل الوزير إلى الرياض في المساء")).doesNotContain("الي", "في").contains("وزير", "رياض");
  }

  @Test
  void clipsAtAWordBoundary() {
    assertThat(extractor.terms("تفجير مسجد عسير", 7)).containsExactly("تفجير", "مسجد");
    assertThatThrownBy(() -> extractor.terms("x", -1)).hasMessageContaining("-1");
  }

  @Test
  void emptyAndJunkInputGiveNoTerms() {
    assertThat(extractor.terms("")).isEmpty();
    assertThat(extractor.terms("!!! ... ،،، ")).isEmpty();
  }
}
