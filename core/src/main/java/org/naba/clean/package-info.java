/**
 * The clean stage: from one crawled page to the articles it holds.
 *
 * <p>Two thin adapters feed one pure classifier. {@link org.naba.clean.TextPageCleaner} reads WET-style text
 * dumps (one visible block per line), {@link org.naba.clean.HtmlPageCleaner} flattens a jsoup DOM into blocks
 * with link density and tag evidence; both hand the blocks to {@code PageAnalyzer}, which classifies lines from
 * their shape ({@code LineEvidence}: length, punctuation incl. {@code ، ؛ ؟}, tickers, forms, timestamps, UI
 * strings) and from repetition across the pages of a site ({@link org.naba.clean.BoilerplateMemory}, after
 * CCNet), finds the prose regions (after jusText), splits pages at credit lines into several articles, and
 * assembles {@link org.naba.clean.CleanArticle}s with title, date ({@link org.naba.text.ArabicDates}), outlet,
 * credits, captions, quotes and update stamps. {@link org.naba.clean.BagOfWords} scores extraction against gold.
 *
 * <p>No class here does I/O; all are thread-safe.
 */
package org.naba.clean;
