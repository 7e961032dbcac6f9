package cn.dalian.laborbrand.gateway.problem;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import reactor.netty.NettyPipeline;

/**
 * The refusals that happen below the gateway's routes answer with problem documents too: Spring Security's
 * firewall (an encoded slash, a NUL, a backslash or a semicolon in the path) and Netty's HTTP decoder (a URL or
 * headers too long, a request it cannot decode).
 */
@Configuration(proxyBeanMethods = false)
class HttpLayerProblems {

    @Bean
    NettyServerCustomizer bareErrorProblems() {
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, BareErrorProblems.NAME, BareErrorProblems.INSTANCE);
            }
        });
    }

    @Bean
    ServerExchangeRejectedHandler firewallProblems(ProblemWriter problems) {
        return (exchange, rejected) -> problems.write(exchange, Problems.of(ProblemCode.MALFORMED_REQUEST,
                "请求地址含有不允许的字符（如编码的斜杠、分号、反斜杠或控制字符）。"));
    }
}
