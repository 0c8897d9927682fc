package org.naba.web;

import static org.naba.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Stories as an Atom 1.0 feed (written by Rome), so that a feed reader follows what a list shows: the breaking
 * stories, one outlet's, those naming a person, or a storyline's stories. Each entry is a story: its headline, its page, when it was first and
 * last reported, its outlets and its summary; the breaking ones carry the category "عاجل". An entry's id is its page's
 * address, and its {@code updated} time the story's latest article, so a reader shows a story again as it grows.
 */
final class Feeds {
  private Feeds() {}

  /** The category of a breaking story's entry. */
  static final String BREAKING = "عاجل";

  /**
   * A feed of {@code stories} (story JSON, as the API gives it). {@code base} is the server's address
   * ("http://host:port"), {@code self} the feed's path and query and {@code list} the page it follows.
   */
  static String stories(String title, List<ObjectNode> stories, String base, String self, String list) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setLanguage("ar");
    feed.setUri(base + self);
    feed.setLinks(List.of(link(base + self, "self", "application/atom+xml"),
        link(base + list, "alternate", "text/html")));
    // Atom asks for an author of the feed where an entry names none (a story with no known outlet).
    feed.setAuthors(List.of(person("نبأ")));
    // The feed changed when its latest story last did (an empty feed: at the epoch, not at the time of asking).
    feed.setPublishedDate(Date.from(stories.stream().map(s -> time(s, "last_seen")).flatMap(Optional::stream)
        .max(Instant::compareTo).orElse(Instant.EPOCH)));
    List<SyndEntry> entries = new ArrayList<>();
    for (ObjectNode s : stories) entries.add(entry(s, base));
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed " + self, e);
    }
  }

  private static SyndEntry entry(ObjectNode story, String base) {
    SyndEntry e = new SyndEntryImpl();
    String href = base + Html.storyHref(story.path("id").asText());
    e.setUri(href);
    e.setLink(href);
    e.setTitle(story.path("headline").asText());
    time(story, "first_seen").ifPresent(t -> e.setPublishedDate(Date.from(t)));
    time(story, "last_seen").or(() -> time(story, "first_seen")).ifPresent(t -> e.setUpdatedDate(Date.from(t)));
    List<String> outlets = new ArrayList<>();
    story.path("outlets").forEach(o -> outlets.add(o.asText()));
    if (!outlets.isEmpty()) e.setAuthors(List.of(person(String.join("، ", outlets))));
    if (!story.path("breaking").isNull() && !story.path("breaking").isMissingNode()) {
      SyndCategory breaking = new SyndCategoryImpl();
      breaking.setName(BREAKING);
      e.setCategories(List.of(breaking));
    }
    SyndContent summary = new SyndContentImpl();
    summary.setType("html");
    summary.setValue(summary(story, outlets));
    e.setDescription(summary);
    return e;
  }

  /** An entry's summary: its count and outlets, then its summary's sentences (markup, escaped by Rome in turn). */
  private static String summary(ObjectNode story, List<String> outlets) {
    StringBuilder b = new StringBuilder("<p>")
        .append(esc(Html.articleCount(story.path("article_count").asInt())));
    if (!outlets.isEmpty()) b.append(" — ").append(esc(String.join("، ", outlets)));
    b.append("</p>");
    JsonNode sentences = story.path("summary");
    if (!sentences.isEmpty()) {
      b.append("<ul>");
      sentences.forEach(s -> b.append("<li>").append(esc(s.path("text").asText())).append("</li>"));
      b.append("</ul>");
    }
    return b.toString();
  }

  /** An Atom author (a name Rome would otherwise also write as Dublin Core's creator). */
  private static SyndPerson person(String name) {
    SyndPerson p = new SyndPersonImpl();
    p.setName(name);
    return p;
  }

  private static SyndLink link(String href, String rel, String type) {
    SyndLink l = new SyndLinkImpl();
    l.setHref(href);
    l.setRel(rel);
    l.setType(type);
    return l;
  }

  private static Optional<Instant> time(JsonNode story, String field) {
    JsonNode t = story.path(field);
    return t.isTextual() ? Optional.of(Instant.parse(t.asText())) : Optional.empty();
  }
}
