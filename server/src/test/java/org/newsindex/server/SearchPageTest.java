package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.NewsSearcher;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the search page in headless Chromium against the real server over a small index: what a
 * person sees and does, from typing a query to reading an article and going Back.
 *
 * <p>Needs the browser of {@link TestChromium}.
 */
@RequiresChromium
class SearchPageTest {

  private static final Dimension DESKTOP = new Dimension(1200, 900);
  private static final Pattern SUMMARY =
      Pattern.compile("(?:No articles match|(\\d+) articles?) in \\d+ ms");
  private static final String RESULT = "#results li.hit";

  @TempDir static Path indexDir;
  @TempDir static Path profileDir;

  private static NewsSearcher searcher;
  private static Javalin app;
  private static ChromeDriverService service;
  private static ChromeDriver driver;
  private static String base;

  private WebDriverWait wait;
  /** Console errors a test provokes on purpose (a 404 it asks for); all others fail the test. */
  private final List<String> expectedConsoleErrors = new ArrayList<>();

  @BeforeAll
  static void startServerAndBrowser() throws IOException {
    PageTestArticles.write(indexDir);
    searcher = LuceneNewsSearcher.open(indexDir);
    app = NewsServer.create(searcher).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();

    // An explicit driver path keeps Selenium Manager from looking for (and downloading) one.
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(TestChromium.chromedriver().toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(TestChromium.chromium().toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-default-apps",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
        "--user-data-dir=" + profileDir);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    driver = new ChromeDriver(service, options);
    // Any alert() the page runs, hostile text included, is recorded before the page's own scripts.
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", "window.__alerted = false; window.alert = () => { window.__alerted = true; };"));
  }

  @AfterAll
  static void stopBrowserAndServer() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (app != null) {
      app.stop();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  @BeforeEach
  void resetWindow() {
    driver.manage().window().setSize(DESKTOP);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @AfterEach
  void consoleHasNoErrors() {
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> expectedConsoleErrors.stream().noneMatch(message::contains))
        .toList();
    assertThat(errors).as("browser console errors").isEmpty();
    assertThat(driver.executeScript("return window.__alerted === true")).isEqualTo(false);
  }

  @Test
  void aStoryToldTwiceIsOneResultThatOpensIntoItsCopy() {
    open("/?q=lanterns");

    assertThat(awaitTotal()).as("the total counts articles").isEqualTo(2);
    assertThat(status()).endsWith(", as 1 story (copies folded in).");
    List<WebElement> hits = driver.findElements(By.cssSelector(RESULT));
    assertThat(hits).hasSize(1);
    WebElement copies = hits.get(0).findElement(By.cssSelector(".copies summary"));
    assertThat(copies.getText()).isEqualTo("and 1 copy");
    String shown = hits.get(0).getAttribute("data-id");

    copies.click();
    WebElement copy =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".copies li a")));
    String other = shown.equals(PageTestArticles.FESTIVAL_ID)
        ? PageTestArticles.FESTIVAL_COPY_ID
        : PageTestArticles.FESTIVAL_ID;
    assertThat(copy.getText()).isEqualTo(other);

    copy.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-copies")));
    assertThat(driver.findElement(By.cssSelector("#copies-list a")).getText()).isEqualTo(shown);

    open("/?q=lanterns&collapse=false");
    wait.until(driver -> driver.findElements(By.cssSelector(RESULT)).size() == 2);
  }

  @Test
  void typingShowsMarkedResultsWithTheirTotal() {
    open("/");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("kremlin");

    wait.until(ExpectedConditions.urlContains("q=kremlin"));
    long total = awaitTotal();
    assertThat(total).isEqualTo(9);
    assertThat(status()).matches("9 articles in \\d+ ms\\.");
    List<WebElement> hits = driver.findElements(By.cssSelector(RESULT));
    assertThat(hits).hasSize(9);
    assertThat(driver.findElements(By.cssSelector(RESULT + " mark")))
        .isNotEmpty()
        .allSatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("kremlin"));
    WebElement first = hits.get(0);
    assertThat(first.findElement(By.cssSelector(".meta .source")).getText()).isIn("BBC", "FT");
    assertThat(first.findElement(By.cssSelector("h2 a")).getAttribute("href")).contains("article=");
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/?q=kremlin");

    // The search got one history entry of its own: the empty page is one Back away.
    driver.navigate().back();
    wait.until(ExpectedConditions.urlToBe(base + "/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(box.getAttribute("value")).isEmpty();
  }

  @Test
  void speakerFacetNarrowsTheResultsAndClears() {
    open("/?q=talks");
    assertThat(awaitTotal()).isEqualTo(PageTestArticles.TALKS_TOTAL);

    WebElement putin = facetValue("speaker", PageTestArticles.PUTIN);
    assertThat(putin.getAttribute("aria-pressed")).isEqualTo("false");
    putin.click();

    wait.until(ExpectedConditions.urlContains("speaker=Vladimir+Putin"));
    long narrowed = awaitTotal();
    assertThat(narrowed).isLessThan(PageTestArticles.TALKS_TOTAL).isPositive();
    assertThat(facetValue("speaker", PageTestArticles.PUTIN).getAttribute("aria-pressed"))
        .isEqualTo("true");
    assertThat(driver.findElements(By.cssSelector(RESULT + " .meta .speakers")))
        .hasSize(driver.findElements(By.cssSelector(RESULT)).size())
        .allSatisfy(speakers -> assertThat(speakers.getText()).contains(PageTestArticles.PUTIN));

    // A second speaker widens (OR within a facet).
    facetValue("speaker", PageTestArticles.TILLERSON).click();
    wait.until(ExpectedConditions.urlContains("speaker=Rex+Tillerson"));
    assertThat(awaitTotal()).isGreaterThan(narrowed);

    driver.findElement(By.cssSelector(".facet[data-facet=speaker] button.clear")).click();
    wait.until(d -> !d.getCurrentUrl().contains("speaker="));
    assertThat(awaitTotal()).isEqualTo(PageTestArticles.TALKS_TOTAL);
    assertThat(facetValue("speaker", PageTestArticles.PUTIN).getAttribute("aria-pressed"))
        .isEqualTo("false");
  }

  @Test
  void sourceAndYearFacetsFilterAndClearAllResets() {
    open("/?q=talks");
    awaitTotal();
    facetValue("source", "FT").click();
    wait.until(ExpectedConditions.urlContains("source=FT"));
    long ft = awaitTotal();
    assertThat(ft).isLessThan(PageTestArticles.TALKS_TOTAL);
    assertThat(driver.findElements(By.cssSelector(RESULT + " .meta .source")))
        .allSatisfy(source -> assertThat(source.getText()).isEqualTo("FT"));

    facetValue("year", "2017").click();
    wait.until(ExpectedConditions.urlContains("year=2017"));
    assertThat(awaitTotal()).isLessThan(ft);
    assertThat(driver.findElements(By.cssSelector(RESULT + " time.date")))
        .allSatisfy(date -> assertThat(date.getAttribute("datetime")).startsWith("2017-"));

    driver.findElement(By.id("clear-all")).click();
    wait.until(d -> !d.getCurrentUrl().contains("source="));
    assertThat(awaitTotal()).isEqualTo(PageTestArticles.TALKS_TOTAL);
    assertThat(driver.findElement(By.id("clear-all")).isDisplayed()).isFalse();
  }

  @Test
  void newestFirstPutsTheUndatedArticleLast() {
    open("/?q=kremlin");
    awaitTotal();
    new Select(driver.findElement(By.id("sort"))).selectByValue("newest");

    wait.until(ExpectedConditions.urlContains("sort=newest"));
    awaitTotal();
    List<WebElement> hits = driver.findElements(By.cssSelector(RESULT));
    assertThat(hits).hasSize(9);
    List<String> dates = hits.subList(0, 8).stream()
        .map(hit -> hit.findElement(By.cssSelector("time.date")).getAttribute("datetime"))
        .toList();
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    WebElement last = hits.get(8);
    assertThat(last.getAttribute("data-id")).isEqualTo(PageTestArticles.UNDATED_ID);
    assertThat(last.findElement(By.cssSelector(".meta .undated")).getText()).isEqualTo("Undated");
  }

  @Test
  void loadMoreAppendsTheNextPage() {
    open("/?q=talks");
    awaitTotal();
    assertThat(driver.findElements(By.cssSelector(RESULT))).hasSize(10);

    driver.findElement(By.id("load-more")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(RESULT), 20));
    driver.findElement(By.id("load-more")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(RESULT), 25));

    List<String> ids = driver.findElements(By.cssSelector(RESULT)).stream()
        .map(hit -> hit.getAttribute("data-id"))
        .toList();
    assertThat(new HashSet<>(ids)).hasSize(25);
    assertThat(driver.findElement(By.id("load-more")).isDisplayed()).isFalse();
    assertThat(status()).startsWith("25 articles");
  }

  @Test
  void articleViewShowsMarkedParagraphsQuotesAndRelatedArticles() {
    open("/?q=kremlin");
    awaitTotal();
    WebElement firstHit = driver.findElement(By.cssSelector(RESULT + " h2 a"));
    String headline = firstHit.getText();
    firstHit.click();

    WebElement view = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
    assertThat(driver.getCurrentUrl()).contains("article=");
    assertThat(driver.findElement(By.id("article-headline")).getText()).isEqualTo(headline);
    assertThat(view.findElements(By.cssSelector("#article-body p"))).hasSizeGreaterThan(1);
    assertThat(view.findElements(By.cssSelector("#article-body mark")))
        .isNotEmpty()
        .allSatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("kremlin"));
    List<WebElement> quotes = view.findElements(By.cssSelector("#quote-list li"));
    assertThat(quotes).isNotEmpty();
    assertThat(quotes.get(0).findElement(By.cssSelector(".speaker")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isFalse();

    List<WebElement> related = wait.until(
        ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("#related-list a")));
    WebElement other = related.get(0);
    String otherHeadline = other.getText();
    other.click();
    wait.until(ExpectedConditions.textToBe(By.id("article-headline"), otherHeadline));

    // Back goes to the first article, then to the results it was opened from.
    driver.navigate().back();
    wait.until(ExpectedConditions.textToBe(By.id("article-headline"), headline));
    driver.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-view")));
    assertThat(driver.findElement(By.id("article-view")).isDisplayed()).isFalse();
    assertThat(awaitTotal()).isEqualTo(9);
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/?q=kremlin");
  }

  @Test
  void quotesNameTheirSpeakerOrAnUnnamedSource() {
    open("/?q=hostile&article=" + PageTestArticles.HOSTILE_ID);
    WebElement quote = wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quote-list li")));
    assertThat(quote.findElement(By.cssSelector(".speaker")).getText()).isEqualTo("unnamed source");

    open("/?article=" + PageTestArticles.UNDATED_ID);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#quote-list .speaker"), PageTestArticles.PUTIN));
    assertThat(driver.findElement(By.cssSelector("#article-meta .undated")).getText())
        .isEqualTo("Undated");
  }

  @Test
  void didYouMeanRunsTheSuggestionAndBackRestoresTheQuery() {
    open("/");
    driver.findElement(By.id("q")).sendKeys("kremlim");
    WebElement link = wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#did-you-mean a")));
    assertThat(link.getText()).isEqualTo("kremlin");
    assertThat(driver.findElement(By.id("did-you-mean")).getText())
        .isEqualTo("Did you mean kremlin? (9 results)");

    link.click();
    wait.until(ExpectedConditions.urlToBe(base + "/?q=kremlin"));
    assertThat(awaitTotal()).isEqualTo(9);
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("kremlin");
    assertThat(driver.findElements(By.cssSelector(RESULT + " mark"))).isNotEmpty();

    driver.navigate().back();
    wait.until(ExpectedConditions.urlToBe(base + "/?q=kremlim"));
    wait.until(ExpectedConditions.attributeToBe(By.id("q"), "value", "kremlim"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#did-you-mean a")));

    driver.findElement(By.id("q")).clear();
    driver.findElement(By.id("q")).sendKeys("tilerson", Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#did-you-mean a"), "tillerson"));
  }

  @Test
  void theUrlRestoresFiltersAndSort() {
    open("/?q=talks&speaker=Vladimir+Putin&sort=oldest&date_from=2016-01-01&date_to=2018-12-31");
    long total = awaitTotal();
    assertThat(total).isLessThan(PageTestArticles.TALKS_TOTAL);
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("talks");
    assertThat(new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getText())
        .isEqualTo("Oldest first");
    assertThat(driver.findElement(By.id("date-from")).getAttribute("value")).isEqualTo("2016-01-01");
    assertThat(facetValue("speaker", PageTestArticles.PUTIN).getAttribute("aria-pressed"))
        .isEqualTo("true");

    // A date range narrows: only 2017 and later.
    WebElement from = driver.findElement(By.id("date-from"));
    driver.executeScript(
        "arguments[0].value = '2017-01-01';"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", from);
    wait.until(ExpectedConditions.urlContains("date_from=2017-01-01"));
    assertThat(awaitTotal()).isLessThan(total);
    assertThat(driver.findElements(By.cssSelector(RESULT + " time.date")))
        .allSatisfy(date -> assertThat(date.getAttribute("datetime")).isGreaterThanOrEqualTo("2017-01-01"));
  }

  @Test
  void hostileTextIsShownLiterallyAndRunsNothing() {
    open("/?q=hostile");
    assertThat(awaitTotal()).isEqualTo(1);
    WebElement hit = driver.findElement(By.cssSelector(RESULT));
    assertThat(hit.findElement(By.cssSelector("h2 a")).getText())
        .isEqualTo(PageTestArticles.HOSTILE + " Hostile headline");
    assertThat(hit.findElement(By.cssSelector(".snippets")).getText())
        .contains(PageTestArticles.HOSTILE);
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();

    hit.findElement(By.cssSelector("h2 a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
    assertThat(driver.findElement(By.id("article-headline")).getText())
        .isEqualTo(PageTestArticles.HOSTILE + " Hostile headline");
    assertThat(driver.findElement(By.id("article-body")).getText()).contains(PageTestArticles.HOSTILE);
    assertThat(driver.findElement(By.id("quote-list")).getText()).contains(PageTestArticles.HOSTILE);
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    assertThat(driver.getTitle()).startsWith(PageTestArticles.HOSTILE);
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void slashFocusesTheSearchBoxUnlessTypingInAField() {
    open("/?q=talks");
    awaitTotal();
    WebElement box = driver.findElement(By.id("q"));
    driver.findElement(By.cssSelector(RESULT + " h2 a")).sendKeys(Keys.TAB);
    assertThat(driver.switchTo().activeElement()).isNotEqualTo(box);

    new Actions(driver).sendKeys("/").perform();
    assertThat(driver.switchTo().activeElement()).isEqualTo(box);
    assertThat(box.getAttribute("value")).isEqualTo("talks");

    box.sendKeys(Keys.END, "/x");
    assertThat(box.getAttribute("value")).isEqualTo("talks/x");
  }

  @Test
  void apiErrorsShowInTheStatusRegion() {
    expectedConsoleErrors.add("/api/articles/no%2Fsuch");
    open("/?article=no/such");
    WebElement status = wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.error")));
    assertThat(status.getText()).contains("no/such");
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
    assertThat(driver.findElement(By.id("article-view")).isDisplayed()).isFalse();
  }

  @Test
  void aPhoneScreenHasNoHorizontalScroll() {
    driver.manage().window().setSize(new Dimension(375, 800));
    open("/?q=talks&speaker=Vladimir+Putin");
    awaitTotal();
    assertNoHorizontalScroll();
    assertThat(driver.findElement(By.cssSelector("#filters > summary")).isDisplayed()).isTrue();

    open("/?q=hostile&article=" + PageTestArticles.HOSTILE_ID);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
    assertNoHorizontalScroll();
  }

  @Test
  void screenshotOfResultsWithFacets() throws IOException {
    driver.manage().window().setSize(new Dimension(1200, 900));
    open("/?q=kremlin&speaker=Vladimir+Putin");
    awaitTotal();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".facet[data-facet=year]")));
    Path target = Path.of("target", "screenshot.png");
    Files.createDirectories(target.getParent());
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isPositive();
  }

  // ---- helpers ----

  @Test
  void theFooterLeadsToTheInteractiveApiPage() {
    open("/");
    driver.findElement(By.linkText("API")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".swagger-ui .info .title"), "newsindex"));
    assertThat(driver.findElements(By.cssSelector(".swagger-ui .opblock"))).hasSizeGreaterThan(5);
  }

  private void open(String path) {
    driver.get(base + path);
  }

  private String status() {
    return driver.findElement(By.id("status")).getText();
  }

  /** Waits for the status line to report a finished search and returns its total. */
  private long awaitTotal() {
    wait.until(d -> SUMMARY.matcher(status()).find());
    Matcher matcher = SUMMARY.matcher(status());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
  }

  private WebElement facetValue(String facet, String value) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
        ".facet[data-facet=" + facet + "] button.facet-value[data-value=\"" + value + "\"]")));
  }

  private void assertNoHorizontalScroll() {
    JavascriptExecutor js = driver;
    Object fits = js.executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth");
    assertThat(fits).as("page fits the window width").isEqualTo(true);
  }
}
