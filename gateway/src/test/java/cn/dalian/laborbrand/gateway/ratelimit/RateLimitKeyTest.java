package cn.dalian.laborbrand.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitKeyTest {

    private static final InetSocketAddress OFFICE = new InetSocketAddress("10.20.30.40", 51234);

    @Test
    void aVerifiedCallerIsCountedByItsTokenSubject() {
        assertThat(RateLimitKey.ofSubject("3f1c-applicant-a")).hasValue("sub:3f1c-applicant-a");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aTokenWithoutSubjectIsNotChargedToASubjectBucket(String subject) {
        assertThat(RateLimitKey.ofSubject(subject)).isEmpty();
    }

    @Test
    void aCallerIsCountedByItsAddressWithoutThePort() {
        assertThat(RateLimitKey.ofAddress(OFFICE)).isEqualTo("ip:10.20.30.40");
        assertThat(RateLimitKey.ofAddress(new InetSocketAddress("10.20.30.40", 60001))).isEqualTo("ip:10.20.30.40");
    }

    @Test
    void aSubjectNamedLikeAnAddressDoesNotShareTheAddresssBucket() {
        assertThat(RateLimitKey.ofSubject("10.20.30.40")).isPresent().get().isNotEqualTo(RateLimitKey.ofAddress(OFFICE));
    }

    @Test
    void anIpv6CallerIsCountedByItsAddress() {
        assertThat(RateLimitKey.ofAddress(new InetSocketAddress("::1", 443))).isEqualTo("ip:0:0:0:0:0:0:0:1");
    }

    @Test
    void aCallerWithoutKnownAddressSharesOneBucket() {
        assertThat(RateLimitKey.ofAddress(null)).isEqualTo("ip:unknown");
    }
}
