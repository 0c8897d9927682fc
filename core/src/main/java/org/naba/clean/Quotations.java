package org.naba.clean;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.model.Quote;
import org.naba.text.Media;
import org.naba.text.TextNormalizer;

/**
 * Verbatim quotations in a paragraph: spans between «…», "…" and “…”. A linear scan (no regex), so unbalanced
 * marks in dirty text cost nothing; spans shorter than two words or longer than 2,000 characters are not quotes.
 *
 * <p>The speaker of an inline quotation is the name right after the verb of saying that introduces it, the closest
 * before the opening mark in its sentence (up to 30 words back): "قال أوباما «…»", "وأعلن بوتين أن هناك «…»". When the
 * verb is followed by a title or the kind of an institution ("قال الرئيس باراك أوباما الأحد إن …", "ونقلت صحيفة
 * نيويورك تايمز …") the name runs on, up to eight words, until a stop word (an institution's name, until an
 * indefinite word after its definite ones); the links of an Arabic name carry it on ("محمد بن سلمان", "رامي عبد
 * الرحمن"); an untitled name takes two or three words where what was said plainly begins after them. A medium that
 * passes on what another said gives way to them ("نقلت رويترز عن مسؤول أمريكي قوله «…»" → "مسؤول أمريكي"). When the verb is followed by a particle ("وقال خلال مؤتمر صحافي «…»"), a particle
 * with a pronoun ("قال فيها", "قالت إنها") or an adverb of manner ("وأضاف قائلا", "مضيفاً") the quotation has no
 * named speaker. On ANT 2018, 40 quotations drawn at random among those with a speaker before or after this rule
 * ({@code tools/experiments/2026-11-30-speaker-sample.py}, judged by hand):
 * 21 speakers judged right before, 32 after (the rest mostly spans that are titles or names, not speech).
 *
 * <p>Across an article ({@link #find(List)}), a statement continued without a name ("وأضاف «…»") keeps the speaker
 * of the statement before it, and a title alone ("وقال الوزير «…»") is the article's earlier speaker of that title.
 * On ANT 2018 this gives 6,852 more quotations a speaker (26,358 → 33,210; SaudiNewsNet 10,772 → 13,656); of 30
 * drawn at random ({@code tools/quote-speakers-diff.py} lists the changes), 24 were judged right, the others mostly
 * inheriting a speaker the rule before had cut short.
 */
final class Quotations {
  private Quotations() {}

  private static final Set<String> SAYING = folded(
      "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "تابع", "تابعت", "أكد", "أكدت", "صرح", "صرحت", "أوضح",
      "أوضحت", "أعلن", "أعلنت", "اعتبر", "اعتبرت", "رأى", "أشار", "أشارت", "شدد", "شددت", "لفت", "ذكر", "ذكرت",
      "كتب", "كتبت", "حذر", "حذرت", "نقل", "نقلت");
  /**
   * Words that head a longer name: a title before a person's name, or an institution's kind before its name (a
   * newspaper, an agency, a ministry, a spokesman of …): "صحيفة نيويورك تايمز", "متحدث باسم الخارجية".
   */
  private static final Set<String> TITLES = folded(
      "الرئيس", "رئيس", "وزير", "الوزير", "وزيرة", "المتحدث", "المتحدثة", "الناطق", "مسؤول", "المسؤول", "السفير",
      "النائب", "الأمين", "المبعوث", "الملك", "الأمير", "الشيخ", "نائب", "متحدث", "متحدثة", "ناطق", "مدير", "مديرة",
      "المدير", "صحيفة", "وكالة", "موقع", "وزارة", "شركة", "منظمة", "مجلس", "هيئة", "حركة", "حزب", "جماعة", "قائد",
      "زعيم", "مصدر", "مصادر", "أحد", "عضو", "فرانس", "الاتحاد", "المرصد", "رئيسة", "الرئيسة", "مستشار", "المستشار",
      "سفير", "مندوب", "المندوب", "مبعوث", "البيت", "مكتب", "شبكة", "قناة", "مركز", "جامعة", "مجموعة", "الدكتور",
      "وسائل", "مراسل", "مراسلة", "ولي", "مدرب", "محامي", "محامية", "محافظ", "العميد", "اللواء", "العقيد", "قوات",
      "رابطة", "اتحاد", "نقابة", "لجنة", "اللجنة");
  /**
   * Of the titles, those that head an institution's name: its name is the kind and what qualifies it, definite words
   * ("وزارة الخارجية الأمريكية"), complements with li- ("المرصد السوري لحقوق الإنسان") or a foreign name before them
   * ("صحيفة نيويورك تايمز"), so an indefinite word after a definite one begins what was said ("أعلن البيت الأبيض إلغاء
   * …").
   */
  private static final Set<String> INSTITUTIONS = folded(
      "صحيفة", "وكالة", "موقع", "وزارة", "شركة", "منظمة", "مجلس", "هيئة", "حركة", "حزب", "جماعة", "المرصد", "البيت",
      "مكتب", "شبكة", "قناة", "مركز", "جامعة", "مجموعة", "وسائل", "قوات", "رابطة", "اتحاد", "نقابة", "لجنة", "اللجنة",
      "الاتحاد");
  /** Words inside an Arabic personal name that always go on: "عبد الرحمن", "محمد بن سلمان", "أبو مازن", "آل ثاني". */
  private static final Set<String> NAME_LINKS = folded("عبد", "أبو", "أبي", "بن", "ابن", "بنت", "آل");
  /** Of those, the ones that come between two names ("محمد بن سلمان"): a name goes on before them too. */
  private static final Set<String> BETWEEN_NAMES = folded("بن", "ابن", "بنت");
  /** Prepositions and particles that take a pronoun suffix: "فيها", "عليه", "إنها", "لأنه" name no one. */
  private static final Set<String> PARTICLES =
      folded("في", "على", "عن", "إن", "أن", "لأن", "من", "إلى", "مع", "ل", "ب");
  private static final String[] PRONOUNS = {"ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم"};
  /**
   * Addressees after "لـ": media ("قال لوكالة …", "لقناة …", "لصحفيين") and the counterpart one speaks to ("قال
   * لنظيره التركي").
   */
  private static final Set<String> MEDIA = folded("وكالة", "قناة", "موقع", "صحيفة", "جريدة", "مجلة", "إذاعة",
      "تلفزيون", "التلفزيون", "شبكة", "محطة", "وسائل", "صحفيين", "صحافيين", "مراسل", "مراسلي", "برنامج", "الوكالة",
      "القناة", "الموقع", "الصحيفة", "الجريدة", "المجلة", "الإذاعة", "الشبكة", "المحطة", "الصحفيين", "الصحافيين",
      "وكالات", "فرانس", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظرائه", "نظرائها");
  private static final Set<String> MANNER =
      folded("قائلا", "قائلة", "بالقول", "آخر", "آخرون", "أخرى", "لبي", "مازحا", "مازحة");
  private static final Set<String> STOPS = folded(
      "إن", "أن", "ان", "إنه", "أنه", "انه", "خلال", "في", "عن", "على", "إلى", "الى", "من", "مع", "بعد", "قبل",
      "لوسائل", "للصحفيين", "للصحافيين", "له", "لها", "لهم", "الذي", "التي", "اليوم", "أمس", "امس", "غدا", "الأحد",
      "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "مساء", "صباح", "أيضا", "كذلك",
      "بيان", "تصريحات", "مؤتمر", "لاحقا", "يوم", "عنه", "عنها", "عنهم", "قوله", "قولها", "قولهم", "قول", "القول",
      "بأن", "شخصيا", "الشهر", "الأسبوع", "الماضي", "إنها", "إنهم", "أنها", "أنهم", "بأنه", "بأنها", "لكن", "لكنه", "لكنها", "لكننا",
      "لم", "لن", "لا", "قد", "كما", "حيث", "عبر", "عندما", "بعدما", "طالبا", "الأنظار", "الانتباه", "النظر");

  private static Set<String> folded(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) out.add(TextNormalizer.normalize(w));
    return Set.copyOf(out);
  }

  /** Quotations of a paragraph with their speakers, in order. */
  static List<Quote> find(String p) {
    return find(List.of(p));
  }

  /**
   * Quotations of an article's paragraphs with their speakers, in order. A quotation whose verb of saying names no one
   * ("وأضاف «…»", "وتابع قائلا «…»", "وقال إن «…»": the subject is a pronoun) is given the speaker of the article's
   * previous named quotation, when that is in the same paragraph or one of the two before and its verb has the same
   * gender ("وقالت الوزارة … وأضافت «…»"): news continues a statement that way. A quotation whose verb names a
   * definite title alone ("وقال الوزير «…»") is given the article's earlier speaker of that title ("وزير الخارجية
   * سيرغي لافروف"), and none when there is no such speaker; an indefinite one ("قال مصدر") is someone new.
   */
  static List<Quote> find(List<String> paragraphs) {
    List<Quote> out = new ArrayList<>();
    Attribution last = null;
    int lastParagraph = -1;
    // The article's titled speakers by their title without the article: "وزير" → "وزير الخارجية سيرغي لافروف".
    Map<String, String> byRole = new HashMap<>();
    for (int k = 0; k < paragraphs.size(); k++) {
      String p = paragraphs.get(k);
      int i = 0;
      while (i < p.length()) {
        char open = p.charAt(i);
        char close =
            switch (open) {
              case '«' -> '»';
              case '"' -> '"';
              case '“' -> '”';
              default -> 0;
            };
        if (close == 0) {
          i++;
          continue;
        }
        int j = p.indexOf(close, i + 1);
        if (j < 0) {
          i++;
          continue;
        }
        String span = p.substring(i + 1, j).strip();
        if (span.length() <= 2000 && LineEvidence.units(span) >= 2) {
          Attribution a = attribution(p, i);
          Optional<String> speaker = a.name();
          if (a.name().isPresent()) {
            last = a;
            lastParagraph = k;
            String[] words = a.name().get().split(" ");
            String first = clean(words[0]);
            if (words.length > 1 && TITLES.contains(first)) {
              byRole.put(first.startsWith("ال") ? first.substring(2) : first, a.name().get());
            }
          } else if (a.role().isPresent()) {
            speaker = Optional.ofNullable(byRole.get(a.role().get()));
          } else if (a.saying() && last != null && k - lastParagraph <= 2 && a.feminine() == last.feminine()) {
            speaker = last.name();
            lastParagraph = k;
          }
          out.add(new Quote(span, speaker));
        }
        i = j + 1;
      }
    }
    return out;
  }

  /**
   * Who a quotation is attributed to: the name after its verb of saying (if any), whether there is such a verb in
   * reach, and whether that verb is feminine ("قالت", "أضافت", "تقول").
   */
  record Attribution(Optional<String> name, boolean saying, boolean feminine, Optional<String> role) {
    static final Attribution NONE = new Attribution(Optional.empty(), false, false, Optional.empty());
  }

  /**
   * Words before a quotation its verb of saying may be: news names the speaker and what they are, then says what they
   * said, in one long sentence ("وقال كوسي شيندو، رئيس اتحاد الحديد والصلب في اليابان، إن هذه الخطوة سوف «…»").
   */
  private static final int REACH = 30;

  /**
   * The closest verb of saying among the words before {@code quoteStart} in its sentence (at most {@link #REACH}),
   * and the name after it.
   */
  static Attribution attribution(String p, int quoteStart) {
    String before = p.substring(Math.max(0, quoteStart - 12 * REACH), quoteStart);
    String[] words = words(before.strip());
    int from = Math.max(0, words.length - REACH);
    // Not past the end of the sentence before ("… انتهى. وأضاف «…»": a verb of that sentence said something else).
    for (int k = words.length - 2; k >= from; k--) {
      if (endsSentence(words[k])) {
        from = k + 1;
        break;
      }
    }
    for (int v = words.length - 1; v >= from; v--) {
      if (!maySay(words[v])) continue;
      String verb = clean(words[v]);
      if (!isSaying(verb)) continue;
      boolean feminine = isFeminine(verb);
      Attribution pronoun = new Attribution(Optional.empty(), true, feminine, Optional.empty());
      // "وأضاف قائلا «…»", "قال فيها «…»", "قالت إنها «…»": the speaker was named before the verb, if at all.
      if (v + 1 < words.length && (notAName(clean(words[v + 1])) || isLi(words[v + 1]))) return pronoun;
      Name n = name(words, v + 1);
      if (isPassingOn(verb) && !n.words().isEmpty()) n = source(words, v + 1 + n.words().size()).orElse(n);
      List<String> name = n.words();
      boolean titled = n.titled();
      if (name.isEmpty()) return pronoun;
      if (name.size() == 1 && titled) {
        // A title alone names someone, but not whom: "الوزير" is the minister the article named before, "مصدر" a new
        // source.
        String t = clean(name.getFirst());
        return new Attribution(Optional.empty(), false, feminine,
            t.startsWith("ال") ? Optional.of(t.substring(2)) : Optional.empty());
      }
      return new Attribution(Optional.of(String.join(" ", name)), true, feminine, Optional.empty());
    }
    return Attribution.NONE;
  }

  /** A speaker's name read from {@code words[start]}, and whether it begins with a title. */
  private record Name(List<String> words, boolean titled) {}

  private static Name name(String[] words, int start) {
    List<String> name = new ArrayList<>();
    boolean titled = false; // the name begins with a title: it runs on, to more words
    boolean institution = false; // the title is an institution's kind
    boolean definite = false; // a definite word has followed the institution's kind
    // At its limit a name still takes the word a link calls for ("… عبد الرحيم", not "… عبد").
    for (int k = start; k < words.length && (name.size() < (titled ? TITLED_WORDS : NAME_WORDS)
        || NAME_LINKS.contains(clean(words[k - 1]))); k++) {
      String w = words[k];
      String f = clean(w);
      // Folded, the name علي is the preposition على (ى → ي), which ends a name: only the spelling tells them apart.
      if (f.isEmpty() || (STOPS.contains(f) && !stripPunctuation(w).equals("علي")) || isSaying(f)) break;
      // "قال الأمير محمد بن سلمان لوكالة بلومبرغ", "قال لافروف لـ«الشرق»": the name ends where the addressee begins,
      // or an adverb of manner ("… سيرغي لافروف مخاطبا لندن").
      if (!name.isEmpty() && (w.startsWith("لـ") || f.equals("ل") || isAddressee(f) || isParticiple(f))) break;
      if (name.isEmpty()) {
        titled = TITLES.contains(f);
        institution = INSTITUTIONS.contains(f);
      } else if (institution) {
        // A person's title after the kind ("مكتب رئيس الوزراء حيدر العبادي") leads to a person's name, which runs on.
        // The article is read as written: folded, "إلغاء" begins as "الغاء" does; "والاستثمار" is definite too. A
        // word after a complement with li- is its genitive ("لمهرجان جدة"), and an agency's or a Latin acronym may
        // follow the name ("وكالة الأنباء السورية سانا", "… ICG").
        String written = stripPunctuation(w);
        String previous = clean(words[k - 1]);
        boolean afterLi = previous.charAt(0) == 'ل' && !previous.startsWith("ال");
        if (TITLES.contains(f) && !INSTITUTIONS.contains(f)) {
          institution = false;
        } else if (written.startsWith("ال") || written.startsWith("وال")) {
          definite = true;
        } else if (definite && f.charAt(0) != 'ل' && !afterLi && Media.agency(written).isEmpty()
            && !isLatin(written)) {
          break;
        }
      }
      name.add(stripPunctuation(w));
      boolean title = TITLES.contains(f) || (name.size() > 1 && f.startsWith("ال") && name.size() < 3);
      if (endsClause(w)) break;
      boolean goesOn =
          NAME_LINKS.contains(f) || (k + 1 < words.length && BETWEEN_NAMES.contains(clean(words[k + 1])));
      if (!title && !goesOn && !titled) break;
    }
    if (name.size() == 1 && !titled && !endsClause(words[start])) name.addAll(restOfName(words, start + 1));
    int end = start + name.size();
    if (titled && end < words.length && endsClause(words[end - 1])) name.addAll(apposition(words, end));
    return new Name(name, titled);
  }

  /** Words a medium's name may run on by after where its reading stopped ("موقع سي إن بي سي عن …"). */
  private static final int MEDIUM_TAIL = 4;

  /** Sources too vague to name alone: the medium that passes on what they said is named instead. */
  private static final Set<String> VAGUE = folded("مسؤولين", "مسؤولون", "مصادر", "مصدر", "مسؤول", "دبلوماسيين",
      "دبلوماسيون", "شهود", "سكان", "خبراء", "محللين", "مراقبين", "آخرين", "مصدرين", "مقربين");

  /**
   * The one a medium passes on what they said ("نقلت وكالة رويترز عن مسؤول أمريكي قوله «…»"): the name after "عن",
   * within a few words of where the medium's name was read up to, when it names someone more precisely than "مسؤولين",
   * "مصادر" or a title alone.
   */
  private static Optional<Name> source(String[] words, int from) {
    for (int k = from; k < words.length - 1 && k < from + MEDIUM_TAIL; k++) {
      String f = clean(words[k]);
      if (isSaying(f) || endsSentence(words[k])) return Optional.empty();
      if (!f.equals("عن")) continue;
      String next = clean(words[k + 1]);
      if (notAName(next) || isLi(words[k + 1])) return Optional.empty();
      Name source = name(words, k + 1);
      // One vague word, or a title alone ("عن المتحدث", whom the article may not name), says less than the medium.
      boolean vague = source.words().size() == 1
          && (source.titled() || VAGUE.contains(clean(source.words().getFirst())));
      if (source.words().isEmpty() || vague) return Optional.empty();
      // One word after "عن" may be what was reported about ("عن تحطم الطائرة"): it is a source only if something
      // says it said what follows. Two words or more read as a name.
      boolean said = source.words().size() > 1 || saysAfter(words, k + 1 + source.words().size());
      return said ? Optional.of(source) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Most words between a source's name and the quotation when nothing else says that it said it. */
  private static final int SOURCE_TAIL = 8;

  /** "قوله", "قولها", "أن", "إن": what a source passed on is said to follow. */
  private static final Set<String> SAID = folded("قوله", "قولها", "قولهم", "قولهما", "بقوله", "بقولها", "أن", "إن",
      "بأن", "أنه", "أنها", "إنه", "إنها", "فإن", "وصفه", "وصفها", "تعليقه", "تعليقها", "حديثه", "حديثها", "تصريحه",
      "تصريحها", "تصريحات", "تأكيده", "تأكيدها");

  /**
   * Whether the words after a source's name, up to the quotation, say that it said something: "قوله", "أن", "تعليقه", a colon
   * (past a description: "عن لوسيا بيريز دياز، الباحثة في قسم … قولها:"), or the quotation within a few words. After
   * "عن", a verbal noun names what was reported, not who said it ("نقلت الصحيفة عن تحطم الطائرة في …"), and nothing
   * says what it said.
   */
  private static boolean saysAfter(String[] words, int from) {
    for (int j = from; j < words.length; j++) {
      if (SAID.contains(clean(words[j])) || words[j].endsWith(":")) return true;
      if (endsSentence(words[j])) return false;
    }
    return words.length - from <= SOURCE_TAIL;
  }

  /** "نقل", "نقلت": a verb by which one passes on what another said ("نقلت الوكالة عن مسؤول قوله …"). */
  private static boolean isPassingOn(String folded) {
    String v = folded.charAt(0) == 'و' || folded.charAt(0) == 'ف' ? folded.substring(1) : folded;
    return v.equals("نقل") || v.equals("نقلت");
  }

  /** A feminine verb of saying: past with the ending -at ("قالت"), or present with the prefix ta- ("تقول"). */
  private static boolean isFeminine(String verb) {
    String v = verb.charAt(0) == 'و' || verb.charAt(0) == 'ف' ? verb.substring(1) : verb;
    // "لفت" (he pointed out) ends in its root's ta, not the feminine one.
    return (v.endsWith("ت") && !v.equals("لفت")) || (v.startsWith("ت") && !v.startsWith("تابع"));
  }

  /**
   * The most words a speaker's name can take: five, or eight when it starts with a title, since the title and the
   * name then both count ("المتحدثة باسم وزارة الخارجية الأمريكية هيذر ناورت", "وزير الخارجية الإيراني محمد جواد
   * ظريف").
   */
  private static final int NAME_WORDS = 5;
  private static final int TITLED_WORDS = 8;

  /**
   * An adverb built on a participle, mu-…-an ("مضيفا", "مؤكدا", "مخاطبا", "مشيرا", "مؤخرا"): the second letter is a
   * root consonant, where names that start and end alike have a long vowel ("ماريا", "ماركا", "ميديا").
   */
  private static boolean isParticiple(String folded) {
    return folded.length() >= 5 && folded.charAt(0) == 'م' && folded.endsWith("ا") && folded.charAt(1) != 'ا'
        && folded.charAt(1) != 'ي';
  }

  /**
   * Whether a folded word is the addressee of the saying, a medium or an agency after "ل" ("لوكالة", "لرويترز",
   * "للوكالة"). The bare preposition before a name in quotation marks ("لـ«الشرق الأوسط»", "لـ CNN") is told by its
   * written form, where it is read.
   */
  private static boolean isAddressee(String folded) {
    if (folded.length() <= 3 || folded.charAt(0) != 'ل') return false;
    // "للوكالة": li- before the article drops its alef (ل + الوكالة)
    String rest = folded.charAt(1) == 'ل' ? "ا" + folded.substring(1) : folded.substring(1);
    return MEDIA.contains(rest) || Media.agency(rest).isPresent();
  }

  /**
   * A word that cannot begin a speaker's name: a particle with a pronoun suffix ("فيها", "إنه", "قال لي": he told
   * me), an adverb of manner built on a participle ("قائلا", "مضيفا", "مؤكدا", "بالقول"), which says how, not who,
   * "another" ("آخر"), the addressee ("لبي بي سي", to the BBC; "لوكالة", "لقناة", "لرويترز": to an agency, a channel),
   * or a lone letter ("قال لـ «الرياض»": to the paper).
   */
  static boolean notAName(String folded) {
    if (folded.length() < 2 || MANNER.contains(folded)) return true;
    // The addressee, a medium or an agency: "قال لوكالة …", "لقناة", "لصحيفة", "لصحفيين", "لرويترز".
    if (isAddressee(folded)) return true;
    if (isParticiple(folded)) return true;
    for (String p : PRONOUNS) {
      if (folded.length() > p.length() && folded.endsWith(p)
          && PARTICLES.contains(folded.substring(0, folded.length() - p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The most words an untitled name may take after its first: "محمد جواد ظريف". */
  private static final int MORE_NAME_WORDS = 2;

  /** What follows a speaker's name and begins what was said: "قال محمد جواد ظريف إن …". */
  private static final Set<String> SAID_THAT = folded("إن", "أن", "ان", "إنه", "أنه", "انه", "إنها", "أنها", "بأن",
      "بأنه", "بأنها", "إنهم", "أنهم");

  /** Words after a one-word name that are no part of it, though no stop before a quotation either. */
  private static final Set<String> NOT_NAMES = folded("أمام", "عقب", "إثر", "أثناء", "بحسب", "حسب", "وفق", "وفقا",
      "حول", "بشأن", "ضمن", "رغم", "منذ", "حتى", "تجاه", "نحو", "لدى", "عند", "بدوره", "بدورها", "ردا", "تعليقا",
      "حينها", "آنذاك", "الليلة", "صباحا", "مساء", "ظهر", "العام", "السنة", "الأسبوع", "الشهر", "هذا", "هذه", "ذلك",
      "تلك", "أول", "الأول", "ثم", "إذ", "إذا", "كل", "بكل", "جميع", "نفسه", "نفسها", "وحده", "بشكل", "بصورة",
      "بطريقة", "بوضوح", "بحزم", "بصراحة", "بلهجة", "بنبرة", "مرة", "مرارا", "أكثر", "القول", "يقولون", "يقول",
      "تقول", "رحمه", "رحمها", "يرحمه", "حفظه", "يحفظه");

  /**
   * The rest of a name whose first word has no title, from {@code from}: a name of two or three words is whole only
   * where what was said plainly begins after it ("قال محمد جواد ظريف إن …", "قال سعد الحريري: «…»", or the quotation
   * itself), else the first word stands alone ("قال بوتين أمام البرلمان إن …").
   */
  private static List<String> restOfName(String[] words, int from) {
    return closedName(words, from, MORE_NAME_WORDS, true, false);
  }

  /** The most words a name set off by commas after a title takes: "الرئيس الأمريكي، دونالد ترامب، إن …". */
  private static final int APPOSITION_WORDS = 3;

  /**
   * The name a title is followed by between commas ("قال رئيس الوزراء اللبناني، سعد الحريري، إن …"), from {@code
   * from}: up to three words, closed by a comma or followed by what was said; none when a stop word, a day or a
   * clause comes first ("قالت الوزارة، في بيان، …", "قال الرئيس، الأربعاء، …").
   */
  private static List<String> apposition(String[] words, int from) {
    return closedName(words, from, APPOSITION_WORDS, false, true);
  }

  /**
   * Up to {@code max} name words from {@code from}, kept only when they are closed: by a comma or colon, by what was
   * said ("إن", "أن" …) or, when {@code quotationCloses}, by the quotation itself (the end of {@code words}); none
   * when a word that is no name part comes first (a stop word, a particle, an addressee, and a title when {@code
   * titleStops}).
   */
  private static List<String> closedName(String[] words, int from, int max, boolean quotationCloses,
      boolean titleStops) {
    List<String> out = new ArrayList<>();
    for (int k = from; k < words.length && out.size() < max; k++) {
      String w = words[k];
      String f = clean(w);
      if (f.isEmpty() || STOPS.contains(f) || NOT_NAMES.contains(f) || SAID_THAT.contains(f) || isSaying(f)
          || isLi(w) || f.equals("ل") || notAName(f) || (titleStops && TITLES.contains(f))
          || !TextNormalizer.isLetter(f.charAt(0))) {
        return List.of();
      }
      out.add(stripPunctuation(w));
      boolean atQuotation = k + 1 == words.length;
      if (endsClause(w) || (atQuotation && quotationCloses)
          || (!atQuotation && SAID_THAT.contains(clean(words[k + 1])))) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * A word written with li- that no name begins with: "لـ«الشرق الأوسط»", "للجيش" (li- before the article), "لإردوغان"
   * (to Erdogan): the addressee, not the speaker.
   */
  private static boolean isLi(String written) {
    String w = stripPunctuation(written);
    return w.startsWith("لـ") || w.startsWith("لل") || w.startsWith("لإ") || w.startsWith("لأ");
  }

  /** A word that ends a sentence: a full stop, question or exclamation mark, past closing quotes and brackets. */
  private static boolean endsSentence(String w) {
    int i = w.length() - 1;
    while (i >= 0 && "\"'»”)]".indexOf(w.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?؟".indexOf(w.charAt(i)) >= 0 && !(i >= 1 && w.charAt(i) == '.' && w.charAt(i - 1) == '.');
  }

  private static boolean endsClause(String w) {
    return w.endsWith("،") || w.endsWith(",") || w.endsWith(":");
  }

  private static boolean isLatin(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.')) return false;
    }
    return !word.isEmpty();
  }

  /** Keys ({@link #wordKey}) of the verbs of saying, bare and with "و" or "ف" before them. */
  private static final LongOpenHashSet SAYING_HASHES = new LongOpenHashSet();

  static {
    for (String verb : SAYING) {
      for (String form : List.of(verb, "و" + verb, "ف" + verb)) SAYING_HASHES.add(wordKey(form));
    }
  }

  /**
   * Whether a written word may be a verb of saying: its folded letters hash to one. Read without a String, since
   * every word within reach of every quotation is asked; a yes is then checked on the folded word.
   */
  private static boolean maySay(String written) {
    return SAYING_HASHES.contains(wordKey(written));
  }

  /**
   * The text split at runs of spaces, no-break ones too (web pages set them between a name's words and after
   * commas: "الرئيس الفرنسي إيمانويل\u00A0ماكرون", "ظريف،\u00A0في تغريدة"), and after a comma written onto the next
   * word ("سيرغي لافروف،الثلاثاء"; a digit after it is a number's: "78,618").
   */
  static String[] words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (i > start || out.isEmpty()) out.add(text.substring(start, i));
        start = i + 1;
      } else if (isComma(c) && i > start && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        out.add(text.substring(start, i + 1)); // the comma stays with the word before it
        start = i + 1;
      }
    }
    if (n > start || out.isEmpty()) out.add(text.substring(start, n));
    return out.toArray(String[]::new);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\t' || c == '\n';
  }

  private static boolean isComma(char c) {
    return c == '،' || c == ',';
  }

  /** A hash of the word's folded chars (its key among the verbs of saying), its punctuation on either side left out (as {@link #clean} leaves it out). */
  private static long wordKey(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
    long h = 1125899906842597L;
    char previous = 0;
    for (int i = a; i < b; i++) {
      char c = TextNormalizer.folded(w.charAt(i));
      // The folding's rules: marks dropped, and a bare hamza after ي (ىء, an older spelling of ئ).
      if (c == 0 || (c == '\u0621' && previous == '\u064A')) continue;
      h = 31 * h + c;
      previous = c;
    }
    return h;
  }

  private static boolean isSaying(String folded) {
    if (SAYING.contains(folded)) return true;
    return folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') && SAYING.contains(folded.substring(1));
  }

  private static String clean(String w) {
    return TextNormalizer.normalize(stripPunctuation(w));
  }

  private static String stripPunctuation(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
    return w.substring(a, b);
  }
}
