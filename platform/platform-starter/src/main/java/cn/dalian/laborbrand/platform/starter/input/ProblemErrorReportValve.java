package cn.dalian.laborbrand.platform.starter.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;

import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals (a request line or header it cannot parse, a URL too long, a NUL or an encoded slash in the
 * path: failures before any application code runs) answered as problem documents, not Tomcat's HTML page. Installed
 * in place of Tomcat's ErrorReportValve; errors the application raised reach {@code /error} as before.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Map<String, Object> problem = Problems.document(ProblemCode.forStatus(status), status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            ExceptionUtils.handleThrowable(e);
        }
    }
}
