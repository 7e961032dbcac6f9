package cn.dalian.laborbrand.platform.starter.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/**
 * Every JSON body before Jackson sees it: refused (413) when larger than {@link InputProperties#maxJsonBody()}, by
 * its declared length before anything is read, or as soon as that much was read; then decoded as strict UTF-8, a
 * sequence that is not UTF-8 (invalid, overlong, an encoded surrogate) becoming U+FFFD, which the text rules refuse
 * naming the field it was in. Jackson alone would read an overlong {@code C0 AF} as "/".
 */
@ControllerAdvice
class JsonBodyAdvice extends RequestBodyAdviceAdapter {

    private final long maxBytes;

    JsonBodyAdvice(InputProperties properties) {
        this.maxBytes = properties.maxJsonBody().toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (message.getHeaders().getContentLength() > maxBytes) {
            throw tooLarge();
        }
        byte[] sent;
        try (InputStream body = message.getBody()) {
            sent = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (sent.length > maxBytes) {
            throw tooLarge();
        }
        byte[] utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(sent)).toString().getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = HttpHeaders.copyOf(message.getHeaders());
        headers.setContentLength(utf8.length);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(utf8);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private PlatformException tooLarge() {
        return new PlatformException(ProblemCode.PAYLOAD_TOO_LARGE, "提交的内容超过了 " + (maxBytes / 1024) + " KB 的上限。")
                .with("maxBytes", maxBytes);
    }
}
