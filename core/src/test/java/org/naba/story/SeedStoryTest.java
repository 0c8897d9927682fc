package org.naba.story;

import org.naba.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The three seed pages (raw text as fetched, boilerplate included) of one story — the G20 summit, 4–5 Sep 2016, where
 * Obama and Putin failed to agree on Syria — must end up in one story.
 */
class SeedStoryTest {
  @Test
  void seedPagesFormOneStory() throws IOException {
    Path dir = SharedData.root().map(p -> p.resolve("data/pages/seeds")).orElse(null);
    assumeTrue(dir != null && Files.isDirectory(dir), "seed pages (../shared/data/pages/seeds) absent: skipped");
    // Titles as a page extractor would take them (the headline line of each page); dates from the pages.
    List<StoryInput> seeds = List.of(
        seed(dir, "000_9f7bf9daf3080148.txt", "2016-09-04T18:00:00Z", "محادثات أمريكية- روسية بشأن سوريا بدون التوصل لاتفاق"),
        seed(dir, "001_2a074d5a8d8335a5.txt", "2016-09-05T06:00:00Z", "لم تتوصل واشنطن وموسكو إلى اتفاق بشأن وقف العنف في سوريا"),
        seed(dir, "003_e2e2a45a2d660ad4.txt", "2016-09-05T18:00:00Z", "أوباما وبوتين خلال قمة مجموعة الـ20 في الصين"));
    StoryEngine engine = new StoryEngine(StorySettings.defaults());
    Set<String> stories = new HashSet<>();
    for (StoryInput s : seeds) engine.add(s);
    stories.addAll(engine.assignments().values());
    assertThat(stories).as("stories of the seeds").hasSize(1);
  }

  private static StoryInput seed(Path dir, String file, String time, String title) throws IOException {
    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    return StoryInput.of(file, Instant.parse(time), file, title, text);
  }
}
