package io.archivo.web;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven by Selenium through chromium-driver. One app,
 * one browser session: a citizen searches, applies a facet, goes back, opens a study and a variable, follows a
 * download, uses the dashboard, and does it again with the keyboard only and at phone width. On every page type
 * axe-core (injected into the page) must find no serious or critical violation and the Nu Html Checker must find
 * the server's HTML valid. Screenshots go to {@code target/screenshots/}. A missing browser is a failure, not a skip.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("browser")
@Tag("persistence")
class WebBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("archivo.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("archivo.chromedriver", "/usr/bin/chromedriver"));
    static final Path TOOLS = Path.of(System.getProperty("archivo.web-tools.dir", "target/web-tools"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path PAGES = Path.of("target/web-pages");

    static ChromeDriver driver;
    static String axe;

    @TestHTTPResource("/")
    URL base;

    /** Server HTML of each page type, validated together at the end. */
    final Map<String, String> pageTypes = new LinkedHashMap<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install -y chromium chromium-driver");
        }
        Path axeFile = TOOLS.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(axeFile)) {
            fail("axe-core is missing at " + axeFile + ": the build fetches it with npm (maven-antrun-plugin, "
                    + "phase generate-test-resources); run the tests through Maven with npm installed");
        }
        axe = Files.readString(axeFile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=es");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(PAGES);
    }

    static final String WITH_FILES = "CALI-WEB-NAV-FILES-2025";
    static final String WITHDRAWN = "CALI-WEB-NAV-RETIRADO-2025";

    static boolean studiesReady;

    /**
     * Two studies beyond the demo catalogue, made once through the API (in {@code @BeforeEach}: the app is up):
     * one with a public data file, one published and then withdrawn.
     */
    @BeforeEach
    synchronized void studies() {
        if (studiesReady) {
            return;
        }
        for (String idno : List.of(WITH_FILES, WITHDRAWN)) {
            if (admin().get("/api/v1/studies/" + idno).statusCode() == 404) {
                admin().contentType("application/xml")
                        .body(variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", idno))
                        .post("/api/v1/studies?process=SAL-01").then().statusCode(201);
                admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
            }
        }
        if (anonymous().get("/api/v1/studies/" + WITH_FILES + "/files").jsonPath().getList("$").isEmpty()) {
            admin().contentType("application/octet-stream")
                    .header("Content-Disposition", "attachment; filename=\"viajes.csv\"")
                    .body("comuna;modo\n1;1\n2;2\n".getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies/" + WITH_FILES + "/files").then().statusCode(201);
        }
        if (anonymous().get("/api/v1/studies/" + WITHDRAWN).statusCode() == 200) {
            // with a reason and a forwarding link, so that the tombstone shows (and is checked with) both
            admin().contentType("application/json").body("{\"reason\": \"Se publicó una versión corregida.\","
                    + " \"replacedBy\": \"CALI-PLA-01-2023\"}").post("/api/v1/studies/" + WITHDRAWN + "/withdraw")
                    .then().statusCode(200);
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (anonymous().get("/estudios/" + WITHDRAWN).statusCode() != 410) {
            assertTrue(System.currentTimeMillis() < deadline, "the withdrawn study becomes a tombstone");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        studiesReady = true;
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aCitizenUsesThePages() throws Exception {
        // home → search
        open("/");
        check("inicio");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("vacunacion", Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("/buscar?q=vacunacion"));
        check("buscar");
        int before = hits();
        assertTrue(before > 0, "the search finds studies");

        // a facet narrows the result and lands in the URL; the back button restores the state
        driver.findElement(By.cssSelector(".facets a[href*='department=']")).click();
        waitFor(() -> driver.getCurrentUrl().contains("department="));
        assertTrue(driver.findElement(By.cssSelector(".facets a[aria-current='true']")).isDisplayed());
        driver.navigate().back();
        waitFor(() -> !driver.getCurrentUrl().contains("department="));
        assertEquals(before, hits());

        // open a study and one of its variables
        driver.findElement(By.cssSelector("ol.hits h3 a")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/estudios/"));
        check("estudio");
        WebElement variable = driver.findElement(By.cssSelector("details.var"));
        assertNotEquals("true", variable.getAttribute("open"));
        variable.findElement(By.tagName("summary")).click();
        assertEquals("true", variable.getAttribute("open"));
        assertTrue(variable.findElement(By.tagName("table")).isDisplayed(), "its categories show");
        String name = variable.findElement(By.cssSelector("summary strong")).getText();
        WebElement filter = driver.findElement(By.id("vq"));
        filter.sendKeys(name, Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("vq=" + name));
        assertEquals(1, driver.findElements(By.cssSelector("details.var[open]")).size());

        // follow a download: the DDI document of the version shown
        String ddi = driver.findElement(By.cssSelector("a[href*='/ddi?version=']")).getAttribute("href");
        HttpResponse<String> download = fetch(ddi);
        assertEquals(200, download.statusCode());
        assertTrue(download.body().contains("codeBook"), "the link gives the DDI document");

        // variables search links into the study page at the variable
        open("/buscar?q=comuna&tipo=variables");
        check("buscar-variables");
        driver.findElement(By.cssSelector("ol.hits h3 a")).click();
        waitFor(() -> driver.getCurrentUrl().contains("vq="));
        assertEquals(1, driver.findElements(By.cssSelector("details.var[open]")).size());

        // the dashboard: choose a department, read a table, download its CSV
        open("/plan");
        check("plan");
        new Select(driver.findElement(By.id("dependencia"))).selectByVisibleText("Salud");
        driver.findElement(By.cssSelector("#diagnostico button")).click();
        waitFor(() -> driver.getCurrentUrl().contains("dependencia=salud"));
        assertTrue(driver.getPageSource().contains("— Salud ("));
        String csv = driver.findElement(By.cssSelector("a[href^='/plan/diagnostico-tipos-salud.csv']")).getAttribute("href");
        HttpResponse<String> table = fetch(csv);
        assertEquals(200, table.statusCode());
        assertTrue(table.body().startsWith("\"Categoría\",\"Procesos\""), table.body());

        // a study with data files: follow the file's download link
        open("/estudios/" + WITH_FILES);
        check("estudio-archivos");
        String file = driver.findElement(By.cssSelector("a[href*='/files/'][download]")).getAttribute("href");
        HttpResponse<String> data = fetch(file);
        assertEquals(200, data.statusCode());
        assertTrue(data.body().startsWith("comuna;modo"), "the link gives the data file");

        // the other page types, the withdrawn study's tombstone among them
        for (String[] page : new String[][] { { "/procesos", "procesos" }, { "/procesos/SAL-01", "proceso" },
                { "/dependencias/salud", "dependencia" }, { "/transparencia", "transparencia" },
                { "/estudios/NO-EXISTE", "no-encontrado" }, { "/estudios/" + WITHDRAWN, "retirado" },
                // the study whose categories carry frequencies (and an English label), a facet listing all its
                // values, and the error page of a page path (the template every page-path error shares)
                { "/estudios/CALI-PLA-01-2023", "estudio-frecuencias" }, { "/buscar?mas=area", "buscar-todos" },
                { "/nope", "error-404" }, { "/buscar?pagina=999999999", "error-pagina" } }) {
            open(page[0]);
            check(page[1]);
        }
        validateHtml();
    }

    @Test
    void keyboardOnly() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/");
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Saltar al contenido", skip.getText());
        assertFalse("none".equals(skip.getCssValue("outline-style")), "focus is visible");
        keys.sendKeys(Keys.ENTER).perform();
        // from the main landmark, the next stop is the search box
        keys.sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("q", focused.getAttribute("id"));
        assertFalse("none".equals(focused.getCssValue("outline-style")), "focus is visible");
        keys.sendKeys("salud").sendKeys(Keys.ENTER).perform();
        waitFor(() -> driver.getCurrentUrl().contains("/buscar?q=salud"));
        // tab to the first result and open it with Enter
        for (int i = 0; i < 200; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement e = driver.switchTo().activeElement();
            if (e.getAttribute("href") != null && e.getAttribute("href").contains("/estudios/")) {
                keys.sendKeys(Keys.ENTER).perform();
                break;
            }
        }
        waitFor(() -> driver.getCurrentUrl().contains("/estudios/"));
        // a variable opens with the keyboard
        WebElement summary = driver.findElement(By.cssSelector("details.var summary"));
        for (int i = 0; i < 100 && !summary.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(summary, driver.switchTo().activeElement(), "a variable can be reached with Tab");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("true", driver.findElement(By.cssSelector("details.var")).getAttribute("open"));
    }

    @Test
    void phoneWidth() throws IOException {
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            for (String[] page : new String[][] { { "/", "inicio" }, { "/buscar?q=salud", "buscar" },
                    { "/estudios/CALI-BIE-01-2022", "estudio" }, { "/plan", "plan" }, { "/procesos/SAL-01", "proceso" } }) {
                open(page[0]);
                long overflow = (Long) js().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, page[0] + " scrolls sideways at phone width by " + overflow + " px");
                screenshot("telefono-" + page[1]);
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** axe-core on the live page, a screenshot, and the server's HTML kept for validation. */
    private void check(String name) throws IOException, InterruptedException {
        screenshot(name);
        js().executeScript(axe);
        Object result = js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(JSON.stringify(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })}; })));"
                + "}, function (e) { done('axe failed: ' + e); });");
        assertEquals("[]", result, "axe-core on " + driver.getCurrentUrl());
        // as the browser asked for it: error pages are HTML for a client that prefers HTML
        HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(driver.getCurrentUrl()))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), driver.getCurrentUrl());
        pageTypes.put(name, html.body());
    }

    /**
     * The Nu Html Checker (vnu.jar from the npm package vnu-jar) over the server's HTML of every page type, in a
     * JVM of its own so that its parser and libraries never meet the Quarkus classpath.
     */
    private void validateHtml() throws IOException, InterruptedException {
        Path jar = TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
        if (!Files.exists(jar)) {
            fail("The Nu Html Checker is missing at " + jar + ": the build fetches it with npm (maven-antrun-plugin, "
                    + "phase generate-test-resources)");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-jar",
                jar.toAbsolutePath().toString(), "--errors-only", "--format", "gnu"));
        for (Map.Entry<String, String> page : pageTypes.entrySet()) {
            Path file = PAGES.resolve(page.getKey() + ".html");
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            command.add(file.toAbsolutePath().toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the Nu Html Checker did not finish");
        assertEquals(0, p.exitValue(), "the Nu Html Checker on " + pageTypes.keySet() + ":\n" + out);
    }

    private int hits() {
        return driver.findElements(By.cssSelector("ol.hits > li")).size();
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static JavascriptExecutor js() {
        return driver;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
