package org.naba.clean;

import java.util.Objects;

/**
 * One visible text block handed to {@link PageAnalyzer}: a line of a text dump, or a block element of a DOM.
 *
 * @param text the block's text, unmodified
 * @param tag what the markup says the block is ({@link Tag#TEXT} for plain-text dumps)
 * @param linkDensity share of the block's characters that sit inside links, in [0, 1] (0 for text dumps)
 * @param container signature of the element that holds the block (tag and class of its parent and two further
 *     ancestors), 0 when unknown; paragraphs of one article share it
 */
record Block(String text, Tag tag, double linkDensity, int container) {
  Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    if (!(linkDensity >= 0 && linkDensity <= 1)) throw new IllegalArgumentException("linkDensity " + linkDensity);
  }

  static Block text(String text) {
    return new Block(text, Tag.TEXT, 0, 0);
  }

  /** Markup evidence about a block; plain text has none. */
  enum Tag {
    TEXT,
    /** h1: the headline when the page has one. */
    HEADLINE,
    /** h2–h6. */
    HEADING,
    LIST_ITEM,
    /** figcaption and caption-classed elements. */
    CAPTION,
    BLOCKQUOTE,
    /** A blank line in a text dump; three in a row separate page regions. */
    BLANK
  }
}
