package org.naba.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity of a story — a person, place, organisation or other name — with the spellings its articles use.
 *
 * @param name the spelling most of its mentions use
 * @param type PERS, LOC, ORG or MISC: the type most of its mentions were tagged with
 * @param variants every spelling found, most used first (the name first): "بوتين", "بوتن", "فلاديمير بوتين"
 * @param mentions how many times the tagged text of its articles names it
 * @param articles the articles that name it, in the story's order
 */
public record StoryEntity(String name, String type, List<String> variants, int mentions, List<String> articles) {
  public StoryEntity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
    articles = List.copyOf(articles);
    if (articles.isEmpty()) throw new IllegalArgumentException("an entity must cite an article: " + name);
  }
}
