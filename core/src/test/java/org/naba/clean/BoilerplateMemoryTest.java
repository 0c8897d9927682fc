package org.naba.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the memory learned survives a restart (naba run --resume), and is refused when damaged. */
class BoilerplateMemoryTest {
  private static final long MENU = BoilerplateMemory.hash("الرئيسية اخبار محلية رياضة اقتصاد");

  private static byte[] save(BoilerplateMemory m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.saveState(out);
    return out.toByteArray();
  }

  @Test
  void سطر_تكرر_في_صفحات_الأمس_يعرف_منذ_أول_صفحة_اليوم() throws IOException {
    BoilerplateMemory yesterday = new BoilerplateMemory();
    for (int page = 0; page < 3; page++) yesterday.observe("okaz.com.sa", List.of(MENU, 1000L + page));
    BoilerplateMemory today = BoilerplateMemory.restoreState(new ByteArrayInputStream(save(yesterday)));
    assertThat(today.observe("okaz.com.sa", List.of(MENU, 2000L))).containsEntry(MENU, 3);
    assertThat(new BoilerplateMemory().observe("okaz.com.sa", List.of(MENU, 2000L))).isEmpty();
    // A page seen yesterday adds nothing when crawled again today.
    assertThat(today.observe("okaz.com.sa", List.of(MENU, 1000L))).containsEntry(MENU, 3);
    assertThat(today.sites()).isEqualTo(1);
  }

  @Test
  void موقع_ملأ_نصف_جدوله_يحفظ_أسطره_المتكررة_وحدها() throws IOException {
    BoilerplateMemory full = new BoilerplateMemory(3, 10);
    for (int page = 0; page < 6; page++) full.observe("sabq.org", List.of(MENU, 100L + page));
    BoilerplateMemory restored = BoilerplateMemory.restoreState(new ByteArrayInputStream(save(full)));
    // The menu, on six pages, is kept; the six lines seen once are dropped (the default table has room again).
    assertThat(restored.seen("sabq.org", MENU)).isTrue();
    assertThat(restored.seen("sabq.org", 100L)).isFalse();
  }

  @Test
  void تالفة_أو_مقطوعة_ترفض() throws IOException {
    BoilerplateMemory m = new BoilerplateMemory();
    m.observe("okaz.com.sa", List.of(MENU));
    byte[] state = save(m);
    assertThatThrownBy(() -> BoilerplateMemory.restoreState(new ByteArrayInputStream(Arrays.copyOf(state, 12))))
        .isInstanceOf(IOException.class).hasMessageContaining("truncated");
    assertThatThrownBy(() -> BoilerplateMemory.restoreState(new ByteArrayInputStream("شيء آخر".getBytes())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Naba boilerplate memory");
  }
}
