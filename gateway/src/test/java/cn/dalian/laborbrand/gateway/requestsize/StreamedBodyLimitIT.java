package cn.dalian.laborbrand.gateway.requestsize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import cn.dalian.laborbrand.gateway.ChunkedUpload;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.gateway.GatewayTestInitializer;
import cn.dalian.laborbrand.gateway.routing.Upstream;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.util.internal.PlatformDependent;

/**
 * A body sent without a length cannot pass its path's limit by saying nothing: 30 MB sent in chunks are cut off with
 * 413 on the streamed upload route (no circuit breaker: the body goes on to the service as it arrives) and on a route
 * with a breaker (whose fallback makes Spring Cloud Gateway hold the body in memory before the call), and the gateway
 * holds nowhere near 30 MB meanwhile: neither its heap nor Netty's buffers grow by more than a few MB.
 */
@GatewayIntegrationTest
class StreamedBodyLimitIT {

    private static final long THIRTY_MEGABYTES = DataSize.ofMegabytes(30).toBytes();
    /** Well under 30 MB, and above what the test itself and the collector's timing leave on the heap. */
    private static final long FEW_MEGABYTES = DataSize.ofMegabytes(10).toBytes();

    @LocalServerPort
    int port;

    @Test
    void aChunked30MegabyteRosterIsCutOffWith413AndTheServiceGetsNoMoreThanTheLimit() throws Exception {
        long limit = DataSize.parse(GatewayTestInitializer.MAX_ROSTER_SIZE).toBytes();
        int applicationPort = URI.create(GatewayTestInitializer.serviceUri(Upstream.APPLICATION)).getPort();
        try (ServerSocket application = new ServerSocket()) {
            application.setReuseAddress(true);
            application.bind(new InetSocketAddress("127.0.0.1", applicationPort));
            FutureTask<Long> received = new FutureTask<>(() -> bytesReceived(application));
            Thread.ofPlatform().daemon().start(received);

            // when a unit streams a 30 MB roster (the limit is 8 KB here) without saying how long it is
            Growth growth = measured(() -> upload("/api/applications/42/roster", "application/octet-stream"));

            // then the gateway refuses it with 413, holds no copy of it, and the service got at most the limit's worth
        assertThat(growth.outcome().status()).isEqualTo(413);
            assertThat(growth.heapAfterGc()).as("heap growth").isLessThan(FEW_MEGABYTES);
            assertThat(growth.peakNettyMemory()).as("peak growth of Netty's buffers").isLessThan(FEW_MEGABYTES);
            // the head and chunk sizes the gateway writes come on top of the body
            assertThat(received.get(10, TimeUnit.SECONDS)).as("bytes the service received").isLessThan(limit + 1024);
        }
    }

    @Test
    void aChunked30MegabyteBodyOnARouteWithACircuitBreakerIsCutOffWith413BeforeItIsHeldInMemory() {
        // when 30 MB of JSON come to a breaker route whose limit is 1 KB here
        Growth growth = measured(() -> upload("/api/applications/42/submission", "application/json"));

        // then the gateway refuses them with 413 (not the fallback's 503), without having cached them
        assertThat(growth.outcome().status()).isEqualTo(413);
        assertThat(growth.heapAfterGc()).as("heap growth").isLessThan(FEW_MEGABYTES);
        assertThat(growth.peakNettyMemory()).as("peak growth of Netty's buffers").isLessThan(FEW_MEGABYTES);
    }

    private ChunkedUpload.Outcome upload(String path, String contentType) {
        return new ChunkedUpload(port, path, Tokens.of(TestUser.APPLICANT_A), contentType).send(THIRTY_MEGABYTES, 64 * 1024, Duration.ZERO);
    }

    private record Growth(ChunkedUpload.Outcome outcome, long heapAfterGc, long peakNettyMemory) {
    }

    /** Runs the upload while sampling Netty's buffer memory; compares the heap after collection with before. */
    private static Growth measured(Supplier<ChunkedUpload.Outcome> upload) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long nettyBefore = nettyMemory();
        AtomicLong nettyPeak = new AtomicLong(nettyBefore);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                nettyPeak.accumulateAndGet(nettyMemory(), Math::max);
                Thread.onSpinWait();
            }
        });
        ChunkedUpload.Outcome outcome;
        try {
            outcome = upload.get();
        } finally {
            running.set(false);
        }
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.gc();
        return new Growth(outcome, memory.getHeapMemoryUsage().getUsed() - heapBefore, nettyPeak.get() - nettyBefore);
    }

    /** What Netty's allocator holds for buffers, direct and on the heap, and the direct memory Netty counts itself. */
    private static long nettyMemory() {
        long allocated = ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider provider
                ? provider.metric().usedDirectMemory() + provider.metric().usedHeapMemory()
                : 0;
        return allocated + Math.max(0, PlatformDependent.usedDirectMemory());
    }

    /** The stand-in service: accepts the gateway's call, if it comes, and counts the body's bytes until the gateway hangs up. */
    private static long bytesReceived(ServerSocket application) {
        long count = 0;
        try {
            application.setSoTimeout(5_000);
            try (Socket call = application.accept()) {
                call.setSoTimeout(30_000);
                InputStream in = call.getInputStream();
                // the request line and headers, up to the empty line, are not body
                for (int ends = 0, b = in.read(); ends < 4 && b >= 0; b = in.read()) {
                    ends = (b == '\r' || b == '\n') ? ends + 1 : 0;
                }
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    count += n;
                }
            }
        } catch (IOException notCalledOrHungUp) {
            // what arrived until then is the count
        }
        return count;
    }
}
