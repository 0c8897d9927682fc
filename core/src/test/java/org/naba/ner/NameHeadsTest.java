package org.naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names cut after a head that names nothing alone, mended: each rule with the tags the tagger gave, in Arabic. */
class NameHeadsTest {
  /** Mends "word/TAG word …" (a bare word is O) and gives the result in the same form. */
  private static String mend(String tagged) {
    NerTraining.Sentence s = NerModelTest.sentence(tagged);
    String[] mended = NameHeads.mend(s.tokens(), s.tags().toArray(String[]::new));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < mended.length; i++) {
      out.add(mended[i].equals("O") ? s.tokens().get(i) : s.tokens().get(i) + "/" + mended[i]);
    }
    return String.join(" ", out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      في محافظة دير/B-LOC الزور السورية                | في محافظة دير/B-LOC الزور/I-LOC السورية
      على استاد مدينة سان/B-LOC بطرسبرغ/B-LOC مساء     | على استاد مدينة سان/B-LOC بطرسبرغ/I-LOC مساء
      في مدينة بئر/B-LOC السبع (                       | في مدينة بئر/B-LOC السبع/I-LOC (
      محتجز الأطفال في نيو/B-LOC مكسيكو/I-LOC          | محتجز الأطفال في نيو/B-LOC مكسيكو/I-LOC
      غنت أم/B-PERS كلثوم في القاهرة/B-LOC             | غنت أم/B-PERS كلثوم/I-PERS في القاهرة/B-LOC
      مباراة باريس/B-LOC سان/B-LOC جيرمان/B-ORG أمس    | مباراة باريس/B-LOC سان/B-ORG جيرمان/I-ORG أمس
      في ريو/B-LOC دي جانيرو البرازيلية                | في ريو/B-LOC دي/I-LOC جانيرو/I-LOC البرازيلية
      في ريو/B-LOC دي/B-PERS جانيرو/I-PERS أمس         | في ريو/B-LOC دي/I-LOC جانيرو/I-LOC أمس
      """)
  void aHeadTakesTheWordAfterIt(String tagged, String mended) {
    assertThat(mend(tagged.strip())).isEqualTo(mended.strip());
  }

  @Test
  void aCompoundFirstNameGoesOnIntoThePersonsNameAfterIt() {
    assertThat(mend("قال الرئيس عبد/B-PERS ربه/I-PERS منصور/B-PERS هادي/I-PERS إن"))
        .isEqualTo("قال الرئيس عبد/B-PERS ربه/I-PERS منصور/I-PERS هادي/I-PERS إن");
    // Alone, or before a place, it stays as tagged.
    assertThat(mend("التقى عبد/B-PERS الله/I-PERS بوفد")).isEqualTo("التقى عبد/B-PERS الله/I-PERS بوفد");
    assertThat(mend("زار عبد/B-PERS الله/I-PERS عمان/B-LOC")).isEqualTo("زار عبد/B-PERS الله/I-PERS عمان/B-LOC");
  }

  @Test
  void aHeadWithNoWordAfterItIsNoName() {
    assertThat(mend("وصلوا إلى دير/B-LOC .")).isEqualTo("وصلوا إلى دير .");
    assertThat(mend("أخبار سان/B-LOC")).isEqualTo("أخبار سان");
  }

  @Test
  void aWholeNameAndOtherWordsStayAsTagged() {
    assertThat(mend("قال عمران/B-PERS خان/I-PERS إن خان/B-PERS فاز"))
        .isEqualTo("قال عمران/B-PERS خان/I-PERS إن خان/B-PERS فاز");
    assertThat(mend("في تل/B-LOC أبيب/I-LOC أمس")).isEqualTo("في تل/B-LOC أبيب/I-LOC أمس");
    assertThat(mend("في موسكو/B-LOC أمس")).isEqualTo("في موسكو/B-LOC أمس");
    assertThat(mend("قال أبو/B-PERS بكر/I-PERS")).isEqualTo("قال أبو/B-PERS بكر/I-PERS");
  }

  @Test
  void theTaggerReadsMendedNames() {
    NerModel ner = NerModel.bundled();
    List<String> tokens = NerModel.tokens(SENTENCE);
    assertThat(ner.mentions(tokens)).extracting(NerModel.Mention::text).contains("سان بطرسبرغ")
        .doesNotContain("سان", "بطرسبرغ");
  }

  /** A sentence the bundled tagger cuts after "سان" ("سان", "بطرسبرغ": two places). */
  static final String SENTENCE = "وفاز المنتخب الفرنسي على نظيره البلجيكي في مدينة سان بطرسبرغ مساء الثلاثاء";
}
