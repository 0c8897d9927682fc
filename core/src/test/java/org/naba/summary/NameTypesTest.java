package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.naba.model.StoryEntity;

/** One type for a name across a run's stories where the run all but agrees on it, in Arabic. */
class NameTypesTest {
  private static StoryEntity name(String name, String type, int mentions) {
    return new StoryEntity(name, type, List.of(name), mentions, List.of("a"));
  }

  /** {@code n} stories, each naming {@code name} as {@code type} ({@code mentions} times) beside "القاهرة". */
  private static List<List<StoryEntity>> stories(int n, String name, String type, int mentions) {
    return new ArrayList<>(Collections.nCopies(n, List.of(name(name, type, mentions), name("القاهرة", "LOC", 2))));
  }

  @Test
  void aNameTheRunAllButAlwaysTypesOneWayIsTypedSoEverywhere() {
    List<List<StoryEntity>> run = stories(30, "ترامب", "PERS", 3);
    List<StoryEntity> odd = List.of(name("القاهرة", "LOC", 1), name("ترامب", "LOC", 1));
    run.add(odd);
    Map<String, String> agreed = NameTypes.agreed(run);
    assertThat(agreed).containsEntry("ترامب", "PERS").doesNotContainKey("القاهرة");
    assertThat(NameTypes.retyped(odd, agreed)).extracting(StoryEntity::type).containsExactly("LOC", "PERS");
    assertThat(NameTypes.retyped(odd, agreed).get(1)).usingRecursiveComparison().ignoringFields("type")
        .isEqualTo(odd.get(1));
  }

  @Test
  void spellingsTheFoldingJoinsCountAsOneName() {
    List<List<StoryEntity>> run = stories(12, "أردوغان", "PERS", 2);
    run.add(List.of(name("اردوغان", "ORG", 1)));
    assertThat(NameTypes.retyped(List.of(name("اردوغان", "ORG", 1)), NameTypes.agreed(run)))
        .extracting(StoryEntity::type).containsExactly("PERS");
  }

  @Test
  void aNameOfTwoCommonReadingsKeepsEachStorysOwn() {
    // The club in most stories, the city in many: no reading holds nine tenths of the mentions.
    List<List<StoryEntity>> run = stories(20, "برشلونة", "ORG", 2);
    run.addAll(stories(8, "برشلونة", "LOC", 2));
    Map<String, String> agreed = NameTypes.agreed(run);
    assertThat(agreed).doesNotContainKey("برشلونة");
    List<StoryEntity> city = run.getLast();
    assertThat(NameTypes.retyped(city, agreed)).isSameAs(city);
  }

  @Test
  void aNameFewStoriesListKeepsEachStorysOwn() {
    List<List<StoryEntity>> run = stories(8, "سكريبال", "PERS", 5);
    run.add(List.of(name("سكريبال", "LOC", 1)));
    assertThat(NameTypes.agreed(run)).isEmpty();
  }
}
