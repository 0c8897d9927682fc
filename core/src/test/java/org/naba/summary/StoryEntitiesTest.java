package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.model.NamedEntity;
import org.naba.model.StoryEntity;

/** A story's names, with the spellings its outlets use merged; one rule per test, in Arabic script. */
class StoryEntitiesTest {
  private static StoryEntities.Mentioned article(String id, String... typedNames) {
    List<NamedEntity> names = new ArrayList<>();
    for (String t : typedNames) {
      int colon = t.indexOf(':');
      names.add(new NamedEntity(t.substring(colon + 1), t.substring(0, colon)));
    }
    return new StoryEntities.Mentioned(id, names);
  }

  private static StoryEntity named(List<StoryEntity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + entities));
  }

  @Test
  void transliterationsOfOneForeignNameAreOneEntity() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:بوتين", "LOC:هانغتشو"),
        article("a2", "PERS:بوتين", "LOC:هانجتشو"),
        article("a3", "PERS:بوتن", "LOC:هانغتشو")), 12);
    assertThat(out).hasSize(2);
    assertThat(named(out, "بوتين").variants()).containsExactly("بوتين", "بوتن");
    assertThat(named(out, "بوتين").articles()).containsExactly("a1", "a2", "a3");
    assertThat(named(out, "هانغتشو").variants()).containsExactly("هانغتشو", "هانجتشو");
  }

  @Test
  void aHashtagsUnderscoresAreSpaces() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:سيرغي سكريبال"), article("a2", "PERS:سيرغي_سكريبال")), 12);
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.variants()).containsExactly("سيرغي سكريبال");
      assertThat(e.articles()).containsExactly("a1", "a2");
    });
  }

  @Test
  void aGWrittenAsKafIsTheSameName() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:إنجلترا", "LOC:كرواتيا"), article("a2", "LOC:إنكلترا", "LOC:كرواتيا")), 12);
    assertThat(named(out, "إنجلترا").variants()).containsExactly("إنجلترا", "إنكلترا");
    assertThat(out).hasSize(2);
  }

  @Test
  void alefAndTaMarbutaEndingsAreOneName() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:سوريا"), article("a2", "LOC:سورية"), article("a3", "LOC:سوريا")), 12);
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("سوريا");
      assertThat(e.variants()).containsExactly("سوريا", "سورية");
      assertThat(e.mentions()).isEqualTo(3);
    });
  }

  @Test
  void differentNamesStayApart() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:ليبيا", "LOC:لبنان", "PERS:مي"), article("a2", "LOC:ليبيا", "LOC:لبنان", "PERS:ما")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("ليبيا", "لبنان", "مي", "ما");
  }

  @Test
  void hamzaVariantsAreOneVariantShownAsMostWriteIt() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:إيران"), article("a2", "LOC:ايران"), article("a3", "LOC:إيران")), 12);
    assertThat(out).singleElement().satisfies(e -> assertThat(e.variants()).containsExactly("إيران"));
  }

  @Test
  void aSurnameAloneJoinsTheFullName() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:فلاديمير بوتين"), article("a2", "PERS:بوتين"), article("a3", "PERS:بوتين"),
        article("a4", "PERS:رجب طيب أردوغان", "PERS:طيب أردوغان"), article("a5", "PERS:أردوغان")), 12);
    // Named by the full name, though most mentions give the surname alone.
    assertThat(named(out, "فلاديمير بوتين").variants()).containsExactly("بوتين", "فلاديمير بوتين");
    assertThat(named(out, "فلاديمير بوتين").articles()).containsExactly("a1", "a2", "a3");
    assertThat(named(out, "رجب طيب أردوغان").variants())
        .containsExactlyInAnyOrder("رجب طيب أردوغان", "طيب أردوغان", "أردوغان");
  }

  @Test
  void aFathersNameIsAnotherPersonNotAShortForm() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:محمد بن سلمان بن عبدالعزيز", "PERS:سلمان بن عبدالعزيز"),
        article("a2", "PERS:سلمان بن عبدالعزيز", "PERS:محمد بن سلمان")), 12);
    assertThat(out).extracting(StoryEntity::name)
        .containsExactlyInAnyOrder("محمد بن سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز");
    assertThat(named(out, "سلمان بن عبدالعزيز").articles()).containsExactly("a1", "a2");
    // The chain cut short is the same person.
    assertThat(named(out, "محمد بن سلمان بن عبدالعزيز").variants())
        .containsExactlyInAnyOrder("محمد بن سلمان بن عبدالعزيز", "محمد بن سلمان");
  }

  @Test
  void aNameTwoFullNamesEndWithJoinsNeither() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:محمد سلمان", "PERS:خالد سلمان"), article("a2", "PERS:سلمان", "PERS:محمد سلمان"),
        article("a3", "PERS:سلمان", "PERS:خالد سلمان")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactlyInAnyOrder("محمد سلمان", "خالد سلمان", "سلمان");
  }

  @Test
  void cliticsComeOffWhenCertainOrWhenTheStoryNamesTheRestAlone() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:للعراق", "LOC:وبالرياض", "LOC:وأنقرة", "PERS:وبوتين", "LOC:واشنطن", "LOC:ليبيا"),
        article("a2", "LOC:العراق", "LOC:الرياض", "LOC:أنقرة", "PERS:بوتين", "LOC:واشنطن", "LOC:ليبيا")), 12);
    assertThat(out).extracting(StoryEntity::name)
        .containsExactly("العراق", "الرياض", "أنقرة", "بوتين", "واشنطن", "ليبيا");
    // "و" and "ل" that may begin the word itself stay on when the rest is never named alone.
    assertThat(StoryEntities.withoutClitics("وليد", java.util.Set.of())).isEqualTo("وليد");
    assertThat(StoryEntities.withoutClitics("لندن", java.util.Set.of())).isEqualTo("لندن");
    // "كال" opens a name more often than it is "as the".
    assertThat(StoryEntities.withoutClitics("كاليفورنيا", java.util.Set.of())).isEqualTo("كاليفورنيا");
    assertThat(StoryEntities.withoutClitics("وكاليفورنيا", java.util.Set.of("كاليفورنيا")))
        .isEqualTo("كاليفورنيا");
    assertThat(StoryEntities.withoutClitics("وكالة الأنباء الفلسطينية", java.util.Set.of()))
        .isEqualTo("وكالة الأنباء الفلسطينية");
  }

  @Test
  void liBeforeANameThatOpensWithLamIsLiWhereTheStoryNamesIt() {
    // "لليونيل ميسي": li- + "ليونيل ميسي", which the story names; elsewhere "لل" is li- + al- ("للعراق" → "العراق").
    assertThat(StoryEntities.withoutClitics("لليونيل ميسي", java.util.Set.of("ليونيل ميسي"))).isEqualTo("ليونيل ميسي");
    assertThat(StoryEntities.withoutClitics("لليونيل ميسي", java.util.Set.of())).isEqualTo("اليونيل ميسي");
    // With the full name one, the surname alone joins it.
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:ليونيل ميسي", "PERS:ميسي"), article("a2", "PERS:ميسي"),
        article("a3", "PERS:لليونيل ميسي", "PERS:ميسي")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("ليونيل ميسي");
  }

  @Test
  void bOrLBeforeAHamzaOnAlefIsAClitic() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:لإيران", "LOC:بأمريكا", "MISC:كأس العالم"), article("a2", "LOC:لإيران")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("إيران", "أمريكا", "كأس العالم");
    // Too short to be a name behind a clitic: "بأس" (harm) is a word.
    assertThat(StoryEntities.withoutClitics("بأس", java.util.Set.of())).isEqualTo("بأس");
  }

  @Test
  void aDoubtfulCliticComesOffWhenTheStoryWritesTheRestAloneAsOften() {
    StoryEntities.Written text = StoryEntities.Written.of(List.of(
        "وصل الوفد إلى مصر أمس، وتستضيف مصر المحادثات في القاهرة",
        "زار الوزير برلين ثم توجه إلى بنادي الفتح حيث استقبله رئيس نادي الفتح، في بيان نادي الفتح"));
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:بمصر", "LOC:برلين", "ORG:بنادي الفتح"), article("a2", "LOC:مصر")), 12, text);
    assertThat(out).extracting(StoryEntity::name).containsExactly("مصر", "برلين", "نادي الفتح");
    assertThat(named(out, "مصر").articles()).containsExactly("a1", "a2");
    // Without the text's evidence, the clitic stays on a name the story never names alone.
    assertThat(StoryEntities.withoutClitics("بنادي الفتح", java.util.Set.of())).isEqualTo("بنادي الفتح");
  }

  @Test
  void aDoubtfulCliticBeforeAPlaceOfTheGazetteerComesOff() {
    java.util.Set<String> none = java.util.Set.of();
    assertThat(StoryEntities.withoutClitics("بمكة", none)).isEqualTo("مكة");
    assertThat(StoryEntities.withoutClitics("ومصر", none)).isEqualTo("مصر");
    assertThat(StoryEntities.withoutClitics("وبغداد", none)).isEqualTo("بغداد");
    assertThat(StoryEntities.withoutClitics("لروسيا", none)).isEqualTo("روسيا");
    // A place's own first letter stays, whatever else the story names.
    assertThat(StoryEntities.withoutClitics("بنغازي", java.util.Set.of("نغازي"))).isEqualTo("بنغازي");
    assertThat(StoryEntities.withoutClitics("فلسطين", none)).isEqualTo("فلسطين");
  }

  @Test
  void aWordWrittenOnceOrInsideAHyphenatedNameIsNoEvidenceOfAClitic() {
    // "يونغ" once on its own and once in "إيوي-يونغ": "بيونغ يانغ" keeps its first letter.
    StoryEntities.Written text = StoryEntities.Written.of(List.of(
        "زار تشونغ إيوي-يونغ بيونغ يانغ", "قال \"يونغ\" إن بيونغ يانغ مستعدة"));
    assertThat(StoryEntities.withoutClitics("بيونغ يانغ", java.util.Set.of(), text)).isEqualTo("بيونغ يانغ");
    StoryEntities.Written once = StoryEntities.Written.of(List.of("قصف في يبرود", "وفي بيبرود"));
    assertThat(StoryEntities.withoutClitics("بيبرود", java.util.Set.of(), once)).isEqualTo("بيبرود");
  }

  @Test
  void aRankIsNoPartOfAPersonsName() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:الركن تركي المالكي"), article("a2", "PERS:العقيد الركن تركي المالكي", "ORG:اللواء الثامن"),
        article("a3", "PERS:تركي المالكي", "ORG:اللواء الثامن")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("تركي المالكي", "اللواء الثامن");
    assertThat(named(out, "تركي المالكي").articles()).containsExactly("a1", "a2", "a3");
    // A rank and one word: the word alone would not say who.
    assertThat(StoryEntities.withoutRank("اللواء عباس", "PERS")).isEqualTo("اللواء عباس");
    assertThat(StoryEntities.withoutRank("دكتور عاطي بن عطية القرشي", "PERS")).isEqualTo("عاطي بن عطية القرشي");
    // The first word of "ولي العهد" after the name goes; a name of two words keeps it.
    assertThat(StoryEntities.withoutRank("محمد بن سلمان بن عبدالعزيز ولي", "PERS")).isEqualTo("محمد بن سلمان بن عبدالعزيز");
    assertThat(StoryEntities.withoutRank("شاه ولي", "PERS")).isEqualTo("شاه ولي");
  }

  @Test
  void theSpellingsOfANamesWordAreTheOtherOneWordSpellingsOfItsSkeleton() {
    var spellings = StoryEntities.spellingsOf(List.of(
        new StoryEntity("فلاديمير بوتين", "PERS", List.of("فلاديمير بوتين", "بوتين", "بوتن"), 5, List.of("a1")),
        new StoryEntity("السعودية", "LOC", List.of("السعودية", "المملكة"), 3, List.of("a1")),
        new StoryEntity("بنيامين نتنياهو", "PERS", List.of("نتنياهو", "نتانياهو"), 2, List.of("a2")),
        new StoryEntity("سوريا", "LOC", List.of("سوريا", "سورية"), 2, List.of("a2"))));
    assertThat(spellings).containsEntry("بوتين", java.util.Set.of("بوتن")).containsEntry("بوتن", java.util.Set.of("بوتين"))
        .containsEntry("نتنياهو", java.util.Set.of("نتانياهو"));
    // keyed folded, given as written
    assertThat(spellings).containsEntry("سوريه", java.util.Set.of("سوريا")).containsEntry("سوريا", java.util.Set.of("سورية"));
    // a title standing for a place, and a surname beside the full name, are other words, not spellings
    assertThat(spellings).doesNotContainKeys("السعوديه", "المملكه", "فلاديمير");
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
    "بوتين, بوتن, true",
    "امريكا, اميركا, true",
    "غوغل, جوجل, true",
    "البنتاغون, البنتاجون, true",
    "نتنياهو, نتانياهو, true",
    // two words that meet in a skeleton of few consonants
    "المالكي, المملكه, false",
    "الشناوي, الشيشان, false",
  })
  void wordsOfOneSkeletonAreSpellingsOfOneWordOnlyWhenTheirLettersAreClose(String a, String b, boolean close) {
    assertThat(StoryEntities.closeSpellings(a, b)).isEqualTo(close);
  }

  @Test
  void aMediumTheStoryOnlyCreditsIsNoneOfItsNames() {
    List<StoryEntities.Mentioned> articles = List.of(
        article("a1", "ORG:رويترز", "PERS:محمد صلاح لـCNN", "LOC:ليفربول"),
        article("a2", "ORG:رويترز", "PERS:محمد صلاح", "ORG:لبي بي سي"));
    StoryEntities.Written written = StoryEntities.Written.of(List::of,
        List.of("محمد صلاح لـCNN: يمكننا الفوز بدوري أبطال أوروبا", "صلاح يتحدث عن ليفربول"), List.of("CNN"));
    List<StoryEntity> out = StoryEntities.gather(articles, 12, written);
    assertThat(out).extracting(StoryEntity::name).containsExactly("محمد صلاح", "ليفربول");
    assertThat(named(out, "محمد صلاح").articles()).containsExactly("a1", "a2");
  }

  @Test
  void aMediumATitleIsAboutIsOneOfTheStorysNames() {
    List<StoryEntities.Mentioned> articles = List.of(
        article("a1", "ORG:بي بي سي", "PERS:كاري غراسي"), article("a2", "ORG:بي بي سي", "PERS:كاري غراسي"));
    StoryEntities.Written written = StoryEntities.Written.of(List::of,
        List.of("بي بي سي تعتذر للمذيعة كاري غراسي بشأن راتبها"), List.of());
    assertThat(StoryEntities.gather(articles, 12, written)).extracting(StoryEntity::name)
        .containsExactly("بي بي سي", "كاري غراسي");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "لـ«الشرق الأوسط | الشرق الأوسط",
    "لـ\"سكاي نيوز | سكاي نيوز",
    "\"الرياض | الرياض",
    "الـ\"كي جي بي | كي جي بي",
    "توفيق الربيعة،على | توفيق الربيعة",
    "سلطان بن سحيم:إنفاق | سلطان بن سحيم",
    "مورينيو بـ\"الخبر المزعج | مورينيو",
    "أردوغان و\"القصر الطائر | أردوغان",
    // a name's own first letters stay: "لبنان" and "بوتين" open with no clitic
    "لبنان | لبنان",
    "بوتين\" | بوتين",
  })
  void aNameEndsAtAMarkAndLosesTheQuoteAndCliticBeforeIt(String tagged, String name) {
    assertThat(StoryEntities.withinMarks(tagged)).isEqualTo(name);
  }

  @Test
  void aNameCutShortOfItsLastWordJoinsTheNameSaidMoreOften() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:كيم جونغ أون", "PERS:دونالد ترامب"), article("a2", "PERS:كيم جونغ أون", "PERS:كيم جونغ",
            "PERS:دونالد ترامب", "PERS:دونالد ترامب جونيور")), 12);
    assertThat(out).extracting(StoryEntity::name)
        .containsExactly("كيم جونغ أون", "دونالد ترامب", "دونالد ترامب جونيور");
    assertThat(named(out, "كيم جونغ أون").variants()).containsExactly("كيم جونغ أون", "كيم جونغ");
  }

  @Test
  void twoNamesJoinedByWaAreTwoNamesWhenTheStoryKnowsEach() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:رونالدو وميسي", "PERS:هارفي واينستين"), article("a2", "PERS:كريستيانو رونالدو",
            "PERS:ليونيل ميسي", "PERS:هارفي واينستين"),
        article("a3", "PERS:رونالدو", "LOC:البوسنة والهرسك"), article("a4", "LOC:البوسنة والهرسك")), 12);
    assertThat(out).extracting(StoryEntity::name)
        .containsExactlyInAnyOrder("كريستيانو رونالدو", "ليونيل ميسي", "هارفي واينستين", "البوسنة والهرسك");
    assertThat(named(out, "ليونيل ميسي").articles()).containsExactly("a1", "a2");
    // Three names, the last two a pair of their own; a part the story does not know keeps the mention whole.
    java.util.Set<String> known = java.util.Set.of("ترامب", "بوتين", "ماكرون");
    assertThat(StoryEntities.apart("ترامب وبوتين وماكرون", known)).containsExactly("ترامب", "بوتين", "ماكرون");
    assertThat(StoryEntities.apart("توم وجيري", known)).containsExactly("توم وجيري");
    // Two places of the gazetteer are two places, known to the story or not; "الهرسك" is no place of its own.
    assertThat(StoryEntities.apart("أربيل والسليمانية", known)).containsExactly("أربيل", "السليمانية");
    assertThat(StoryEntities.apart("البوسنة والهرسك", known)).containsExactly("البوسنة والهرسك");
  }

  @Test
  void aPrepositionAtANamesEdgeGoesAndOnBeforeANameTheStoryKnows() {
    java.util.Set<String> known = java.util.Set.of("ترامب", "تويتر");
    assertThat(StoryEntities.withoutPrepositions("مع تركي الدخيل", known)).isEqualTo("تركي الدخيل");
    assertThat(StoryEntities.withoutPrepositions("تيريزا ماي أمام", known)).isEqualTo("تيريزا ماي");
    assertThat(StoryEntities.withoutPrepositions("على تويتر", known)).isEqualTo("تويتر");
    assertThat(StoryEntities.withoutPrepositions("على ترامب", known)).isEqualTo("ترامب");
    // "على" is also the name Ali in Egyptian spelling, and "إمام" (imam) is no "أمام" (before).
    assertThat(StoryEntities.withoutPrepositions("على صالح", known)).isEqualTo("على صالح");
    assertThat(StoryEntities.withoutPrepositions("محمد على", known)).isEqualTo("محمد على");
    assertThat(StoryEntities.withoutPrepositions("عادل إمام", known)).isEqualTo("عادل إمام");
    assertThat(StoryEntities.withoutPrepositions("في", known)).isEqualTo("في");
    assertThat(StoryEntities.withoutPrepositions("المنظمة أن السلطات", known)).isEqualTo("المنظمة");
    assertThat(StoryEntities.withoutPrepositions("الوزير إنه يرى", known)).isEqualTo("الوزير");
    assertThat(StoryEntities.withoutPrepositions("المنظمة إن", known)).isEqualTo("المنظمة");
    // The letter N of an acronym: "سي إن إن", "بي إن سبورتس", "لينكد إن", "قناة إن بي سي" stay.
    assertThat(StoryEntities.withoutPrepositions("سي إن إن", known)).isEqualTo("سي إن إن");
    assertThat(StoryEntities.withoutPrepositions("بي إن سبورتس", known)).isEqualTo("بي إن سبورتس");
    assertThat(StoryEntities.withoutPrepositions("لينكد إن", known)).isEqualTo("لينكد إن");
    assertThat(StoryEntities.withoutPrepositions("قناة إن بي سي", known)).isEqualTo("قناة إن بي سي");
    // Ali son of Saleh: the father's name follows a first name.
    assertThat(StoryEntities.withoutPrepositions("على بن صالح", java.util.Set.of("بن صالح"))).isEqualTo("على بن صالح");
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:على ترامب", "PERS:ترامب"), article("a2", "PERS:دونالد ترامب")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("دونالد ترامب");
    // A name opening with "على" does not make its own rest known.
    out = StoryEntities.gather(List.of(article("a1", "PERS:على صالح"), article("a2", "PERS:على صالح")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("على صالح");
  }

  @Test
  void aCountrysAdjectiveAfterAPlaceIsNoPartOfItsName() {
    java.util.Set<String> known = java.util.Set.of("عفرين");
    assertThat(StoryEntities.withoutPlaceAdjective("فلوريدا الأمريكية", "LOC", known)).isEqualTo("فلوريدا");
    assertThat(StoryEntities.withoutPlaceAdjective("ولاية تكساس الأميركية", "LOC", known)).isEqualTo("ولاية تكساس");
    assertThat(StoryEntities.withoutPlaceAdjective("وكالة فارس الإيرانية", "ORG", known)).isEqualTo("وكالة فارس");
    // Names that hold the adjective keep it (the gazetteer's "الولايات المتحدة الأمريكية" is one of the names of the
    // United States); a person's nisba is their name.
    assertThat(StoryEntities.withoutPlaceAdjective("الولايات المتحدة الأمريكية", "LOC", known))
        .isEqualTo("الولايات المتحدة الأمريكية");
    assertThat(StoryEntities.withoutPlaceAdjective("منظمة التحرير الفلسطينية", "ORG", known))
        .isEqualTo("منظمة التحرير الفلسطينية");
    assertThat(StoryEntities.withoutPlaceAdjective("وزارة الخارجية الروسية", "ORG", known))
        .isEqualTo("وزارة الخارجية الروسية");
    assertThat(StoryEntities.withoutPlaceAdjective("الأراضي الفلسطينية", "LOC", known)).isEqualTo("الأراضي الفلسطينية");
    assertThat(StoryEntities.withoutPlaceAdjective("المملكة العربية السعودية", "LOC", java.util.Set.of("المملكه العربيه")))
        .isEqualTo("المملكة العربية السعودية");
    assertThat(StoryEntities.withoutPlaceAdjective("أبو بكر البغدادي", "PERS", known)).isEqualTo("أبو بكر البغدادي");
    // Not every adjective is a country's: North Korea is not Korea, and "الرياضية" is sporting.
    assertThat(StoryEntities.withoutPlaceAdjective("كوريا الشمالية", "LOC", known)).isEqualTo("كوريا الشمالية");
    assertThat(StoryEntities.withoutPlaceAdjective("مدينة جدة الرياضية", "LOC", known))
        .isEqualTo("مدينة جدة الرياضية");
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:عفرين السورية", "LOC:عفرين"), article("a2", "LOC:عفرين")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("عفرين");
  }

  @Test
  void thePlacesTheGazetteerKnowsByTwoNamesAreOne() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:المملكة العربية السعودية", "LOC:الإمارات"),
        article("a2", "LOC:السعودية", "LOC:الإمارات العربية المتحدة", "LOC:الولايات المتحدة الأمريكية"),
        article("a3", "LOC:السعودية", "LOC:أميركا")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("السعودية", "الإمارات", "الولايات المتحدة الأمريكية");
    assertThat(named(out, "الولايات المتحدة الأمريكية").variants())
        .containsExactly("الولايات المتحدة الأمريكية", "أميركا");
    assertThat(named(out, "السعودية").variants()).containsExactly("السعودية", "المملكة العربية السعودية");
  }

  @Test
  void aPlaceOfTwoConsonantsIsNotMergedWithAnotherNameOfThoseConsonants() {
    // "سوريا" and "سويسرا", "روسيا" and the footballer "رويس" share two consonants; "الغوطة" and "غوطة" are one place.
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:سويسرا", "LOC:سوريا", "PERS:ماركو رويس", "LOC:الغوطة"),
        article("a2", "LOC:سويسرا", "LOC:سوريا", "PERS:رويس", "LOC:روسيا", "LOC:غوطة"),
        article("a3", "LOC:روسيا", "LOC:روسية")), 12);
    assertThat(out).extracting(StoryEntity::name)
        .containsExactlyInAnyOrder("سويسرا", "سوريا", "ماركو رويس", "الغوطة", "روسيا");
    assertThat(named(out, "روسيا").variants()).containsExactly("روسيا", "روسية");
    assertThat(named(out, "ماركو رويس").variants()).containsExactly("ماركو رويس", "رويس");
    // More consonants: a place's misspelling tagged as a place is the place, a name tagged otherwise is not.
    out = StoryEntities.gather(List.of(
        article("a1", "LOC:أوكرانيا", "LOC:إيران", "PERS:أرين"), article("a2", "LOC:اوكرنيا", "LOC:إيران", "PERS:أرين")),
        12);
    assertThat(out).extracting(StoryEntity::name).containsExactlyInAnyOrder("أوكرانيا", "إيران", "أرين");
    assertThat(named(out, "أوكرانيا").variants()).containsExactly("أوكرانيا", "اوكرنيا");
    // And it still does beside another name of its consonants.
    out = StoryEntities.gather(List.of(
        article("a1", "LOC:أوكرانيا", "ORG:أكرونيا"), article("a2", "LOC:اوكرنيا", "ORG:أكرونيا")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactlyInAnyOrder("أوكرانيا", "أكرونيا");
    assertThat(named(out, "أوكرانيا").variants()).containsExactly("أوكرانيا", "اوكرنيا");
    // The club and the city, tagged either way, are one name when nothing else shares their consonants.
    out = StoryEntities.gather(List.of(article("a1", "ORG:روما"), article("a2", "LOC:روما")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("روما");
  }

  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @CsvSource(delimiter = '|', value = {
    "سورية | LOC | سوريا", "غوطة | LOC | الغوطه", "روسية | LOC | روسيا", "روسية | PERS | ''", "رويس | PERS | ''",
    "رائد | PERS | ''", "ماني | PERS | ''"})
  void theGazetteerTellsWhichPlaceAOneWordNameIs(String surface, String type, String place) {
    assertThat(StoryEntities.placeOf(surface, type)).isEqualTo(place);
  }

  @Test
  void abdWrittenOntoTheNameOrApartIsOneName() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:عبد الفتاح السيسي", "PERS:عبدالله الثاني"),
        article("a2", "PERS:عبدالفتاح السيسي", "PERS:عبد الله الثاني"),
        article("a3", "PERS:السيسي", "PERS:عبدالفتاح السيسي")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("عبدالفتاح السيسي", "عبدالله الثاني");
    assertThat(named(out, "عبدالفتاح السيسي").variants())
        .containsExactlyInAnyOrder("عبدالفتاح السيسي", "عبد الفتاح السيسي", "السيسي");
    assertThat(StoryEntities.skeleton("عبدالعزيز")).isEqualTo(StoryEntities.skeleton("عبد العزيز"));
  }

  @Test
  void theKingdomStandingAloneIsTheStorysOneKingdom() {
    // The Saudi–Canadian dispute: "المملكة" is Saudi Arabia, the one kingdom the story names.
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:السعودية", "LOC:كندا", "LOC:المملكة"),
        article("a2", "LOC:المملكة", "LOC:كندا"), article("a3", "LOC:السعودية")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("السعودية", "كندا");
    assertThat(named(out, "السعودية").variants()).containsExactly("السعودية", "المملكة");
    // Said more often than the country's name, the title still does not stand for it in the list.
    out = StoryEntities.gather(List.of(
        article("a1", "LOC:المملكة", "LOC:المملكة", "LOC:السعودية"), article("a2", "LOC:المملكة")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("السعودية");
    assertThat(named(out, "السعودية").variants()).containsExactly("المملكة", "السعودية");
    // With Britain named too, "المملكة" could be either kingdom: it stays a name of its own.
    out = StoryEntities.gather(List.of(
        article("a1", "LOC:السعودية", "LOC:بريطانيا", "LOC:المملكة"), article("a2", "LOC:المملكة")), 12);
    assertThat(out).extracting(StoryEntity::name).contains("السعودية", "بريطانيا", "المملكة");
  }

  @Test
  void anOrganisationCalledByOneWordOfItsNameJoinsTheOneNameItOpensOrCloses() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "ORG:مانشستر يونايتد", "ORG:ريال مدريد", "ORG:تنظيم القاعدة"),
        article("a2", "ORG:يونايتد", "ORG:ريال", "ORG:القاعدة")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("مانشستر يونايتد", "ريال مدريد", "تنظيم القاعدة");
    // Two names end with "يونايتد": it joins neither. "الاتحاد" (the club Al-Ittihad) opens no name it is said for;
    // "سبوتيفاي" joins no pair of names.
    out = StoryEntities.gather(List.of(
        article("a1", "ORG:مانشستر يونايتد", "ORG:ويست هام يونايتد", "ORG:الاتحاد الآسيوي"),
        article("a2", "ORG:يونايتد", "ORG:الاتحاد", "ORG:سبوتيفاي", "ORG:سبوتيفاي وأبل ميوزيك")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("مانشستر يونايتد", "ويست هام يونايتد",
        "الاتحاد الآسيوي", "يونايتد", "الاتحاد", "سبوتيفاي", "سبوتيفاي وأبل ميوزيك");
  }

  @Test
  void anOrganisationWithAndWithoutInternationalIsOneName() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "ORG:مجلس الأمن الدولي", "ORG:منظمة الصحة العالمية", "ORG:الاتحاد الدولي"),
        article("a2", "ORG:مجلس الأمن", "ORG:مجلس الأمن", "ORG:منظمة الصحة العالمية", "ORG:الاتحاد")), 12);
    assertThat(out).extracting(StoryEntity::name)
        .containsExactly("مجلس الأمن", "منظمة الصحة العالمية", "الاتحاد الدولي", "الاتحاد");
    assertThat(named(out, "مجلس الأمن").variants()).containsExactly("مجلس الأمن", "مجلس الأمن الدولي");
  }

  @Test
  void inAStoryOfThreeOrMoreArticlesANameSaidOnceIsLeftOut() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:اليمن", "PERS:عابر", "PERS:هادي", "PERS:هادي"), article("a2", "LOC:اليمن"),
        article("a3", "LOC:عدن")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("اليمن", "هادي");
    // A story of one or two articles keeps each name it has.
    assertThat(StoryEntities.gather(List.of(article("a1", "PERS:عابر")), 12)).hasSize(1);
  }

  @Test
  void godCurrenciesLinksAndHeadNounsAloneAreNoNamesOfTheStory() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "MISC:الله", "MISC:دولار", "ORG:ريال", "LOC:جدة", "MISC:دولارا"), article("a2", "MISC:الله",
            "MISC:الريال", "ORG:ريال", "LOC:جدة", "MISC:دولارا", "MISC:الدولارات", "LOC:لفلسطين http", "LOC:سلطنة",
            "ORG:منظمة", "ORG:الحكومة")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("ريال", "جدة");
  }

  @Test
  void aFormulaOfPrayerTakenInWithItsVerbIsNoNameButNamesEndingInGodAre() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:حفظه الله", "PERS:يرحمه الله", "MISC:إن شاء الله", "MISC:إن الله", "ORG:حزب الله",
            "PERS:عبد الله الثاني"),
        article("a2", "PERS:حفظه الله", "PERS:يرحمه الله", "MISC:إن الله", "ORG:حزب الله", "PERS:نصر الله",
            "PERS:عبد الله")), 12);
    assertThat(out).extracting(StoryEntity::name).contains("حزب الله", "نصر الله")
        .doesNotContain("حفظه الله", "يرحمه الله", "إن شاء الله", "إن الله");
    assertThat(out).extracting(StoryEntity::name).anyMatch(n -> n.startsWith("عبد الله"));
  }

  @Test
  void aTitleWithItsPronounAndAPrayerCutShortAreNoNames() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "PERS:سموه", "PERS:معاليه", "MISC:رحمه", "MISC:لله", "PERS:فيصل بن خالد"),
        article("a2", "PERS:سموه", "PERS:جلالته", "MISC:يرحمه", "MISC:لله", "PERS:فيصل بن خالد")), 12);
    assertThat(out).extracting(StoryEntity::name).containsExactly("فيصل بن خالد");
  }

  @Test
  void namedByMostArticlesFirstAndAtMostTheLimit() {
    List<StoryEntity> out = StoryEntities.gather(List.of(
        article("a1", "LOC:مصر", "LOC:غزة"), article("a2", "LOC:غزة", "LOC:مصر"), article("a3", "LOC:غزة")), 1);
    assertThat(out).extracting(StoryEntity::name).containsExactly("غزة");
  }

  @Test
  void theLexiconFindsTaggedNamesInOtherArticlesWithTheirClitics() {
    StoryEntities.Lexicon lexicon = StoryEntities.Lexicon.of(List.of(
        article("a1", "PERS:فلاديمير بوتين", "LOC:الرياض", "PERS:بوتين")));
    List<NamedEntity> found = lexicon.find(List.of(
        List.of("التقى", "فلاديمير", "بوتين", "وبوتين", "في", "للرياض", "وبالرياض", "بوتينات")));
    assertThat(found).extracting(NamedEntity::text)
        .containsExactly("فلاديمير بوتين", "وبوتين", "للرياض", "وبالرياض");
    assertThat(found).extracting(NamedEntity::type).containsExactly("PERS", "PERS", "LOC", "LOC");
  }

  @Test
  void aDatelineIsNotReadForNames() {
    assertThat(StoryEntities.afterDateline(List.of("دبي", "،", "الإمارات", "(", "CNN", ")", "-", "-", "قال", "ترامب")))
        .containsExactly("قال", "ترامب");
    // A parenthesis in the text without a dash after it is no dateline.
    List<String> plain = List.of("قال", "(", "ترامب", ")", "إن");
    assertThat(StoryEntities.afterDateline(plain)).isEqualTo(plain);
  }
}
