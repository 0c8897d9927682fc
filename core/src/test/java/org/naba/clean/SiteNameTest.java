package org.naba.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Site names around a {@code <title>} are cut, headlines that contain a dash are not. */
class SiteNameTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "محادثات أمريكية روسية بشأن سوريا | صوت الأمة; صوت الأمة; محادثات أمريكية روسية بشأن سوريا",
        "صوت الأمة | محادثات أمريكية روسية بشأن سوريا; صوت الأمة; محادثات أمريكية روسية بشأن سوريا",
        "محادثات أمريكية روسية بشأن سوريا - masress.com; ; محادثات أمريكية روسية بشأن سوريا",
        "محادثات أمريكية روسية - تقدم في ملف حلب الإنساني; ; محادثات أمريكية روسية - تقدم في ملف حلب الإنساني",
        "أوباما وبوتين يتفقان على مواصلة المحادثات - الحرة; ; أوباما وبوتين يتفقان على مواصلة المحادثات",
        "南海トラフ、一時調査：中日新聞Web; 中日新聞Web; 南海トラフ、一時調査",
      })
  void cutsTheSiteNameOnly(String title, String site, String expected) {
    assertThat(PageAnalyzer.stripSiteName(title, Optional.ofNullable(site))).isEqualTo(expected);
  }
}
