package cn.dalian.laborbrand.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of unpacked builds: earlier builds are removed, except one a running stack still uses. */
class AppImageTest {

    @TempDir
    Path cache;

    @Test
    void anEarlierBuildIsRemovedUnlessALauncherStillRunsFromIt() throws IOException {
        // given two earlier builds of application-service, one of them held by a running stack
        Path unused = Files.createDirectories(cache.resolve("application-service/1a2b-17f0"));
        Path running = Files.createDirectories(cache.resolve("application-service/1a2c-17f1"));
        Files.writeString(unused.resolve("application-service.jar"), "jar");
        Files.writeString(running.resolve("application-service.jar"), "jar");
        AppImage.holdInUse(running);

        // when another launcher prepares a new build
        AppImage.removeEarlierBuilds(cache.resolve("application-service"));

        // then the unused build is gone and the running one is untouched
        assertThat(unused).doesNotExist();
        assertThat(running.resolve("application-service.jar")).exists();
    }
}
