package cn.dalian.laborbrand.gateway.requestsize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.unit.DataSize;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class RequestSizeWebFilterTest {

    private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

    @Test
    void theLimitIsWrittenAsAPersonWouldWriteIt() {
        assertThat(RequestSizeWebFilter.readable(DataSize.parse("25MB"))).isEqualTo("25 MB");
        assertThat(RequestSizeWebFilter.readable(DataSize.parse("512KB"))).isEqualTo("512 KB");
        assertThat(RequestSizeWebFilter.readable(DataSize.parse("1536KB"))).isEqualTo("1536 KB");
        assertThat(RequestSizeWebFilter.readable(DataSize.ofBytes(100))).isEqualTo("100 字节");
    }

    @Test
    void aStreamedBodyUpToTheLimitPassesWhole() {
        Flux<DataBuffer> body = Flux.range(0, 4).map(i -> chunk(25));

        StepVerifier.create(RequestSizeWebFilter.limited(body, DataSize.ofBytes(100)))
                .expectNextCount(4)
                .verifyComplete();
    }

    @Test
    void aStreamedBodyIsCutOffAtTheBufferThatPassesTheLimitWhichIsNotPassedOn() {
        List<DataBuffer> passed = new ArrayList<>();
        Flux<DataBuffer> body = Flux.range(0, 1000).map(i -> chunk(40));

        StepVerifier.create(RequestSizeWebFilter.limited(body, DataSize.ofBytes(100)).doOnNext(passed::add))
                .expectNextCount(2)
                .verifyError(BodyTooLargeException.class);

        assertThat(passed.stream().mapToInt(DataBuffer::readableByteCount).sum()).isEqualTo(80);
    }

    private static DataBuffer chunk(int size) {
        return BUFFERS.wrap(new byte[size]);
    }
}
