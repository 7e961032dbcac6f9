package cn.dalian.laborbrand.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;

import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import cn.dalian.laborbrand.platform.web.CorrelationId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Netty's own refusals (a request line too long: 414, headers too large: 431, a request it cannot decode: 400) leave
 * with an empty body before any of the gateway's code runs. This handler, right after the HTTP codec, gives such a
 * bare error a problem document (with a fresh correlation id to quote); answers the gateway wrote itself already
 * carry one and pass unchanged.
 */
@ChannelHandler.Sharable
final class BareErrorProblems extends ChannelOutboundHandlerAdapter {

    static final String NAME = "laborbrand.bareErrorProblems";
    static final BareErrorProblems INSTANCE = new BareErrorProblems();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BareErrorProblems() {
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
        if (message instanceof FullHttpResponse response && response.status().code() >= 400 && !response.content().isReadable()
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
            int status = response.status().code();
            var document = Problems.document(ProblemCode.forStatus(status), status);
            String correlationId = CorrelationId.acceptOrCreate(null);
            document.put(Problems.CORRELATION_ID, correlationId);
            byte[] body = JSON.writeValueAsBytes(document);
            FullHttpResponse problem = response.replace(Unpooled.wrappedBuffer(body));
            problem.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(CorrelationId.HEADER, correlationId);
            response.release();
            super.write(context, problem, promise);
            return;
        }
        super.write(context, message, promise);
    }
}
