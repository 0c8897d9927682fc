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

  /**
   * The extractor leaves out Lucene's ArabicNormalizationFilter because the folding applies its rules: folded text,
   * every char of it, is what that filter would leave as it is.
   */
  @Test
  void foldedTextIsWhatLucenesArabicNormalizationLeavesAsItIs() throws java.io.IOException {
    StringBuilder all = new StringBuilder();
    for (int c = 1; c <= Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate((char) c)) all.append((char) c);
    }
    String folded = TextNormalizer.normalize(all);
    var source = new org.apache.lucene.analysis.core.KeywordTokenizer(1 << 20);
    try (var ts = new org.apache.lucene.analysis.ar.ArabicNormalizationFilter(source)) {
      source.setReader(new java.io.StringReader(folded));
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      assertThat(ts.incrementToken()).isTrue();
      assertThat(term.toString()).isEqualTo(folded);
      ts.end();
    }
  }
}
