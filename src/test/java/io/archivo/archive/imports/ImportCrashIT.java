package io.archivo.archive.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.bench.SyntheticCodebooks;
import io.archivo.testsupport.PackagedService;
import io.archivo.testsupport.Zips;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of bulk imports (issue 16): the packaged service imports a ZIP of 1,000 small DDI codebooks and is
 * killed with SIGKILL at a random moment, restarted on the same data directory, and checked; the same ZIP is then
 * submitted again, and the next kill comes. After the last kill one more run must complete the catalogue. After
 * every restart:
 * <ul>
 * <li>the killed job reads {@code interrupted} and has an outcome for every file: in ({@code created},
 * {@code unchanged}, or {@code stored} for a file that got in after the job's last report) or {@code interrupted};
 * <li>the database holds exactly the files reported in, so far: none lost, none duplicated (one version each), and
 * the versions written just before the kill are whole (their SHA-256, size and variables);
 * <li>the search index holds the same studies at the same revisions as the database
 * ({@code GET /api/v1/admin/index}, and the admin's search total against the catalogue listing).
 * </ul>
 * The 3-kill run is part of {@code ./mvnw -B verify}; the 20-kill run with figures is tagged {@code chaos}:
 * {@code ./mvnw -B verify -Pservice-bench -Dit.test=ImportCrashIT} (docs/benchmarks.md).
 */
class ImportCrashIT {

    private static final int FILES = Integer.getInteger("archivo.chaos.files", 1000);
    private static final String ADMIN_PASSWORD = "chaos-admin-password";
    private static final Set<String> IN = Set.of("created", "unchanged", "stored");

    @Test
    void threeKillsDuringABulkImportLoseNothingAndDuplicateNothing() throws Exception {
        run(Integer.getInteger("archivo.chaos.ci-kills", 3), "ci");
    }

    @Test
    @Tag("chaos")
    void twentyKillsDuringABulkImport() throws Exception {
        run(Integer.getInteger("archivo.chaos.kills", 20), "chaos");
    }

    private void run(int kills, String name) throws Exception {
        long seed = Long.getLong("archivo.chaos.seed", System.nanoTime());
        Random random = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> shaByIdno = new HashMap<>();
        for (int i = 1; i <= FILES; i++) {
            String idno = SyntheticCodebooks.idno("CHAOS", i);
            byte[] xml = SyntheticCodebooks.codebook(i, idno, 3);
            files.put("codebooks/" + idno + ".xml", xml);
            shaByIdno.put(idno, sha256(xml));
        }
        byte[] zip = Zips.zip(files);
        Path dataDir = Path.of("target", "chaos", name + "-" + System.currentTimeMillis(), "data");
        List<String> figures = new ArrayList<>();
        figures.add(String.format("seed %d, %d files, %d kills, data directory %s", seed, FILES, kills, dataDir));
        figures.add(String.format("%4s %8s %10s %12s %10s %12s %10s", "kill", "killedAt", "jobState", "reportedIn",
                "studies", "recoveryMs", "indexOk"));
        Set<String> in = new TreeSet<>();
        int recovered = 0;
        long recoveryTotal = 0;
        try (PackagedService service = new PackagedService(dataDir, Map.of("ARCHIVO_DEMO", "false",
                "ARCHIVO_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            service.start();
            for (int kill = 1; kill <= kills; kill++) {
                String job = submit(service, zip);
                int killedAt = killAtRandomMoment(service, job, random);
                long recovery = service.start();
                recoveryTotal += recovery;
                JsonPath report = service.as("admin", ADMIN_PASSWORD).get("/api/v1/imports/" + job).then()
                        .statusCode(200).extract().jsonPath();
                String state = report.getString("state");
                assertTrue(List.of("interrupted", "done").contains(state),
                        "kill " + kill + ": the job reads " + state + " after the restart");
                if ("interrupted".equals(state)) {
                    recovered++;
                }
                Set<String> reportedIn = checkReport(report, kill);
                // what the service had reported done (read from its database) before the kill survives it: a commit
                // the service acknowledged is not lost with the process
                assertTrue(reportedIn.size() >= killedAt, "kill " + kill + ": " + killedAt
                        + " files were reported done before the kill, only " + reportedIn.size() + " after the restart");
                Set<String> before = new HashSet<>(in);
                in.addAll(reportedIn);
                Map<String, Integer> studies = checkDatabase(service, in, kill);
                Set<String> added = new TreeSet<>(reportedIn);
                added.removeAll(before);
                checkWhole(service, last(added, 25), shaByIdno);
                checkWhole(service, stored(report), shaByIdno);
                checkIndex(service, studies.size(), kill);
                figures.add(String.format("%4d %8d %10s %12d %10d %12d %10s", kill, killedAt, state, reportedIn.size(),
                        studies.size(), recovery, "yes"));
            }
            // the same ZIP once more, to the end: the rest gets in, nothing twice
            long t0 = System.nanoTime();
            JsonPath last = Zips.awaitJob(() -> service.as("admin", ADMIN_PASSWORD), "/api/v1/imports/" + submit(service, zip),
                    600);
            assertEquals("done", last.getString("state"));
            long finalRunMs = (System.nanoTime() - t0) / 1_000_000;
            List<Map<String, Object>> outcomes = last.getList("files");
            long created = outcomes.stream().filter(o -> "created".equals(o.get("result"))).count();
            long unchanged = outcomes.stream().filter(o -> "unchanged".equals(o.get("result"))).count();
            assertEquals(FILES - in.size(), created, "the re-run creates exactly the files that had not got in");
            assertEquals(in.size(), unchanged, "the files already in come back unchanged, not as new versions");
            // every file already in came back unchanged: its stored bytes have the file's SHA-256
            Set<String> all = new TreeSet<>(shaByIdno.keySet());
            Map<String, Integer> studies = checkDatabase(service, all, kills + 1);
            checkWhole(service, sample(all, 50, random), shaByIdno);
            awaitIndexConsistent(service, studies.size());
            figures.add(String.format("final run: %d created, %d unchanged in %d ms; %d studies, each with 1 whole "
                    + "version", created, unchanged, finalRunMs, studies.size()));
            figures.add(String.format("kills %d, jobs recovered as interrupted %d (the others had finished), "
                    + "restart to ready: mean %d ms", kills, recovered, recoveryTotal / Math.max(1, kills)));
        }
        String text = String.join("\n", figures) + "\n";
        System.out.print(text.replaceAll("(?m)^", "[import-chaos] "));
        Path out = Path.of("target", "benchmarks", "import-chaos-" + kills + "-kills.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private static String submit(PackagedService service, byte[] zip) {
        Response r = service.as("admin", ADMIN_PASSWORD).contentType("application/zip").body(zip)
                .post("/api/v1/imports");
        r.then().statusCode(202);
        return r.jsonPath().getString("id");
    }

    /**
     * Waits until the job has done a random number of files (0 to all), sleeps a random 0-100 ms more, and kills
     * the service. A job that finished first is killed just the same, idle.
     */
    private static int killAtRandomMoment(PackagedService service, String job, Random random) throws InterruptedException {
        int target = random.nextInt(FILES);
        int done = 0;
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath j = service.as("admin", ADMIN_PASSWORD).get("/api/v1/imports/" + job).then().statusCode(200)
                    .extract().jsonPath();
            done = j.getInt("done");
            if (done >= target || !List.of("queued", "running").contains(j.getString("state"))) {
                break;
            }
            Thread.sleep(20 + random.nextInt(30));
        }
        Thread.sleep(random.nextInt(100));
        service.kill();
        return done;
    }

    /** Every file has one outcome, and only in or interrupted ones; returns the IDNos reported in. */
    private static Set<String> checkReport(JsonPath report, int kill) {
        List<Map<String, Object>> outcomes = report.getList("files");
        assertEquals(FILES, report.getInt("total"));
        assertEquals(FILES, outcomes.size(), "kill " + kill + ": every file of the job has an outcome");
        Set<String> reportedIn = new TreeSet<>();
        int interrupted = 0;
        for (Map<String, Object> o : outcomes) {
            String result = (String) o.get("result");
            if ("interrupted".equals(result)) {
                interrupted++;
                continue;
            }
            assertTrue(IN.contains(result), "kill " + kill + ": unexpected outcome " + o);
            assertEquals(1, o.get("version"), "kill " + kill + ": " + o);
            String idno = (String) o.get("idno");
            assertEquals("codebooks/" + idno + ".xml", o.get("file"), "kill " + kill + ": " + o);
            assertTrue(reportedIn.add(idno), "kill " + kill + ": " + idno + " reported twice");
        }
        assertEquals(interrupted, report.getInt("interrupted"));
        assertEquals(FILES - interrupted, report.getInt("done"), "kill " + kill + ": done counts the files in");
        return reportedIn;
    }

    /** The catalogue holds exactly {@code expected}, each with one version. */
    private static Map<String, Integer> checkDatabase(PackagedService service, Set<String> expected, int kill) {
        Map<String, Integer> studies = new HashMap<>();
        for (int page = 1;; page++) {
            JsonPath listing = service.as("admin", ADMIN_PASSWORD).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/studies").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = listing.getList("items");
            for (Map<String, Object> item : items) {
                assertEquals(null, studies.put((String) item.get("idno"), (Integer) item.get("latestVersion")),
                        "kill " + kill + ": listed twice");
            }
            if (items.size() < 100) {
                break;
            }
        }
        assertEquals(expected, new TreeSet<>(studies.keySet()),
                "kill " + kill + ": the database holds exactly the files reported in (none lost, none unreported)");
        studies.forEach((idno, latest) -> assertEquals(1, latest, "kill " + kill + ": " + idno + " has a duplicate version"));
        return studies;
    }

    /** Each study's one version is whole: the bytes of the file (SHA-256, size) and its three variables. */
    private static void checkWhole(PackagedService service, Set<String> idnos, Map<String, String> shaByIdno) {
        for (String idno : idnos) {
            JsonPath versions = service.as("admin", ADMIN_PASSWORD).get("/api/v1/studies/{idno}/versions", idno).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(List.of(1), versions.getList("number"), idno);
            assertEquals(shaByIdno.get(idno), versions.getString("[0].sha256"), idno);
            assertEquals(3, versions.getInt("[0].variableCount"), idno);
            int variables = service.as("admin", ADMIN_PASSWORD).get("/api/v1/studies/{idno}/variables", idno).then()
                    .statusCode(200).extract().jsonPath().getInt("total");
            assertEquals(3, variables, idno + ": the variables of the version");
        }
    }

    /** Right after start-up reconciliation the index matches the database, with no write in between. */
    private static void checkIndex(PackagedService service, int studies, int kill) {
        JsonPath status = service.as("admin", ADMIN_PASSWORD).get("/api/v1/admin/index").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(status.getBoolean("consistent"), "kill " + kill + ": index against database " + status.prettify());
        assertEquals(studies, status.getInt("now.studiesInIndex"));
        assertEquals(studies, status.getInt("now.studiesInDatabase"));
        int searchTotal = service.as("admin", ADMIN_PASSWORD).queryParam("type", "study").queryParam("size", 1)
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getInt("total");
        assertEquals(studies, searchTotal, "kill " + kill + ": the admin's search finds every study of the catalogue");
    }

    /** After the final run drafts are indexed in the background: wait for the queue, then the same check. */
    private static void awaitIndexConsistent(PackagedService service, int studies) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!service.as("admin", ADMIN_PASSWORD).get("/api/v1/admin/index").jsonPath().getBoolean("consistent")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        checkIndex(service, studies, -1);
    }

    private static Set<String> stored(JsonPath report) {
        Set<String> stored = new TreeSet<>();
        for (Map<String, Object> o : report.<Map<String, Object>>getList("files")) {
            if ("stored".equals(o.get("result"))) {
                stored.add((String) o.get("idno"));
            }
        }
        return stored;
    }

    private static Set<String> sample(Set<String> all, int n, Random random) {
        List<String> list = new ArrayList<>(all);
        java.util.Collections.shuffle(list, random);
        return new TreeSet<>(list.subList(0, Math.min(n, list.size())));
    }

    private static Set<String> last(Set<String> sorted, int n) {
        List<String> list = new ArrayList<>(sorted);
        return new TreeSet<>(list.subList(Math.max(0, list.size() - n), list.size()));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
