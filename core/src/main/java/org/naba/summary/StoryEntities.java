package org.naba.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.naba.model.NamedEntity;
import org.naba.model.StoryEntity;
import org.naba.text.Media;
import org.naba.text.Places;
import org.naba.text.TextNormalizer;

/**
 * The named entities of a story, with their spelling variants merged: outlets transliterate foreign names each their
 * own way (بوتين/بوتن, هانغتشو/هانجتشو, تيريزا ماي/تيريزا ماى) and write Arabic ones with or without hamza and
 * tā' marbūṭa (سوريا/سورية). Two spellings are one name when their skeletons agree: the folded word ({@link
 * TextNormalizer}) without the article and the clitics certainly written onto it, without its long vowels after the
 * first letter, with the letters transliteration confuses taken as one (غ/ج/ق/ك for a "g", ط/ت, ص/س, ث/س, ذ/ظ/ز, ض/د),
 * doubled letters once and a final ة/ه dropped. A surname alone joins the one full name of the story it ends
 * ("بوتين" → "فلاديمير بوتين"). A clitic that may be part of the word ("و" of "وليد", "ل" of "ليبيا") is taken off
 * only when the story also names the rest alone, or writes it alone at least twice and as often as with the clitic
 * ("بمصر" where the story writes "مصر", {@link Written}), or when the rest is a place of the gazetteer ({@link
 * Places}: "ومصر", "بمكة"). A military rank opening a person's name goes, and so do prepositions at a name's edges.
 * The gazetteer's names of one place are one name ("السعودية", "المملكة العربية السعودية"), a country's adjective
 * after a place is no part of it ("فلوريدا الأمريكية"), and an organisation's one-word short form joins its one full
 * name ("يونايتد" → "مانشستر يونايتد").
 *
 * <p>Pure and thread-safe, but for a {@link Written}, which one thread reads.
 */
public final class StoryEntities {
  /** How many entities a story lists. */
  public static final int PER_STORY = 12;

  private static final Places PLACES = Places.bundled();

  private StoryEntities() {}

  /** The names found in one article, in the story's order. */
  public record Mentioned(String articleId, List<NamedEntity> names) {
    public Mentioned {
      Objects.requireNonNull(articleId, "articleId");
      names = List.copyOf(names);
    }
  }

  /**
   * At most {@code max} entities of the articles, named by most articles first (then most often). In a story of three
   * or more articles, a name said only once is left out.
   */
  public static List<StoryEntity> gather(List<Mentioned> articles, int max) {
    return gather(articles, max, Written.NONE);
  }

  /**
   * As {@link #gather(List, int)}, with the words the story's text writes: a doubtful clitic also comes off a name
   * whose rest the text writes alone at least twice and as often.
   */
  public static List<StoryEntity> gather(List<Mentioned> articles, int max, Written written) {
    // Folded forms named alone somewhere in the story: a doubtful clitic comes off only when its rest is one of them.
    Set<String> alone = new HashSet<>();
    // What the other names make known: "على صالح" would make its own rest "صالح" known.
    Set<String> notOn = new HashSet<>();
    for (Mentioned a : articles) {
      for (NamedEntity n : a.names()) {
        String folded = TextNormalizer.normalize(n.text());
        alone.add(folded);
        if (!n.text().startsWith(ON + " ")) notOn.add(folded);
      }
    }
    Set<String> known = withSurnames(alone);
    Set<String> knownApartFromOn = withSurnames(notOn);
    List<Mention> mentions = new ArrayList<>();
    for (Mentioned a : articles) {
      for (NamedEntity n : a.names()) {
        // A hashtag joins a name's words with underscores ("#سيرغي_سكريبال"): it is the same spelling.
        String whole = withoutRank(withoutClitics(Media.withoutAddressee(withinMarks(n.text().replace('_', ' '))),
            alone, written), n.type());
        whole = withoutPlaceAdjective(withoutPrepositions(whole, knownApartFromOn), n.type(), known);
        for (String surface : apart(whole, known)) {
          if (surface.isEmpty() || notAboutTheStory(surface, n.type()) || written.onlyCredited(surface, n.type())) {
            continue;
          }
          String key = skeleton(surface);
          if (key.isEmpty()) continue;
          mentions.add(new Mention(surface, n.type(), a.articleId(), key, placeOf(surface, n.type())));
        }
      }
    }
    // Two consonants are too few to tell names apart: "سوريا" and "سويسرا", "روسيا" and the footballer "رويس",
    // "الرياض" and "رائد" share "سر", "رس", "رد". Where one such skeleton holds a place and another name (or two
    // places), each place is a name of its own; a place's own spellings stay one ("الغوطة" and "غوطة").
    // With more consonants a place's misspelling is most often the place ("اوكرنيا"), but a name tagged as no place
    // is another name still ("إيران" and the name "أرين").
    Map<String, Set<String>> identities = new HashMap<>();
    for (Mention m : mentions) {
      if (m.key().indexOf(' ') >= 0 || m.misspeltPlace()) continue;
      identities.computeIfAbsent(m.key(), k -> new HashSet<>()).add(m.place());
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Set<String> ids = identities.get(m.key());
      // Where a skeleton holds two identities, a place is keyed by it, and a misspelt one joins the one place there.
      String place = ids == null || ids.size() < 2 ? "" : m.misspeltPlace() ? onlyPlace(ids) : m.place();
      String key = place.isEmpty() ? m.key() : m.key() + "@" + place; // another name keeps its key, for the merges
      groups.computeIfAbsent(key, k -> new Group(k, groups.size())).add(m.surface(), m.type(), m.articleId());
    }
    mergeSurnames(groups);
    mergePlaces(groups);
    mergeShortForms(groups);
    mergeWorldwide(groups);
    // In a story of three or more articles, a name said once is most often a tagging slip or a passing mention.
    boolean once = articles.size() < 3;
    List<Group> kept = new ArrayList<>();
    for (Group g : groups.values()) if (g.mergedInto == null && (once || g.mentions >= 2)) kept.add(g);
    kept.sort(Comparator.comparingInt((Group g) -> -g.articles.size()).thenComparingInt(g -> -g.mentions)
        .thenComparingInt(g -> g.order));
    List<StoryEntity> out = new ArrayList<>();
    for (Group g : kept.subList(0, Math.min(max, kept.size()))) out.add(g.entity(articles));
    return out;
  }

  /** Folded names and the words each ends with ("ليونيل ميسي", "ميسي"): the names a story knows, by surname too. */
  private static Set<String> withSurnames(Set<String> names) {
    Set<String> out = new HashSet<>(names);
    for (String name : names) {
      for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) out.add(name.substring(i + 1));
    }
    return out;
  }

  /**
   * A mention that joins two names with "و" ("رونالدو وميسي", "ترامب وبوتين"; the tagger takes the pair for one name)
   * as its names, when the story knows each of them on its own ({@code known}, folded, {@link #withSurnames}) or the
   * gazetteer names it ("أربيل والسليمانية"). A name
   * with a word that begins with "و" ("هارفي واينستين", "البوسنة والهرسك", "إرنست ويونغ") stays whole: the story does
   * not name its parts alone.
   */
  static List<String> apart(String name, Set<String> known) {
    String[] words = name.split(" ");
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() < 3 || words[i].charAt(0) != 'و') continue;
      String left = String.join(" ", Arrays.copyOfRange(words, 0, i));
      String right = words[i].substring(1)
          + (i + 1 < words.length ? " " + String.join(" ", Arrays.copyOfRange(words, i + 1, words.length)) : "");
      if (!known.contains(TextNormalizer.normalize(left)) && !isPlace(left)) continue;
      List<String> rest = apart(right, known);
      // The right part is a name the story knows or a place, or itself a pair of them ("أ وب وج").
      if (rest.size() > 1 || known.contains(TextNormalizer.normalize(right)) || isPlace(right)) {
        List<String> out = new ArrayList<>();
        out.add(left);
        out.addAll(rest);
        return out;
      }
    }
    return List.of(name);
  }

  /**
   * Military ranks and the doctor's title the tagger takes into a person's name ("الركن تركي المالكي", of "العقيد
   * الركن تركي المالكي"; "دكتور عاطي بن عطية القرشي"): no part of the name, which the same person has without them
   * elsewhere.
   */
  private static final Set<String> RANKS = Stream.of("الركن", "العميد", "اللواء", "العقيد", "المقدم", "الرائد",
      "النقيب", "الملازم", "الفريق", "المشير", "العريف", "الرقيب", "الدكتور", "دكتور").map(TextNormalizer::normalize)
      .collect(Collectors.toUnmodifiableSet());

  /** The first word of a title the tagger takes in after a name: "ولي" of "ولي العهد" (the crown prince). */
  private static final String TITLE_AFTER = TextNormalizer.normalize("ولي");

  /**
   * A person's name without the ranks it opens with and the title word it closes with ("محمد بن سلمان بن عبدالعزيز
   * ولي" of "… ولي العهد"), when two words or more are left.
   */
  static String withoutRank(String name, String type) {
    if (!type.equals("PERS")) return name;
    String s = name;
    while (true) {
      int space = s.indexOf(' ');
      if (space < 0 || !RANKS.contains(TextNormalizer.normalize(s.substring(0, space)))
          || s.indexOf(' ', space + 1) < 0) {
        break;
      }
      s = s.substring(space + 1).strip();
    }
    int last = s.lastIndexOf(' ');
    if (last > 0 && s.lastIndexOf(' ', last - 1) > 0
        && TextNormalizer.normalize(s.substring(last + 1)).equals(TITLE_AFTER)) {
      s = s.substring(0, last).strip();
    }
    return s;
  }

  /** Marks no name holds: quotation marks, brackets, and the punctuation that ends a clause. */
  private static final String MARKS = "،,؛;:«»\"“”()[]";

  /**
   * A name without the quotation marks and the clause the tagger took in with it: what a clitic opens before a mark
   * goes ("لـ«الشرق الأوسط" → "الشرق الأوسط", "الـ\"كي جي بي" → "كي جي بي"), and the name ends at the next mark
   * ("توفيق الربيعة،على" → "توفيق الربيعة"), with a clitic left dangling before it ("مورينيو بـ\"الخبر" → "مورينيو").
   */
  static String withinMarks(String name) {
    String s = name.strip();
    int open = 0;
    while (open < s.length() && open < 4 && MARKS.indexOf(s.charAt(open)) < 0 && s.charAt(open) != ' ') open++;
    // One to three letters of clitics or the article, maybe with a tatweel, then a mark: all of it goes.
    if (open < s.length() && MARKS.indexOf(s.charAt(open)) >= 0 && isCliticRun(s.substring(0, open))) {
      s = s.substring(open);
    }
    int start = 0;
    while (start < s.length() && (MARKS.indexOf(s.charAt(start)) >= 0 || TextNormalizer.isSpace(s.charAt(start)))) {
      start++;
    }
    int end = start;
    while (end < s.length() && MARKS.indexOf(s.charAt(end)) < 0) end++;
    String out = s.substring(start, end).strip();
    if (end < s.length()) {
      int space = out.lastIndexOf(' ');
      if (space > 0 && isCliticRun(out.substring(space + 1))) out = out.substring(0, space).strip();
    }
    return out.isEmpty() ? name.strip() : out;
  }

  /** Whether a run of letters is clitics or the article alone, maybe with a tatweel: "لـ", "بـ", "و", "الـ". */
  private static boolean isCliticRun(String run) {
    String r = run.replace("\u0640", "");
    if (r.isEmpty() || r.equals("ال")) return true;
    if (r.length() > 2) return false;
    for (int i = 0; i < r.length(); i++) if ("وفبلك".indexOf(r.charAt(i)) < 0) return false;
    return true;
  }

  /**
   * Prepositions the tagger takes in at a name's edges ("مع تركي الدخيل", "تيريزا ماي أمام"), as written: folded,
   * "أمام" (before) would be "إمام" (imam) of "عادل إمام", and "إلى" the "آلي" of a name. "على" is apart: Egyptian
   * spelling writes the name Ali so ("محمد على").
   */
  private static final Set<String> PREPOSITIONS = Set.of("في", "من", "إلى", "الى", "عن", "مع", "أمام", "خلال", "بين",
      "عبر", "عند", "لدى", "حول", "ضد", "منذ", "نحو", "تجاه");

  /** "أن", "إن" (that), as written; also the letter N of a transliterated acronym. */
  private static final Set<String> THAT = Set.of("أن", "إن");
  /** "أن", "إن" with a pronoun ("أنه", "إنها"): never a name's. */
  private static final Set<String> THAT_WITH_PRONOUN = Set.of("أنه", "إنه", "أنها", "إنها");

  /** "على" (on), written with alef maqsura: the tagger takes it for the name Ali before a name ("على ترامب"). */
  private static final String ON = "على";

  /**
   * A name without the prepositions it opens or closes with ("مع تركي الدخيل" → "تركي الدخيل", "ماي أمام" → "ماي"),
   * without the clause "أن" or "إن" opens in it ("المنظمة أن السلطات" → "المنظمة"), and without an opening "على"
   * when the story knows the rest as a name ({@code known}, folded, {@link #withSurnames}, of names other than those
   * opening with "على": "على تويتر", "على أردوغان"; "على صالح" stays when the story never names "صالح" otherwise) and
   * the rest does not go on with the father's name ("على بن صالح الرميح" is Ali's). One word at least is left.
   */
  static String withoutPrepositions(String name, Set<String> known) {
    String[] words = name.split(" ");
    int from = 0;
    int to = words.length;
    // "أن"/"إن" (that) opens the clause the tagger ran into: the name ends before it ("المنظمة أن السلطات"). Beside
    // letters of an acronym ("سي إن إن", "قناة إن بي سي") or closing a name without the article ("لينكد إن"), "إن" is
    // the letter N.
    for (int i = 1; i < to; i++) {
      boolean that = THAT_WITH_PRONOUN.contains(words[i])
          || (THAT.contains(words[i]) && words[i - 1].length() >= 3
              && (i + 1 < to ? words[i + 1].length() >= 3 : words[i - 1].startsWith("ال")));
      if (that) {
        to = i;
        break;
      }
    }
    while (to - from > 1) {
      if (PREPOSITIONS.contains(words[from])) {
        from++;
      } else if (words[from].equals(ON) && !SON_OF.contains(skeleton(words[from + 1]))
          && known.contains(TextNormalizer.normalize(String.join(" ", Arrays.copyOfRange(words, from + 1, to))))) {
        from++;
      } else if (PREPOSITIONS.contains(words[to - 1])) {
        to--;
      } else {
        break;
      }
    }
    return from == 0 && to == words.length ? name : String.join(" ", Arrays.copyOfRange(words, from, to));
  }

  /**
   * A place or an organisation without the adjective of a country that follows it ("فلوريدا الأمريكية" → "فلوريدا",
   * "عفرين السورية" → "عفرين", "وكالة فارس الإيرانية" → "وكالة فارس"; {@link Places#isAdjective}): a description, not
   * part of the name, when what comes before it is a proper name (no word of it has the article), a place of the
   * gazetteer ("الولايات المتحدة الأمريكية"), or, for a place, a name the story knows alone. Otherwise the adjective
   * stays: "منظمة التحرير الفلسطينية", "وزارة الخارجية الروسية", "الأراضي الفلسطينية" are names with it.
   */
  static String withoutPlaceAdjective(String name, String type, Set<String> known) {
    boolean place = type.equals("LOC");
    if (!place && !type.equals("ORG") || isPlace(name)) return name;
    int space = name.lastIndexOf(' ');
    if (space < 0 || !PLACES.isAdjective(name.substring(space + 1))) return name;
    String rest = name.substring(0, space).strip();
    boolean proper = true;
    for (String w : rest.split(" ")) proper &= !TextNormalizer.normalize(w).startsWith("ال");
    if (proper || isPlace(rest) || (place && known.contains(TextNormalizer.normalize(rest)))) {
      return rest;
    }
    return name;
  }

  /**
   * Currencies, which the tagger calls names (ANERcorp tags them MISC), folded, with the forms a count gives them ("100
   * دولارا", "ملايين الدولارات"): no story is about them.
   */
  private static final Set<String> CURRENCIES = Stream.of("دولار", "الدولار", "دولارا", "دولارات", "الدولارات",
      "ريال", "الريال", "ريالا", "ريالات", "يورو", "اليورو", "درهم", "الدرهم", "درهما", "دراهم", "دينار", "الدينار",
      "دينارا", "دنانير", "جنيه", "الجنيه", "جنيها", "جنيهات", "ليرة", "الليرة", "ليرات", "روبل", "الروبل", "روبلا",
      "روبلات", "ين", "الين", "استرليني").map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /**
   * Whether a name is one the tagger finds that no story is about: God, in the formulas of prayer news writes
   * ("رحمه الله", "بإذن الله"), with or without the formula's verb, or its verb alone, a web address, a name's head
   * noun alone ("سلطنة", "منظمة"), a title of address with its pronoun ("سموه"), and a currency named alone (a type
   * MISC; "ريال" as an organisation is Real Madrid).
   */
  static boolean notAboutTheStory(String surface, String type) {
    String folded = TextNormalizer.normalize(surface);
    if (folded.equals("الله") || (type.equals("MISC") && CURRENCIES.contains(folded))) return true;
    // A title with its pronoun refers back to a person named before it ("زار سموه المصابين"), and a prayer's words
    // alone ("رحمه", "لله") are the formula cut short.
    if (TITLES_WITH_PRONOUN.contains(folded) || PRAYER_VERBS.contains(folded) || folded.equals("لله")) return true;
    // A web address the tagger took in ("لفلسطين http"): a link, not a name.
    if (folded.contains("http") || folded.contains("www.")) return true;
    if (HEADS.contains(folded)) return true;
    // The tagger sometimes takes in the formula's verb: "حفظه الله", "إن شاء الله". Names that end in الله after
    // another word are kept ("عبد الله", "حزب الله", "حسن نصر الله").
    if (!folded.endsWith(" الله")) return false;
    String before = folded.substring(0, folded.length() - " الله".length());
    return PRAYER_VERBS.contains(before.substring(before.lastIndexOf(' ') + 1));
  }

  /**
   * The head nouns of names, in the construct form that needs the name after it ("سلطنة" of "سلطنة عمان", "منظمة" of
   * "منظمة الصحة العالمية", "حزب" of "حزب الله") or with the article that refers back to one ("المنظمة", "الحكومة"),
   * folded: tagged alone, they name nothing. Not "الاتحاد" (Al-Ittihad), "المملكة" (Saudi Arabia in its own press),
   * "المدينة" (Medina), "الدولة" (of "تنظيم الدولة").
   */
  private static final Set<String> HEADS = Stream.of("سلطنة", "مملكة", "جمهورية", "إمارة", "ولاية", "محافظة", "منطقة",
      "مدينة", "دولة", "حكومة", "وزارة", "جامعة", "شركة", "منظمة", "نادي", "هيئة", "مجلس", "حركة", "جبهة", "تنظيم",
      "حزب", "قوات", "جيش", "مطار", "ميناء", "مستشفى", "محكمة", "بنك", "مؤسسة", "اتحاد", "رابطة", "لجنة", "جمعية",
      "مركز", "وكالة", "صحيفة", "قناة", "المنظمة", "الحزب", "الحكومة", "الوزارة", "الجامعة", "الشركة", "الهيئة",
      "اللجنة", "الجمعية", "الوكالة", "الصحيفة", "القناة", "المحكمة", "المجلس", "الحركة", "الجبهة", "البنك", "المؤسسة",
      "المركز", "المستشفى", "المطار", "الميناء", "المنطقة", "المحافظة", "الولاية", "الجمهورية", "السلطنة", "الجيش",
      "القوات").map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** Titles of address with a pronoun, which stand for a person named earlier: "سموه", "معاليها", folded. */
  private static final Set<String> TITLES_WITH_PRONOUN = Stream.of("سمو", "معالي", "جلالت", "فخامت", "سيادت", "سماحت",
          "دولت", "سعادت", "نيافت", "غبطت")
      .flatMap(title -> Stream.of("ه", "ها", "هم", "كم").map(pronoun -> title + pronoun))
      .map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** Words of the formulas of prayer that put God after them ("حفظه الله", "إن شاء الله", "إن الله"), folded. */
  private static final Set<String> PRAYER_VERBS = Stream.of("حفظه", "يحفظه", "حفظها", "حفظهم", "رحمه", "يرحمه",
      "رحمها", "يرحمها", "رحمهم", "رعاه", "يرعاه", "أيده", "يؤيده", "وفقه", "يوفقه", "أعزه", "نصره", "أطال", "شاء",
      "بإذن", "رضي", "صلى", "سبحان", "إن", "فإن", "لأن", "تقبله", "يتقبله", "تغمده", "يتغمده", "جزاه", "عافاه", "شفاه")
      .map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** Tokens of a lead a dateline may take up, at most. */
  private static final int DATELINE_TOKENS = 12;

  /**
   * A lead's tokens after its dateline, if it opens with one: "دبي، الإمارات العربية المتحدة (CNN) -- …" names where
   * the dispatch was filed and who filed it, not what the story is about, and every article of that outlet opens so.
   * A dateline is a parenthesis closed within the first tokens and followed by a dash or a colon.
   */
  public static List<String> afterDateline(List<String> tokens) {
    for (int i = 0; i + 1 < tokens.size() && i < DATELINE_TOKENS; i++) {
      if (!tokens.get(i).equals(")")) continue;
      int j = i + 1;
      while (j < tokens.size() && isDash(tokens.get(j))) j++;
      return j > i + 1 ? tokens.subList(j, tokens.size()) : tokens;
    }
    return tokens;
  }

  private static boolean isDash(String t) {
    return t.equals("-") || t.equals("–") || t.equals("—") || t.equals(":") || t.equals("--");
  }

  /**
   * The names some articles of a story were tagged with, to find in its other articles without tagging them: a name
   * is found where its folded words appear, the first with or without a proclitic written onto it ("وبوتين",
   * "للرياض"). Built once per story; not thread-safe to build, safe to read.
   */
  public static final class Lexicon {
    /**
     * Folded first word, as the text may write it (with each proclitic it may carry), → the names starting with it:
     * folded words and type. The written forms are spelled out once here, so that finding costs one lookup a token.
     */
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    private record Entry(List<String> words, String type) {}

    private Lexicon() {}

    /** The names of {@code tagged}, each spelling once. */
    public static Lexicon of(List<Mentioned> tagged) {
      return of(tagged, Written.NONE);
    }

    /** As {@link #of(List)}, a doubtful clitic coming off by the story's text too ({@link Written}). */
    public static Lexicon of(List<Mentioned> tagged, Written text) {
      Set<String> alone = new HashSet<>();
      for (Mentioned a : tagged) for (NamedEntity n : a.names()) alone.add(TextNormalizer.normalize(n.text()));
      Lexicon lexicon = new Lexicon();
      Set<String> seen = new HashSet<>();
      for (Mentioned a : tagged) {
        for (NamedEntity n : a.names()) {
          String name = withoutRank(withoutClitics(n.text().strip(), alone, text), n.type());
          List<String> words = TextNormalizer.tokens(name);
          if (words.isEmpty() || !seen.add(String.join(" ", words))) continue;
          Entry e = new Entry(words, n.type());
          for (String written : written(words.get(0))) {
            lexicon.byFirstWord.computeIfAbsent(written, k -> new ArrayList<>()).add(e);
          }
        }
      }
      // Longest names first, so that "فلاديمير بوتين" is found before "فلاديمير".
      lexicon.byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
      return lexicon;
    }

    /**
     * The ways a text may write a folded word with the proclitics Arabic puts on a name: "و"/"ف" (and), "ب"/"ل"/"ك"
     * (in, to, as), both ("وبموسكو"); a word with the article takes "لل" for "ل" + "ال" ("للرياض").
     */
    static List<String> written(String w) {
      List<String> bare = new ArrayList<>(List.of(w));
      if (w.startsWith("ال") && w.length() > 3) {
        bare.add("ل" + w.substring(1)); // ل + ال → لل
      }
      List<String> out = new ArrayList<>();
      for (String b : bare) {
        out.add(b);
        out.add("و" + b);
        out.add("ف" + b);
        if (!b.startsWith("لل")) {
          for (String p : List.of("ب", "ك", "ل")) {
            if (p.equals("ل") && b.startsWith("ال")) continue; // "لال" is written "لل"
            out.add(p + b);
            out.add("و" + p + b);
            out.add("ف" + p + b);
          }
        }
      }
      return out;
    }

    /** Whether the lexicon holds no name. */
    public boolean isEmpty() {
      return byFirstWord.isEmpty();
    }

    /** The names of the lexicon in {@code parts} (token lists, as written), in order, as the text writes them. */
    public List<NamedEntity> find(List<List<String>> parts) {
      List<NamedEntity> out = new ArrayList<>();
      for (List<String> tokens : parts) {
        String[] folded = new String[tokens.size()];
        for (int k = 0; k < folded.length; k++) folded[k] = TextNormalizer.normalize(tokens.get(k));
        for (int i = 0; i < folded.length; ) {
          Entry match = null;
          for (Entry e : byFirstWord.getOrDefault(folded[i], List.of())) {
            if (matches(e.words(), folded, i)) {
              match = e;
              break; // longest first
            }
          }
          if (match == null) {
            i++;
            continue;
          }
          out.add(new NamedEntity(String.join(" ", tokens.subList(i, i + match.words().size())), match.type()));
          i += match.words().size();
        }
      }
      return out;
    }

    private static boolean matches(List<String> words, String[] folded, int at) {
      if (at + words.size() > folded.length) return false;
      for (int k = 1; k < words.size(); k++) if (!words.get(k).equals(folded[at + k])) return false;
      return true;
    }
  }

  /** The skeletons of "بن", "ابن" and "بنت" (son and daughter of), which open the father's name in a chain of names. */
  private static final Set<String> SON_OF = Set.of(skeleton("بن"), skeleton("ابن"), skeleton("بنت"));

  /**
   * Whether {@code shorter} ends {@code longer} as its father's name ("سلمان بن عبدالعزيز" in "محمد بن سلمان بن
   * عبدالعزيز"): another person, the father, not a short form of the name.
   */
  private static boolean fathersName(String longer, String shorter) {
    String before = longer.substring(0, longer.length() - shorter.length() - 1);
    return SON_OF.contains(before.substring(before.lastIndexOf(' ') + 1));
  }

  /**
   * A personal name that ends another of the story joins the longest such name ("بوتين" and "فلاديمير بوتين", "طيب
   * أردوغان" and "رجب طيب أردوغان"), unless two different full names end with it ("سلمان") or it is a name's father
   * ({@link #fathersName}); a chain of names cut short joins the one longer chain it begins.
   */
  private static void mergeSurnames(Map<String, Group> groups) {
    List<Group> persons = new ArrayList<>();
    for (Group g : groups.values()) if (g.type().equals("PERS")) persons.add(g);
    persons.sort(Comparator.comparingInt((Group g) -> g.key.split(" ").length).thenComparingInt(g -> g.order));
    for (Group g : persons) {
      joinTheOneLonger(g, persons, h -> h.key.endsWith(" " + g.key) && !fathersName(h.key, g.key), String::endsWith);
    }
    // A chain of names cut short ("محمد بن سلمان" of "محمد بن سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز" of "… آل
    // سعود") joins the one longer chain that continues it.
    for (Group g : persons) {
      if (g.mergedInto != null || g.key.indexOf(' ') < 0) continue;
      joinTheOneLonger(g, persons,
          h -> h.key.startsWith(g.key + " ") && continuesChain(h.key.substring(g.key.length() + 1)), String::startsWith);
    }
    // A name of two words or more cut short of its last word ("كيم جونغ" of "كيم جونغ أون") joins the one name that
    // adds that word, when that name is said more often: the shorter is then the tagger's slip, where "دونالد ترامب",
    // said more than "دونالد ترامب جونيور", is another person.
    for (Group g : persons) {
      if (g.mergedInto != null || g.key.indexOf(' ') < 0) continue;
      joinTheOneLonger(g, persons, h -> h.key.startsWith(g.key + " ") && h.key.indexOf(' ', g.key.length() + 1) < 0
          && h.mentions > g.mentions, String::startsWith);
    }
  }

  /**
   * Places the gazetteer knows by several names ("السعودية" and "المملكة العربية السعودية", "الإمارات" and "الإمارات
   * العربية المتحدة") are one name: the later joins the first. A one-word title that opens the name of exactly one
   * place the story names ("المملكة" beside "السعودية") joins it too.
   */
  private static void mergePlaces(Map<String, Group> groups) {
    Map<String, Group> byPlace = new HashMap<>();
    for (Group g : groups.values()) {
      if (g.mergedInto != null || !g.type().equals("LOC")) continue;
      String place = null;
      for (String spelling : g.spellings.keySet()) {
        place = PLACES.named(spelling).orElse(null);
        if (place != null) break;
      }
      if (place == null) continue;
      Group first = byPlace.putIfAbsent(place, g);
      if (first != null) first.absorb(g);
    }
    // A title standing alone ("المملكة") is the story's one place whose name it opens ("المملكة العربية السعودية":
    // the kingdom of the Saudi press), and stays a name of its own where two such places are named.
    for (Group g : List.copyOf(groups.values())) {
      if (g.mergedInto != null || !g.type().equals("LOC") || g.key.indexOf(' ') >= 0) continue;
      String spelling = g.spellings.keySet().iterator().next();
      if (isPlace(spelling)) continue;
      Group only = null;
      int found = 0;
      for (String place : PLACES.openedBy(spelling)) {
        Group p = byPlace.get(place);
        if (p != null) {
          only = p;
          found++;
        }
      }
      if (found == 1) only.absorb(g);
    }
  }

  /**
   * An organisation named by one word of its name joins that name, when it is the only one of the story it opens or
   * closes: "يونايتد" → "مانشستر يونايتد", "القاعدة" → "تنظيم القاعدة", "بايرن" → "بايرن ميونيخ". Not with two
   * ("يونايتد" of "مانشستر يونايتد" and "ويست هام يونايتد"), not a word with the article that opens one ("الاتحاد"
   * of "الاتحاد الأوروبي": the club Al-Ittihad is written so), and not into what may be two names joined by "و"
   * ("سبوتيفاي" of "سبوتيفاي وأبل ميوزيك").
   */
  private static void mergeShortForms(Map<String, Group> groups) {
    List<Group> orgs = new ArrayList<>();
    for (Group g : groups.values()) if (g.mergedInto == null && g.type().equals("ORG")) orgs.add(g);
    for (Group g : orgs) {
      if (g.mergedInto != null || g.key.indexOf(' ') >= 0) continue;
      boolean opens = !TextNormalizer.normalize(g.spellings.keySet().iterator().next()).startsWith("ال");
      joinTheOneLonger(g, orgs, h -> !pairs(h) && (h.key.endsWith(" " + g.key)
          || (opens && h.key.startsWith(g.key + " "))), String::equals);
    }
  }

  /** "International", "world": a word an organisation's name is written with or without, folded. */
  private static final Set<String> WORLDWIDE = Stream.of("الدولي", "الدولية", "العالمي", "العالمية")
      .map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /**
   * An organisation named with "الدولي" or "العالمية" after a name of two words or more the story also gives it
   * without ("مجلس الأمن الدولي" and "مجلس الأمن", "منظمة الصحة العالمية" and "منظمة الصحة") is one name.
   */
  private static void mergeWorldwide(Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      if (g.mergedInto != null || !g.type().equals("ORG")) continue;
      String spelling = g.spellings.keySet().iterator().next();
      int space = spelling.lastIndexOf(' ');
      if (space < 0 || spelling.lastIndexOf(' ', space - 1) < 0) continue;
      if (!WORLDWIDE.contains(TextNormalizer.normalize(spelling.substring(space + 1)))) continue;
      Group shorter = groups.get(skeleton(spelling.substring(0, space)));
      if (shorter == null || shorter == g || shorter.mergedInto != null || !shorter.type().equals("ORG")) continue;
      shorter.absorb(g);
    }
  }

  /** Whether a name may be two joined by "و" ("سبوتيفاي وأبل ميوزيك"): a word after its first opens with "و". */
  private static boolean pairs(Group g) {
    for (String spelling : g.spellings.keySet()) if (spelling.indexOf(" و") > 0) return true;
    return false;
  }

  /**
   * Merges {@code g} into the longest of the other names {@code longer} accepts, when that one holds each of them
   * ({@code holds}: ends with, starts with, equals): they are then one name written more or less fully, not two.
   */
  private static void joinTheOneLonger(Group g, List<Group> names, Predicate<Group> longer,
      BiPredicate<String, String> holds) {
    Group longest = null;
    List<Group> fits = new ArrayList<>();
    for (Group h : names) {
      if (h != g && h.mergedInto == null && longer.test(h)) {
        fits.add(h);
        if (longest == null || h.key.length() > longest.key.length()) longest = h;
      }
    }
    if (longest == null) return;
    for (Group h : fits) if (!holds.test(longest.key, h.key)) return;
    longest.absorb(g);
  }

  /** The skeleton of "آل" (the family of), which closes a chain of names. */
  private static final String FAMILY = skeleton("آل");

  /** Whether what a longer name adds continues a chain of names: the father's ("بن …") or the family's ("آل …"). */
  private static boolean continuesChain(String added) {
    int space = added.indexOf(' ');
    String first = space < 0 ? added : added.substring(0, space);
    return space > 0 && (SON_OF.contains(first) || first.equals(FAMILY));
  }

  /**
   * How often a story's text writes each word, folded: the evidence that a letter a name opens with is a clitic
   * ("بمصر", "لنادي تشيلسي") and not the name's own ("برلين", "لبنان"), whose rest the text never writes alone. The
   * words are counted when first asked for: most stories have no name with a doubtful clitic. Not thread-safe.
   */
  public static final class Written {
    /** No text: a doubtful clitic comes off only by the names. */
    public static final Written NONE = new Written(List::of, List.of(), List.of());

    private final Supplier<List<String>> texts;
    private final List<String> titles;
    private final Set<String> outlets;
    private Map<String, Integer> counts;
    private String foldedTitles; // folded when a medium is first met

    private Written(Supplier<List<String>> texts, List<String> titles, Collection<String> outlets) {
      this.texts = texts;
      this.titles = List.copyOf(titles);
      this.outlets = outlets.stream().map(o -> TextNormalizer.normalize(o).strip()).collect(Collectors.toSet());
    }

    /**
     * The words of these texts (titles and leads, as the names were read from): each run of non-space characters,
     * without the punctuation at its edges, folded. A hyphenated word stays whole: "إيوي-يونغ" is no "يونغ".
     */
    public static Written of(List<String> texts) {
      List<String> copy = List.copyOf(texts);
      return new Written(() -> copy, List.of(), List.of());
    }

    /** As {@link #of(List)}, the texts taken only when a word is first asked for. */
    public static Written of(Supplier<List<String>> texts) {
      return new Written(texts, List.of(), List.of());
    }

    /**
     * As {@link #of(Supplier)}, with the story's titles and the names of its outlets: a news medium's name ({@link
     * Media}) is one of the story's names only when a title names it ("الصين تحجب بي بي سي"); elsewhere the story
     * only credits it ("قال لبي بي سي").
     */
    public static Written of(Supplier<List<String>> texts, List<String> titles, Collection<String> outlets) {
      return new Written(texts, titles, outlets);
    }

    /** Whether a name is a news medium, or holds one at an edge, that no title of the story names. */
    boolean onlyCredited(String name, String type) {
      Optional<String> medium = Media.within(name, type, outlets);
      if (medium.isEmpty()) return false;
      if (foldedTitles == null) foldedTitles = TextNormalizer.normalize(String.join("\n", titles));
      return !Media.named(foldedTitles, medium.get());
    }

    /** How often the text writes {@code word} (one token); 0 for a word it never writes. */
    int count(String word) {
      if (counts == null) counts = countWords(texts.get());
      return counts.getOrDefault(TextNormalizer.normalize(word), 0);
    }

    private static Map<String, Integer> countWords(List<String> texts) {
      Map<String, Integer> counts = new HashMap<>();
      for (String t : texts) {
        int i = 0;
        int n = t.length();
        while (i < n) {
          while (i < n && !TextNormalizer.isLetterOrDigit(t.charAt(i)) && !TextNormalizer.isSpace(t.charAt(i))) i++;
          int start = i;
          while (i < n && !TextNormalizer.isSpace(t.charAt(i))) i++;
          int end = i;
          while (end > start && !TextNormalizer.isLetterOrDigit(t.charAt(end - 1))) end--;
          if (end > start) counts.merge(TextNormalizer.normalize(t.substring(start, end)), 1, Integer::sum);
          while (i < n && TextNormalizer.isSpace(t.charAt(i))) i++;
        }
      }
      return counts;
    }
  }

  /** Letters a name's first word keeps after its doubtful clitic comes off by the text's evidence alone. */
  private static final int MIN_REST_LETTERS = 3;

  /**
   * Whether the text shows a doubtful clitic on a name's first word for what it is: the text writes the rest alone
   * at least twice and at least as often as the whole word ("مصر" 5 times, "بمصر" once), and the rest is a word of
   * three letters or more. Once is no evidence: a word of a foreign name may be written alone elsewhere ("يونغ").
   */
  private static boolean writtenAlone(String name, Written written) {
    if (written == Written.NONE) return false;
    int space = name.indexOf(' ');
    String first = space < 0 ? name : name.substring(0, space);
    String rest = first.substring(1);
    if (rest.length() < MIN_REST_LETTERS) return false;
    int restCount = written.count(rest);
    return restCount >= 2 && restCount >= written.count(first);
  }

  static String withoutClitics(String text, Set<String> alone) {
    return withoutClitics(text, alone, Written.NONE);
  }

  /**
   * The name without the clitics written onto its first word: "wa-"/"fa-" (and), then "bi-"/"li-"/"ka-" (in, to,
   * as) before the article, and "لل" (li- + al-) as "ال"; "و"/"ف" before a hamza on alef, and "ب"/"ل" before one
   * when four letters or more follow ("لإيران", "بأمريكا"; "كأس" is a word). "كال" opens names ("كاليفورنيا",
   * "كالياري") far more often than it writes "as the" onto one, so its "ك" is a doubtful clitic. A clitic that may
   * be the word's own first letter comes off only when the rest was named alone in the story ({@code alone},
   * folded), the story's text writes it alone as often ({@code written}), or the gazetteer names a place so ("بمكة",
   * "ومصر"); a place's own name stays whole.
   */
  static String withoutClitics(String text, Set<String> alone, Written written) {
    String s = text;
    if (s.length() >= 4 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      String rest = s.substring(1);
      // Certain: the article or a preposition with it follows ("والرياض", "وبالرياض", "وللرياض"), or a hamza on
      // alef, which no word begins with after "و" ("وأنقرة"); a bare alef may ("واشنطن"). "وكال" is most often a
      // word of its own ("وكالة", agency) and "و" before "كاليفورنيا" is doubtful like any other.
      boolean certain = rest.startsWith("ال") || rest.startsWith("لل") || "أإآ".indexOf(rest.charAt(0)) >= 0
          || (rest.length() > 3 && rest.charAt(0) == 'ب' && rest.startsWith("ال", 1));
      if (!isPlace(s) && (certain || isPlace(rest) || alone.contains(TextNormalizer.normalize(rest))
          || writtenAlone(s, written))) {
        s = rest;
      }
    }
    if (s.length() >= 4 && "بلك".indexOf(s.charAt(0)) >= 0) {
      String rest = s.substring(1);
      int firstWord = rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ');
      // Certain for "ب" and "ل": the article follows ("بالرياض"), or a hamza on alef and four letters or more
      // ("لإيران"). Never for "ك" ("كاليفورنيا", "كأس").
      boolean certain = s.charAt(0) != 'ك'
          && (rest.startsWith("ال") || ("أإآ".indexOf(rest.charAt(0)) >= 0 && firstWord >= 4));
      if (s.charAt(0) == 'ل' && rest.startsWith("ل")) {
        // "لل" is li- + al- ("للعراق" → "العراق"), but li- before a name that opens with "ل" where the story names it
        // so ("لليونيل ميسي" beside "ليونيل ميسي").
        s = alone.contains(TextNormalizer.normalize(rest)) ? rest : "ا" + rest;
      } else if (!isPlace(s) && (certain || isPlace(rest) || alone.contains(TextNormalizer.normalize(rest))
          || writtenAlone(s, written))) {
        s = rest;
      }
    }
    return s;
  }

  /**
   * Whether the gazetteer names a place so ({@link Places#named}): its first letter is the name's own ("بنغازي",
   * "فلسطين"), and a clitic before one is a clitic ("بمكة", "ومصر").
   */
  private static boolean isPlace(String name) {
    return PLACES.named(name).isPresent();
  }

  /** Letters that transliteration confuses, taken as one; long vowels and hamza carriers after the first letter. */
  private static char letterClass(char c) {
    return switch (c) {
      case 'غ', 'ق', 'ك', 'گ', 'ڤ' -> 'ج'; // a "g": Gulf and Egyptian ج, Levantine غ, Iraqi ك (إنكلترا)
      case 'ط' -> 'ت';
      case 'ص', 'ث' -> 'س';
      case 'ذ', 'ظ' -> 'ز';
      case 'ض' -> 'د';
      case 'پ' -> 'ب';
      default -> c;
    };
  }

  private static boolean isVowelOrHamza(char c) {
    return c == 'ا' || c == 'و' || c == 'ي' || c == 'ء' || c == 'ئ' || c == 'ؤ';
  }

  /**
   * "عبد" written onto the divine name it opens ("عبدالله", "عبدالفتاح") as two words, as the other half of the press
   * writes it ("عبد الله", "عبد الفتاح"): one name either way.
   */
  private static List<String> servantApart(List<String> tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.length() > 6 && t.startsWith(SERVANT + "ال")) {
        if (out == null) out = new ArrayList<>(tokens.subList(0, i));
        out.add(SERVANT);
        out.add(t.substring(SERVANT.length()));
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? tokens : out;
  }

  private static final String SERVANT = "عبد";

  /** A name as one article writes it, with its {@link #skeleton} and the place it is ({@link #placeOf}, or ""). */
  private record Mention(String surface, String type, String articleId, String key, String place) {
    /** Tagged as a place the gazetteer does not know, with three consonants or more: most often a misspelt one. */
    boolean misspeltPlace() {
      return key.length() > 2 && place.isEmpty() && type.equals("LOC");
    }
  }

  /**
   * The place a one-word name is, as the gazetteer knows it: one of its spellings, with or without the article
   * ("غوطة" is "الغوطة"), or, tagged as a place, its country's adjective slipped in as a name ("روسية"); empty for
   * any other name.
   */
  static String placeOf(String surface, String type) {
    String folded = TextNormalizer.normalize(surface);
    if (folded.indexOf(' ') >= 0) return "";
    return PLACES.named(folded)
        .or(() -> folded.startsWith("ال") ? Optional.empty() : PLACES.named("ال" + folded))
        .or(() -> type.equals("LOC") ? PLACES.adjectiveOf(folded) : Optional.empty())
        .orElse("");
  }

  /** The one place among these identities (empty: another name), or empty when there are two or none. */
  private static String onlyPlace(Set<String> identities) {
    String only = "";
    for (String id : identities) {
      if (id.isEmpty()) continue;
      if (!only.isEmpty()) return "";
      only = id;
    }
    return only;
  }

  /**
   * The spellings of one word the stories' names were written in: for each one-word spelling, folded, the other
   * one-word spellings of the same name that share its skeleton, as written ("بوتين" → "بوتن", "نتنياهو" → "نتانياهو", "غوغل" →
   * "جوجل"). A name's other spellings that are other words (its surname, a title standing for a place: "فلاديمير
   * بوتين", "المملكة") are not spellings of its words. For search, which then finds every spelling of a name.
   */
  public static Map<String, Set<String>> spellingsOf(Collection<StoryEntity> entities) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (StoryEntity e : entities) {
      // Skeleton → each folded spelling of it, with the first way the story wrote it.
      Map<String, Map<String, String>> bySkeleton = new HashMap<>();
      for (String v : e.variants()) {
        List<String> words = TextNormalizer.tokens(v);
        if (words.size() != 1) continue;
        bySkeleton.computeIfAbsent(skeleton(words.getFirst()), k -> new LinkedHashMap<>())
            .putIfAbsent(words.getFirst(), v.strip());
      }
      for (Map<String, String> same : bySkeleton.values()) {
        for (String w : same.keySet()) {
          same.forEach((other, written) -> {
            if (!other.equals(w) && closeSpellings(w, other)) out.computeIfAbsent(w, k -> new TreeSet<>()).add(written);
          });
        }
      }
    }
    return out;
  }

  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  /**
   * Whether two folded words one skeleton groups are spellings of one word, not two words that meet in a skeleton of
   * few consonants ("المالكي" and "المملكة", "الشناوي" and "الشيشان"): without the article, letters transliteration
   * confuses taken as one, at most a third of the shorter word's letters differ (at least one): "بوتين"/"بوتن",
   * "أمريكا"/"أميركا", "غوغل"/"جوجل".
   */
  static boolean closeSpellings(String a, String b) {
    String x = lettersOf(a);
    String y = lettersOf(b);
    return EDITS.apply(x, y) <= Math.max(1, Math.min(x.length(), y.length()) / 3);
  }

  private static String lettersOf(String folded) {
    String w = folded.length() > 4 && folded.startsWith("ال") ? folded.substring(2) : folded;
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) out.append(letterClass(w.charAt(i)));
    return out.toString();
  }

  /**
   * The skeleton two spellings of one name share ({@link StoryEntities}). A word of fewer than two consonants keeps
   * its folded letters: "مي" and "ما" must not meet.
   */
  static String skeleton(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : servantApart(TextNormalizer.tokens(name))) {
      String w = word.length() > 4 && word.startsWith("ال") ? word.substring(2) : word;
      StringBuilder k = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (i == w.length() - 1 && c == 'ه' && i > 1) continue; // ة, folded to ه: سورية = سوريا
        if (i > 0 && isVowelOrHamza(c)) continue;
        char l = letterClass(c);
        if (k.length() > 0 && k.charAt(k.length() - 1) == l) continue;
        k.append(l);
      }
      if (k.length() < 2) k = new StringBuilder(w);
      if (out.length() > 0) out.append(' ');
      out.append(k);
    }
    return out.toString();
  }

  private static final class Group {
    final String key;
    final int order;
    final Map<String, Integer> spellings = new LinkedHashMap<>();
    final Map<String, Integer> types = new LinkedHashMap<>();
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;
    Group mergedInto;

    Group(String key, int order) {
      this.key = key;
      this.order = order;
    }

    void add(String surface, String type, String article) {
      spellings.merge(surface, 1, Integer::sum);
      types.merge(type, 1, Integer::sum);
      articles.add(article);
      mentions++;
    }

    void absorb(Group other) {
      other.spellings.forEach((s, n) -> spellings.merge(s, n, Integer::sum));
      other.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
      articles.addAll(other.articles);
      mentions += other.mentions;
      other.mergedInto = this;
    }

    String type() {
      return top(types);
    }

    StoryEntity entity(List<Mentioned> story) {
      // Spellings equal once folded (hamza, ى, marks) are one variant, shown as most of its mentions write it.
      Map<String, Map<String, Integer>> byFolded = new LinkedHashMap<>();
      spellings.forEach((s, n) -> byFolded.computeIfAbsent(TextNormalizer.normalize(s), k -> new LinkedHashMap<>())
          .merge(s, n, Integer::sum));
      List<Map.Entry<String, Integer>> variants = new ArrayList<>();
      for (Map<String, Integer> forms : byFolded.values()) {
        variants.add(Map.entry(top(forms), forms.values().stream().mapToInt(Integer::intValue).sum()));
      }
      variants.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      List<String> ordered = new ArrayList<>();
      for (Mentioned m : story) if (articles.contains(m.articleId())) ordered.add(m.articleId());
      return new StoryEntity(name(variants), type(), variants.stream().map(Map.Entry::getKey).toList(), mentions,
          ordered);
    }

    /**
     * The spelling most mentions use; for a person most often named by surname alone ("ماكرون"), the full name most
     * mentions use ("إيمانويل ماكرون"): a reader meets the person before the surname. Likewise a place is shown by
     * the most used of its gazetteer names, not by a title that stands for it ("السعودية", not "المملكة").
     */
    private String name(List<Map.Entry<String, Integer>> variants) {
      String top = variants.get(0).getKey();
      if (type().equals("LOC") && !isPlace(top) && !PLACES.openedBy(top).isEmpty()) {
        for (Map.Entry<String, Integer> v : variants) {
          if (isPlace(v.getKey())) return v.getKey();
        }
      }
      if (!type().equals("PERS") || TextNormalizer.tokens(top).size() > 1) return top;
      for (Map.Entry<String, Integer> v : variants) {
        if (TextNormalizer.tokens(v.getKey()).size() > 1) return v.getKey();
      }
      return top;
    }

    /** The key counted most (ties: the first counted). */
    private static String top(Map<String, Integer> counts) {
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      return best;
    }
  }
}
