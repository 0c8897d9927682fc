package org.naba.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.SampleData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The UI in a real browser: Debian's headless Chromium, driven through chromedriver. Checks what only a browser
 * can: the computed direction, that clicking works, that citation anchors land on their article (ids with
 * {@code /} and {@code #} included), that the text folds open. Leaves screenshots in {@code target/} for a human.
 *
 * <p>Skipped, with a message, where Chromium or its driver is not installed.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path run;
  @TempDir Path profile;

  @Test
  void readerOpensAStoryFollowsACitationAndSearches() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "browser test skipped: no " + CHROMIUM + " (apt-get install chromium chromium-driver)");
    assumeTrue(Files.isExecutable(DRIVER),
        "browser test skipped: no " + DRIVER + " (apt-get install chromium chromium-driver)");

    WebServerTest.writeSampleRun(run);
    WebServer server = WebServer.start(run, 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // As root Chromium needs --no-sandbox; the network is closed, so nothing may phone home.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,1500", "--lang=ar");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    try {
      browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
      String base = "http://127.0.0.1:" + server.port();

      browser.get(base + "/");
      assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
      assertThat(browser.executeScript("return document.characterSet")).isEqualTo("UTF-8");
      WebElement first = browser.findElement(By.cssSelector("ol.stories a.headline"));
      assertThat(first.getText()).isEqualTo("بوتين وأوباما يلتقيان في جنيف");
      // RTL for real: the headline starts at the right edge of its row, not the left.
      WebElement row = browser.findElement(By.cssSelector("ol.stories > li"));
      int rowRight = row.getRect().getX() + row.getRect().getWidth();
      int headlineRight = first.getRect().getX() + first.getRect().getWidth();
      assertThat(rowRight - headlineRight).isBetween(0, 40);
      assertThat(first.getRect().getX() - row.getRect().getX()).isGreaterThan(200);
      screenshot(browser, "ui-index.png");

      // The list's form: stories of several outlets, widest first; the page says so and keeps the choice.
      browser.findElement(By.cssSelector("form.filter input[name=min_outlets]")).click();
      browser.findElement(By.cssSelector("form.filter select[name=sort] option[value=largest]")).click();
      browser.findElement(By.cssSelector("form.filter button[type=submit]")).click();
      assertThat(awaitUrl(browser, base + "/?", Duration.ofSeconds(10))).contains("min_outlets=2", "sort=largest");
      assertThat(browser.findElements(By.cssSelector("ol.stories a.headline"))).extracting(WebElement::getText)
          .containsExactly("بوتين وأوباما يلتقيان في جنيف", "زلزال يضرب جنوب تركيا");
      assertThat(browser.findElement(By.cssSelector(".heading")).getText()).contains("نقلتها وسيلتان فأكثر");
      assertThat(browser.findElement(By.cssSelector("form.filter input[name=min_outlets]")).isSelected()).isTrue();
      browser.get(base + "/");
      first = browser.findElement(By.cssSelector("ol.stories a.headline"));

      first.click();
      assertThat(browser.getCurrentUrl()).isEqualTo(base + "/stories/s-geneva");
      List<WebElement> summary = browser.findElements(By.cssSelector("ol.summary > li"));
      assertThat(summary).hasSize(2);
      assertThat(summary.get(0).getText()).startsWith("التقى الرئيس الروسي فلاديمير بوتين");

      WebElement cite = summary.get(0).findElement(By.cssSelector("a.cite"));
      cite.click();
      assertThat(browser.executeScript("var t = document.querySelector(':target'); return t ? t.id : ''"))
          .isEqualTo("a-" + SampleData.PATH_ID);
      WebElement target = browser.findElement(By.cssSelector("ol.timeline > li:target"));
      assertThat(target.getText()).contains("بوتين يلتقي أوباما في جنيف لبحث الأزمة السورية", "الجزيرة");

      summary.get(1).findElement(By.cssSelector("a.cite")).click();
      assertThat(browser.executeScript("return document.querySelector(':target').id")).isEqualTo("a-bbc-1");

      WebElement details = target.findElement(By.tagName("details"));
      WebElement paragraph = details.findElement(By.tagName("p"));
      assertThat(paragraph.isDisplayed()).isFalse();
      details.findElement(By.tagName("summary")).click();
      assertThat(paragraph.isDisplayed()).isTrue();
      assertThat(browser.findElements(By.cssSelector("li.dup .badge.dup"))).isNotEmpty();
      browser.executeScript("window.scrollTo(0, 0)");
      screenshot(browser, "ui-screenshot.png");

      WebElement box = browser.findElement(By.cssSelector("form.search input[name=q]"));
      box.sendKeys("سورية", Keys.ENTER);
      // The form submits asynchronously to the driver: wait (bounded) for the navigation before looking.
      assertThat(awaitUrl(browser, base + "/search?q=", Duration.ofSeconds(10))).startsWith(base + "/search?q=");
      assertThat(browser.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("السورية");
      screenshot(browser, "ui-search.png");

      // A phone-sized window: the layout must wrap, not scroll sideways.
      // (Emulated through DevTools: a headless window narrower than about 500 px is widened to that.)
      browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      for (String path : List.of("/", "/stories/s-geneva", "/outlets", "/search?q=بوتين", "/storylines")) {
        browser.get(base + path);
        assertThat(browser.executeScript("return document.documentElement.clientWidth")).isEqualTo(390L);
        assertThat((Long) browser.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).as(path)
            .isLessThanOrEqualTo(0L);
      }
      // A hashtag that a title or paragraph carries is one long word: it wraps rather than widening the page.
      browser.get(base + "/stories/s-geneva");
      assertThat((Long) browser.executeScript("document.querySelector('ol.timeline .title').textContent += ' #'"
          + " + 'الشعب_السعودي_كله_قوات_الطوارئ_'.repeat(3);"
          + " return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0L);
      // Each filter's label stays on one line with its control ("من" beside its day, the box beside its words).
      browser.get(base + "/");
      assertThat((Long) browser.executeScript("return Array.from(document.querySelectorAll('form.filter label'))"
          + ".filter(l => l.getClientRects().length > 1).length")).isZero();
      screenshot(browser, "ui-narrow.png");
    } finally {
      browser.quit();
      server.stop();
    }
  }

  private static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
    Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(Path.of("target"));
    Files.copy(png, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Polls the current URL until it starts with {@code prefix} or the timeout passes; returns the last URL seen. */
  private static String awaitUrl(ChromeDriver browser, String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String url = browser.getCurrentUrl();
    while (!url.startsWith(prefix) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      url = browser.getCurrentUrl();
    }
    return url;
  }
}
