package cn.dalian.laborbrand.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.dalian.laborbrand.launcher.LocalPlatform;
import cn.dalian.laborbrand.systemtests.platform.RunningPlatform;

/**
 * The SPA in a real browser (Debian's headless Chromium, driven by Playwright from {@code web/e2e/}) against the whole
 * platform: every role signs in on Keycloak's own login page and does its task, and one application walks from the
 * applicant's form to the certificate and the finance list by clicking alone. The screenshots of every main screen
 * land in {@code web/target/screenshots/}.
 */
@ExtendWith(RunningPlatform.class)
class BrowserSystemIT {

    private static final String CHROMIUM = "/usr/bin/chromium";

    @Test
    void everyRoleDoesItsTaskInTheBrowser(LocalPlatform platform) throws Exception {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (./test.sh and .ci/run install it)").exists();
        Path web = platform.options().repositoryRoot().resolve("web");
        assertThat(web.resolve("node_modules/.bin/playwright")).as("the web module's npm ci ran").exists();

        ProcessBuilder playwright = new ProcessBuilder("node_modules/.bin/playwright", "test")
                .directory(web.toFile())
                .redirectErrorStream(true);
        playwright.environment().put("BASE_URL", platform.gatewayUrl().toString());
        playwright.environment().put("KEYCLOAK_URL", platform.keycloakUrl().toString());
        playwright.environment().put("CHROMIUM", CHROMIUM);
        playwright.environment().put("CI", "1");
        Files.createDirectories(web.resolve("target/screenshots"));

        Process run = playwright.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println("[browser] " + line);
                output.append(line).append('\n');
            }
        }
        boolean ended = run.waitFor(1, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }

        assertThat(ended).as("Playwright ended").isTrue();
        assertThat(run.exitValue()).as("the browser tests passed:%n%s", output).isZero();
    }
}
