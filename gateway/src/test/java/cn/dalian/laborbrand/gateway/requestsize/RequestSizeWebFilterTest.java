package cn.dalian.laborbrand.gateway.requestsize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RequestSizeWebFilterTest {

    @Test
    void theLimitIsWrittenAsAPersonWouldWriteIt() {
        assertThat(RequestSizeWebFilter.readable(DataSize.parse("25MB"))).isEqualTo("25 MB");
        assertThat(RequestSizeWebFilter.readable(DataSize.parse("512KB"))).isEqualTo("512 KB");
        assertThat(RequestSizeWebFilter.readable(DataSize.parse("1536KB"))).isEqualTo("1536 KB");
        assertThat(RequestSizeWebFilter.readable(DataSize.ofBytes(100))).isEqualTo("100 字节");
    }
}
