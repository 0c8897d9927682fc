package org.naba.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.naba.story.StoryInput;
import org.naba.testing.SharedData;
import org.naba.text.TextNormalizer;
import org.naba.text.YaSuffixFilter;

class ArabicSearchAnalyzerTest {
  /** ArabicAnalyzer's order with Naba's folding: Lucene's lowercase and digit filters ahead of the stop words. */
  private static final Analyzer LUCENE_ORDER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream s = new LowerCaseFilter(new ArabicSearchAnalyzer.UnderscoreSplitter(source));
      s = new DecimalDigitFilter(s);
      s = new StopFilter(s, ArabicAnalyzer.getDefaultStopSet());
      s = new TokenFilter(s) {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        @Override
        public boolean incrementToken() throws IOException {
          if (!input.incrementToken()) return false;
          term.setLength(TextNormalizer.normalize(term.buffer(), term.length()));
          return true;
        }
      };
      s = new ArabicStemFilter(s);
      return new TokenStreamComponents(source, new YaSuffixFilter(s));
    }

  };

  private static final Analyzer NABA = new ArabicSearchAnalyzer();

  /** Each token as term@position[start,end). */
  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      ts.end();
    }
    return out;
  }

  @Test
  void foldingInOnePassGivesTheTermsOfLucenesLowercaseAndDigitFilters() throws IOException {
    for (String text : List.of(
        "أعلنت وزارة الداخلية السعودية القبض على ٤٣١ شخصاً في ١٤٣٦ هـ",
        "قالَ الرئيسُ إنَّ المحادثاتِ في جنيف مستمرة، وإن الاتفاق قريب",
        "NATO و UNESCO وBBC تتحدث عن Putin في Geneva يوم 5 September",
        "الأرقام الهندية ٠١٢٣٤٥٦٧٨٩ والفارسية ۰۱۲۳۴۵۶۷۸۹ والعريضة ０１２ والدیواناغرية १२३",
        "کرکوک و ی‍ی ALL CAPS MiXeD ÇA ÉTÉ Σίσυφος ΣΊΣΥΦΟΣ İstanbul",
        "من في على إلى عن مع هذا هذه الذي التي وقد لقد كان",
        "الطوارىء مبادىء شيء مسؤول مسئول ٱلرحمن",
        "تسميم #سيرغي_سكريبال في #سالزبري snake_case")) {
      assertThat(tokens(NABA, text)).as(text).isEqualTo(tokens(LUCENE_ORDER, text));
    }
  }

  @Test
  void aTokenIsSplitAtItsUnderscoresWithPositionsAndOffsetsOfItsParts() throws IOException {
    assertThat(tokens(NABA, "snake_case __x_ a"))
        .containsExactly("snake@0[0,5)", "case@1[6,10)", "x@2[13,14)", "a@3[16,17)");
    assertThat(tokens(NABA, "#سيرغي_سكريبال")).containsExactly("سيرغ@0[1,6)", "سكريبال@1[7,14)");
  }

  @Test
  void theSameTermsOnRealNews() throws IOException {
    Path corpus = SharedData.require("data/news/saudinewsnet-2015.jsonl.gz");
    List<StoryInput> inputs = SharedData.storyInputs(corpus);
    for (int i = 0; i < inputs.size(); i += 30) {
      StoryInput in = inputs.get(i);
      String text = in.title() + "\n" + in.text();
      assertThat(tokens(NABA, text)).as(in.id()).isEqualTo(tokens(LUCENE_ORDER, text));
    }
  }
}
