package ru.gospages.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.gospages.GospagesApplication;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.Role;

/**
 * The whole way through a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver};
 * skipped without them): an officer signs in, drops a file with problems and sees them, drops a
 * clean one and hands it in; an operator starts the run, sees its report, publishes the period and
 * finds both on the history page. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(classes = GospagesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.web-application-type=servlet")
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:browser" + UUID.randomUUID());
        registry.add("gospages.web.input", () -> folder.resolve("input").toString());
        registry.add("gospages.web.output", () -> folder.resolve("output").toString());
        registry.add("gospages.web.staging", () -> folder.resolve("staging").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;

    WebDriver browser;
    Path screenshots = Path.of("target/screenshots");

    @BeforeEach
    void browser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed: the browser test is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(folder, "chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        Files.createDirectories(screenshots);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerHandsAFileInAndAnOperatorRunsTheMonth() throws Exception {
        WebTestSupport.account(accounts, encoder, "surgut", Role.OFFICER, WebTestSupport.SURGUT);
        WebTestSupport.account(accounts, encoder, "centre", Role.OPERATOR, "");
        String period = YearMonth.now().minusMonths(1).toString();
        Path withProblems = write("Сургут-черновик.csv", WebTestSupport.withProblems("x").getBytes());
        Path clean = write("Сургут.csv", WebTestSupport.clean("x").getBytes());

        signIn("surgut");
        assertThat(browser.getCurrentUrl()).endsWith("/upload");
        browser.findElement(By.id("files")).sendKeys(withProblems.toString());
        follow(By.cssSelector("#upload button[type=submit]"));
        assertThat(browser.getPageSource()).contains("R-INN-INVALID", "2–4", "&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(browser.findElements(By.cssSelector("tr.error"))).isNotEmpty();
        screenshot("upload-result");

        browser.get(url("/upload"));
        browser.findElement(By.id("files")).sendKeys(clean.toString());
        follow(By.cssSelector("#upload button[type=submit]"));
        follow(By.xpath("//button[starts-with(., 'Сдать')]"));
        assertThat(browser.findElement(By.className("done")).getText()).contains("Файл сдан");
        screenshot("handed-in");
        assertThat(folder.resolve("input").resolve(period).resolve("71876000 город Сургут").resolve("Сургут.csv")).exists();
        follow(By.cssSelector("form.logout button"));

        signIn("centre");
        assertThat(browser.getCurrentUrl()).contains("/month");
        assertThat(browser.getPageSource()).contains("Сургут.csv", "surgut");
        screenshot("board");
        browser.get(url("/run"));
        follow(By.xpath("//button[.='Запустить обработку']"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("завершена")
                || d.getPageSource().contains("не выполнена"));
        screenshot("run-result");
        assertThat(browser.getPageSource()).contains("завершена", "summary.html");
        follow(By.linkText("Сводка за " + period + " (summary.html)"));
        assertThat(browser.getPageSource()).contains(period.substring(0, 4));
        screenshot("summary");
        browser.get(url("/history"));
        follow(By.xpath("//button[.='Опубликовать']"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).startsWith("Опубликовано");
        screenshot("published");
        follow(By.linkText("История запусков и публикаций"));
        assertThat(browser.getPageSource()).contains("завершён", "опубликовано", "opendata-" + period + ".zip");
        screenshot("history");
        browser.get(url("/audit"));
        assertThat(browser.getPageSource()).contains("handin", "upload", "run", "run_end", "publish");
        screenshot("audit");
    }

    private void signIn(String name) {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys("correct-horse");
        follow(By.cssSelector("form.login button"));
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one: a click
     * returns as soon as the browser has taken it, and on a busy machine the old page is still
     * showing when the next line looks for something on the new one.
     */
    private void follow(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = Files.createDirectories(folder.resolve("desktop")).resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

}
