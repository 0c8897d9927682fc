package org.naba.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the places a short text names (countries, capitals, large cities), from the gazetteer bundled with Naba
 * ({@code places-ar.txt}): "هجوم انتحاري يوقع 15 قتيلا في أفغانستان" → {@code أفغانستان}. Matching is on folded
 * tokens, longest name first, and reads through the clitics Arabic attaches to a name: و/ف (and), ب/ل/ك (in, to,
 * as) and the article's assimilated form ({@code للعراق} = ل + العراق).
 *
 * <p>Immutable and thread-safe.
 */
public final class Places {
  /** What ends a country's line in the gazetteer. */
  private static final String COUNTRY = "[country]";
  private static final Places BUNDLED = load();

  /** Folded first token → names starting with it: each a token sequence and the place it names. */
  private final Map<String, List<Name>> byFirstToken;
  /** Folded stems the countries' adjectives are made of ("سور" of سوريا: السوري; "امريك", "مصر", "سعود") → country. */
  private final Map<String, String> adjectiveStems;
  /** Folded first word of a name of two words or more, with the article → the places such names name. */
  private final Map<String, Set<String>> byOpeningWord;

  private record Name(List<String> tokens, String place) {}

  private Places(Map<String, List<Name>> byFirstToken, Map<String, String> adjectiveStems) {
    this.byFirstToken = byFirstToken;
    this.adjectiveStems = Map.copyOf(adjectiveStems);
    Map<String, Set<String>> opening = new HashMap<>();
    byFirstToken.forEach((first, names) -> {
      for (Name n : names) {
        if (n.tokens().size() < 2) continue;
        String word = first.startsWith("ال") ? first : "ال" + first;
        opening.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(n.place());
      }
    });
    opening.replaceAll((k, v) -> Set.copyOf(v));
    this.byOpeningWord = Map.copyOf(opening);
  }

  /**
   * The stem a one-word country's adjective (nisba) is made of, folded: the name without its article and without a
   * final "يا", "ية", "ا" or "ة" ("سوريا", "سورية" → "سور"; "أمريكا" → "امريك"; "السعودية" → "سعود"; "العراق" →
   * "عراق"). {@code article}: whether a leading "ال" is the article.
   */
  private static String stem(String folded, boolean article) {
    String s = article && folded.length() > 4 && folded.startsWith("ال") ? folded.substring(2) : folded;
    if (s.length() > 4 && (s.endsWith("يا") || s.endsWith("يه"))) return s.substring(0, s.length() - 2);
    if (s.length() > 3 && (s.endsWith("ا") || s.endsWith("ه"))) return s.substring(0, s.length() - 1);
    return s;
  }

  /** The gazetteer shipped with Naba. */
  public static Places bundled() {
    return BUNDLED;
  }

  /** Every spelling of every place, folded, each a list of tokens (the entity tagger's gazetteer reads them). */
  public List<List<String>> names() {
    List<List<String>> out = new ArrayList<>();
    byFirstToken.values().forEach(names -> names.forEach(n -> out.add(n.tokens())));
    out.sort(java.util.Comparator.comparing((List<String> n) -> String.join(" ", n)));
    return out;
  }

  /**
   * The place a whole name is one of the spellings of ("المملكة العربية السعودية" → "السعودية", "أميركا" →
   * "الولايات المتحدة"; folded), or empty when the gazetteer does not list it as written, clitics included.
   */
  public Optional<String> named(CharSequence name) {
    List<String> tokens = TextNormalizer.tokens(name);
    if (tokens.isEmpty()) return Optional.empty();
    for (Name n : byFirstToken.getOrDefault(tokens.get(0), List.of())) {
      if (n.tokens().equals(tokens)) return Optional.of(n.place());
    }
    return Optional.empty();
  }

  /**
   * The places one of whose names of two words or more opens with {@code word}, the word taken with its article
   * ("المملكة" → "السعودية", "الأردن" and "بريطانيا", from "المملكة العربية السعودية", "المملكة الأردنية الهاشمية",
   * "المملكة المتحدة"; "السلطنة" would open "سلطنة عمان"); folded canonical names, empty for none.
   */
  public Set<String> openedBy(CharSequence word) {
    List<String> tokens = TextNormalizer.tokens(word);
    if (tokens.size() != 1) return Set.of();
    return byOpeningWord.getOrDefault(tokens.get(0), Set.of());
  }

  /**
   * Whether a word is the adjective of a country the gazetteer names in one word: "الأمريكية", "السوري",
   * "البريطاني", "السعودية" (the article, the country's stem, then "ي" or "ية"). A city's is not ("الرياضية" is
   * sporting, "الإسماعيلي" a club).
   */
  public boolean isAdjective(CharSequence word) {
    String w = TextNormalizer.normalize(word);
    return w.length() >= 5 && w.startsWith("ال") && adjectiveOf(w).isPresent();
  }

  /**
   * The country a word is the adjective of, with or without the article ("الروسية", "روسية" → "روسيا"; "سويدية" →
   * "السويد"), folded; empty for any other word.
   */
  public Optional<String> adjectiveOf(CharSequence word) {
    String w = TextNormalizer.normalize(word);
    if (w.indexOf(' ') >= 0) return Optional.empty();
    if (w.length() > 4 && w.startsWith("ال")) w = w.substring(2);
    return w.length() < 3 ? Optional.empty() : adjectiveCountry(w);
  }

  private Optional<String> adjectiveCountry(String rest) {
    if (rest.endsWith("يه")) return Optional.ofNullable(adjectiveStems.get(rest.substring(0, rest.length() - 2)));
    if (rest.endsWith("ي")) return Optional.ofNullable(adjectiveStems.get(rest.substring(0, rest.length() - 1)));
    return Optional.empty();
  }


  /** Places named in {@code text}, each once, in order of first mention (canonical names). */
  public Set<String> find(CharSequence text) {
    List<String> tokens = TextNormalizer.tokens(text);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Name best = null;
      for (String head : readings(tokens.get(i))) {
        for (Name n : byFirstToken.getOrDefault(head, List.of())) {
          if (matchesFrom(tokens, i, n) && (best == null || n.tokens().size() > best.tokens().size())) best = n;
        }
      }
      if (best != null) {
        out.add(best.place());
        i += best.tokens().size() - 1;
      }
    }
    return out;
  }

  private static boolean matchesFrom(List<String> tokens, int i, Name n) {
    if (i + n.tokens().size() > tokens.size()) return false;
    for (int k = 1; k < n.tokens().size(); k++) {
      if (!tokens.get(i + k).equals(n.tokens().get(k))) return false;
    }
    return true;
  }

  /** The token and what it is without a leading conjunction and preposition (folded text, so no hamza forms). */
  static List<String> readings(String token) {
    List<String> out = new ArrayList<>(4);
    out.add(token);
    String t = token;
    if (t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) {
      t = t.substring(1);
      out.add(t);
    }
    if (t.length() > 3 && t.startsWith("لل")) {
      out.add("ال" + t.substring(2));
    } else if (t.length() > 3 && (t.charAt(0) == 'ب' || t.charAt(0) == 'ل' || t.charAt(0) == 'ك')) {
      out.add(t.substring(1));
    }
    return out;
  }

  private static Places load() {
    Map<String, List<Name>> map = new HashMap<>();
    Map<String, String> stems = new HashMap<>();
    try (InputStream in = Places.class.getResourceAsStream("places-ar.txt")) {
      if (in == null) throw new IllegalStateException("places-ar.txt missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        boolean country = line.endsWith(COUNTRY);
        if (country) line = line.substring(0, line.length() - COUNTRY.length()).strip();
        String[] variants = line.split("\\|");
        String place = TextNormalizer.normalize(variants[0].strip());
        for (String v : variants) {
          List<String> tokens = TextNormalizer.tokens(v.strip());
          if (tokens.isEmpty()) continue;
          map.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Name(List.copyOf(tokens), place));
          if (country && tokens.size() == 1) {
            stems.putIfAbsent(stem(tokens.get(0), true), place);
            // "ألمانيا", folded "المانيا", has no article to take off
            stems.putIfAbsent(stem(tokens.get(0), false), place);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading places-ar.txt", e);
    }
    return new Places(map, stems);
  }
}
