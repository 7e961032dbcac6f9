package cn.dalian.laborbrand.review.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The client is the address the gateway saw, not whatever the client wrote into X-Forwarded-For before it. */
class ClientAddressTest {

    @Test
    void theEntryTheGatewayAppendedIsTheClient() {
        assertThat(ClientAddress.of(List.of("223.104.7.18"), "127.0.0.1", 1)).isEqualTo("223.104.7.18");
    }

    @Test
    void entriesAClientForgedBeforeItChangeNothing() {
        assertThat(ClientAddress.of(List.of("1.2.3.4, 5.6.7.8, 223.104.7.18"), "127.0.0.1", 1)).isEqualTo("223.104.7.18");
        // the same when the header came as several lines
        assertThat(ClientAddress.of(List.of("1.2.3.4", "223.104.7.18"), "127.0.0.1", 1)).isEqualTo("223.104.7.18");
    }

    @Test
    void behindALoadBalancerTheSecondEntryFromTheRightIsTheClient() {
        assertThat(ClientAddress.of(List.of("1.2.3.4, 223.104.7.18, 10.20.0.5"), "127.0.0.1", 2)).isEqualTo("223.104.7.18");
        // fewer entries than proxies: the leftmost there is
        assertThat(ClientAddress.of(List.of("223.104.7.18"), "127.0.0.1", 2)).isEqualTo("223.104.7.18");
    }

    @Test
    void withoutTheHeaderTheCallerIsTheClient() {
        assertThat(ClientAddress.of(List.of(), "113.231.40.9", 1)).isEqualTo("113.231.40.9");
        assertThat(ClientAddress.of(List.of(" , "), "113.231.40.9", 1)).isEqualTo("113.231.40.9");
    }
}
