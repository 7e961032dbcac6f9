package cn.dalian.laborbrand.application.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.application.intake.ApplicationView;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * Not a test: the roster's performance figures, measured side by side in one run and printed as ratios (the machines
 * are shared and noisy, so no figure is asserted). Run it with {@code ./benchmarks/roster.sh}, which caps the heap.
 * <ol>
 * <li>import of 100,000 rows through HTTP against a raw COPY of the same rows, as stored, into the same table;</li>
 * <li>import of 1,000,000 rows with the heap capped (256 MB by the script), and the heap's peak;</li>
 * <li>the duplicate check of a 10,000-worker roster against the 1,000,000 workers of a certified brand.</li>
 * </ol>
 */
@PlatformIntegrationTest
@TestPropertySource(properties = { "laborbrand.evidence.limits.roster=400MB", "laborbrand.roster.max-rows=2000000" })
class RosterBenchmark {

    private static final String DRAFT = """
            {"brandName": "大连甘井子金港家政服务师劳务品牌", "description": "金港家政服务师品牌创建于2015年。", "requestedLevels": ["DISTRICT"]}
            """;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RosterProperties properties;

    @LocalServerPort
    int port;

    @Test
    @Timeout(1800)
    void rosterFigures() throws Exception {
        Path dir = Files.createTempDirectory("roster-benchmark");
        print("heap limit %d MB, %d processors", Runtime.getRuntime().maxMemory() / 1024 / 1024, Runtime.getRuntime().availableProcessors());

        // 1. 100,000 rows: the service's import against COPY of the same rows as they end up in the table
        Path hundredThousand = csv(dir.resolve("100k.csv"), 0, 100_000);
        Path stored = storedRows(dir.resolve("100k.copy"), 100_000);
        double bestImport = 0;
        double bestCopy = 0;
        for (int round = 1; round <= 5; round++) { // the first rounds warm the JIT up
            UUID application = draft();
            double importRate = 100_000 / seconds(() -> importFile(application, hundredThousand));
            double copyRate = 100_000 / seconds(() -> rawCopy(stored));
            print("round %d: import %,.0f rows/s, raw COPY %,.0f rows/s, ratio %.2f", round, importRate, copyRate, importRate / copyRate);
            bestImport = Math.max(bestImport, importRate);
            bestCopy = Math.max(bestCopy, copyRate);
        }
        print("RESULT import of 100,000 rows: best %,.0f rows/s; raw COPY best %,.0f rows/s; ratio %.2f (target ≥ 0.50)", bestImport, bestCopy,
                bestImport / bestCopy);

        // 2. 1,000,000 rows with the heap as capped
        Path million = csv(dir.resolve("1m.csv"), 0, 1_000_000);
        UUID certified = draft();
        System.gc();
        HeapPeak peak = HeapPeak.start();
        double millionSeconds = seconds(() -> importFile(certified, million));
        long peakMb = peak.stop() / 1024 / 1024;
        print("RESULT import of 1,000,000 rows (%d MB file): %.1f s, %,.0f rows/s, heap peak %d MB of %d MB", Files.size(million) / 1024 / 1024,
                millionSeconds, 1_000_000 / millionSeconds, peakMb, Runtime.getRuntime().maxMemory() / 1024 / 1024);

        // 3. those million workers belong to a certified brand; a new roster of 10,000 shares 2,000 of them
        jdbc.sql("INSERT INTO certified_application (application_id, certified_on) VALUES (:id, :on)").param("id", certified)
                .param("on", LocalDate.of(2022, 12, 20)).update();
        UUID newcomer = draft();
        importFile(newcomer, csv(dir.resolve("10k.csv"), 998_000, 10_000));
        double best = Double.MAX_VALUE;
        String answer = "";
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            answer = http.get().uri("/api/applications/" + newcomer + "/roster/overlaps").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        print("RESULT duplicate check of 10,000 workers against 1,000,000: best %.3f s (target ≤ 1 s); answer %s", best,
                answer.length() > 200 ? answer.substring(0, 200) : answer);
    }

    private UUID draft() {
        return http.post().uri("/api/applications").headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON).body(DRAFT)
                .exchange().expectStatus().isCreated().expectBody(ApplicationView.class).returnResult().getResponseBody().id();
    }

    private void importFile(UUID application, Path file) {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/applications/" + application
                    + "/roster?name=" + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)))
                    .header("Authorization", Tokens.bearer(TestUser.APPLICANT_A)).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows as the import leaves them in roster_worker (encrypted, hashed), in COPY's CSV form. */
    private Path storedRows(Path file, int count) throws IOException {
        WorkerDataProtection protection = new WorkerDataProtection(properties.keys(), properties.currentKey(), properties.hmacKey());
        HexFormat hex = HexFormat.of();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            UUID roster = UUID.randomUUID();
            for (int i = 0; i < count; i++) {
                String id = Rosters.idNumber("210211", i);
                String personal = new PersonalData(Rosters.name(i), id, Rosters.phone(i)).sealed();
                out.write(roster + "," + (i + 2) + "," + (2021 + i % 2) + ",\\x" + hex.formatHex(protection.encrypt(personal)) + ",\\x"
                        + hex.formatHex(protection.matchingHash(id)) + ",false,true,true,\"本单位\",true,false,,,COUNTED\n");
            }
        }
        return file;
    }

    private void rawCopy(Path rows) {
        try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(rows)) {
            connection.setAutoCommit(false);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(RosterCopy.WORKERS, in);
            connection.rollback(); // the ceiling is measured, the rows are not kept
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path csv(Path file, int first, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(String.join(",", RosterColumn.headers()));
            out.write('\n');
            for (int i = first; i < first + count; i++) {
                out.write(Rosters.name(i) + "," + Rosters.idNumber("210211", i) + "," + Rosters.phone(i) + "," + (2021 + i % 2)
                        + ",务工人员,是,是,本单位,是,否,,\n");
            }
        }
        return file;
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println("[roster benchmark] " + String.format(Locale.ROOT, format, args));
    }

    /** The heap's peak use while it runs, sampled every 20 ms and read from the pools' own peaks. */
    private static final class HeapPeak {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile long peak;
        private final Thread sampler;

        private HeapPeak() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static HeapPeak start() {
            return new HeapPeak();
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            long pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            return Math.min(Math.max(peak, 0), pools);
        }
    }
}
