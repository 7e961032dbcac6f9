package cn.dalian.laborbrand.simulatorkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void withNothingSetASimulatorListensLocallyOnItsOwnPortWithItsDefaults() {
        Environment environment = new Environment(Map.of());

        assertThat(environment.host()).isEqualTo("127.0.0.1");
        assertThat(environment.port(8091)).isEqualTo(8091);
        assertThat(environment.nonBlank("SMS_SIGN_NAME", "大连人社")).isEqualTo("大连人社");
        assertThat(environment.duration("PAYMENT_SIMULATOR_SETTLE_DELAY", "PT2S")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void setVariablesWinOverTheDefaults() {
        Environment environment = new Environment(Map.of("SERVER_ADDRESS", "0.0.0.0", "SERVER_PORT", "0", "SMS_SIGN_NAME", "大连市人社局",
                "PAYMENT_SIMULATOR_SETTLE_DELAY", "PT0S"));

        assertThat(environment.host()).isEqualTo("0.0.0.0");
        assertThat(environment.port(8090)).isZero();
        assertThat(environment.nonBlank("SMS_SIGN_NAME", "大连人社")).isEqualTo("大连市人社局");
        assertThat(environment.duration("PAYMENT_SIMULATOR_SETTLE_DELAY", "PT2S")).isZero();
    }

    @Test
    void aPortThatIsNoPortStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new Environment(Map.of("SERVER_PORT", "八〇九〇")).port(8090))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERVER_PORT");
        assertThatThrownBy(() -> new Environment(Map.of("SERVER_PORT", "65536")).port(8090))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERVER_PORT");
    }

    @Test
    void aDurationThatIsNotISO8601OrNegativeStopsTheStart() {
        assertThatThrownBy(() -> new Environment(Map.of("PAYMENT_SIMULATOR_SETTLE_DELAY", "2s")).duration("PAYMENT_SIMULATOR_SETTLE_DELAY", "PT2S"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAYMENT_SIMULATOR_SETTLE_DELAY");
        assertThatThrownBy(() -> new Environment(Map.of("PAYMENT_SIMULATOR_SETTLE_DELAY", "-PT1S")).duration("PAYMENT_SIMULATOR_SETTLE_DELAY", "PT2S"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAYMENT_SIMULATOR_SETTLE_DELAY");
    }

    @Test
    void anEmptyValueWhereTextIsRequiredStopsTheStart() {
        assertThatThrownBy(() -> new Environment(Map.of("SMS_GATEWAY_SECRET", " ")).nonBlank("SMS_GATEWAY_SECRET", "sms-demo-secret-2026"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("SMS_GATEWAY_SECRET must not be empty");
    }
}
