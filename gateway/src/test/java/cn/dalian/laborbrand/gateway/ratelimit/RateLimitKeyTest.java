package cn.dalian.laborbrand.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

class RateLimitKeyTest {

    private static final InetSocketAddress OFFICE = new InetSocketAddress("10.20.30.40", 51234);

    @Test
    void aSignedInCallerIsCountedByItsTokenSubjectWhateverItsAddress() {
        assertThat(RateLimitKey.of("3f1c-applicant-a", OFFICE)).isEqualTo("sub:3f1c-applicant-a");
    }

    @Test
    void anAnonymousCallerIsCountedByItsAddressWithoutThePort() {
        assertThat(RateLimitKey.of(null, OFFICE)).isEqualTo("ip:10.20.30.40");
        assertThat(RateLimitKey.of(null, new InetSocketAddress("10.20.30.40", 60001))).isEqualTo("ip:10.20.30.40");
    }

    @Test
    void aBlankSubjectCountsAsAnonymous() {
        assertThat(RateLimitKey.of(" ", OFFICE)).isEqualTo("ip:10.20.30.40");
    }

    @Test
    void anIpv6CallerIsCountedByItsAddress() {
        assertThat(RateLimitKey.of(null, new InetSocketAddress("::1", 443))).isEqualTo("ip:0:0:0:0:0:0:0:1");
    }

    @Test
    void aCallerWithoutKnownAddressSharesOneBucket() {
        assertThat(RateLimitKey.of(null, null)).isEqualTo("ip:unknown");
    }
}
