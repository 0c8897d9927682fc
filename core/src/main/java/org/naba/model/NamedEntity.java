package org.naba.model;

import java.util.Objects;

/**
 * A name the entity tagger found in an article: its words as the article writes them, and its type.
 *
 * @param text the name as written, clitics and all ("وبوتين" is a mention of "بوتين"; stories merge such spellings)
 * @param type PERS (person), LOC (place), ORG (organisation) or MISC (another name: events, teams' nicknames…)
 */
public record NamedEntity(String text, String type) {
  public NamedEntity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
