package cn.dalian.laborbrand.gateway.requestsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RequestSizeLimitsTest {

    /** The limits application.yml sets. */
    private static final RequestSizeLimits PRODUCTION = new RequestSizeLimits(DataSize.ofMegabytes(25), Map.of(
            "/api/applications/*/roster", DataSize.ofMegabytes(200),
            "/api/applications/*/materials/**", DataSize.ofMegabytes(25),
            "/api/applications/*/inspection-files/**", DataSize.ofMegabytes(25)));

    @Test
    void aRosterImportMayCarryUpTo200Megabytes() {
        assertThat(PRODUCTION.limitFor("/api/applications/6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70/roster")).isEqualTo(DataSize.ofMegabytes(200));
    }

    @Test
    void aMaterialUploadMayCarry25MegabytesAtAnyDepthBelowMaterials() {
        assertThat(PRODUCTION.limitFor("/api/applications/42/materials")).isEqualTo(DataSize.ofMegabytes(25));
        assertThat(PRODUCTION.limitFor("/api/applications/42/materials/business-licence")).isEqualTo(DataSize.ofMegabytes(25));
        assertThat(PRODUCTION.limitFor("/api/applications/42/materials/training/2022")).isEqualTo(DataSize.ofMegabytes(25));
    }

    @Test
    void everyOtherPathKeepsTheDefaultLimitEvenNextToTheRoster() {
        var limits = new RequestSizeLimits(DataSize.ofKilobytes(1), Map.of("/api/applications/*/roster", DataSize.ofMegabytes(200)));

        assertThat(limits.limitFor("/api/applications/42/submit")).isEqualTo(DataSize.ofKilobytes(1));
        assertThat(limits.limitFor("/api/applications/42/roster/rows")).isEqualTo(DataSize.ofKilobytes(1));
        assertThat(limits.limitFor("/api/applications/roster")).isEqualTo(DataSize.ofKilobytes(1));
        assertThat(limits.limitFor("/api/eligibility/preview")).isEqualTo(DataSize.ofKilobytes(1));
    }

    @Test
    void whereSeveralPatternsMatchTheMostSpecificDecides() {
        var limits = new RequestSizeLimits(DataSize.ofMegabytes(1), Map.of(
                "/api/applications/**", DataSize.ofMegabytes(50),
                "/api/applications/*/roster", DataSize.ofMegabytes(200),
                "/api/applications/*/materials/**", DataSize.ofMegabytes(25)));

        assertThat(limits.limitFor("/api/applications/42/roster")).isEqualTo(DataSize.ofMegabytes(200));
        assertThat(limits.limitFor("/api/applications/42/materials/business-licence")).isEqualTo(DataSize.ofMegabytes(25));
        assertThat(limits.limitFor("/api/applications/42")).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(limits.limitFor("/api/brands/7")).isEqualTo(DataSize.ofMegabytes(1));
    }

    @Test
    void aPatternThatDoesNotParseOrALimitThatIsNotPositiveStopsTheGatewayAtStartUp() {
        assertThatThrownBy(() -> new RequestSizeLimits(DataSize.ofMegabytes(25), Map.of("/api/applications/{id/roster", DataSize.ofMegabytes(200))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/api/applications/{id/roster");
        assertThatThrownBy(() -> new RequestSizeLimits(DataSize.ofMegabytes(25), Map.of("api/applications/*/roster", DataSize.ofMegabytes(200))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with /");
        assertThatThrownBy(() -> new RequestSizeLimits(DataSize.ofMegabytes(25), Map.of("/api/applications/*/roster", DataSize.ofBytes(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
