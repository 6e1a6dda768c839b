package com.recomengine.platform.internal.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before any filter or controller (a request line over the limit, bad percent-encoding
 * or {@code %00} in the path, an invalid header), are {@code application/problem+json} like every other error: the
 * host's error report valve is replaced by one that writes a problem instead of an HTML page.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblems {

    @Bean
    TomcatContextCustomizer tomcatProblemReports() {
        return context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
                // Spring Boot adds its own (HTML) report valve after this customizer: it goes when the context starts.
                context.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                    }
                });
            }
        };
    }

    /** Writes the problem document for a response that Tomcat ended in an error with nothing written. */
    public static final class ProblemReportValve extends ErrorReportValve {

        private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9._~/-]{0,200}");

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            String title = status == null ? "Error" : status.getReasonPhrase();
            String detail = code == 400
                    ? "The request could not be parsed: its request line, path encoding or headers are invalid."
                    : title + ".";
            String uri = request.getRequestURI();
            StringBuilder json = new StringBuilder("{\"type\":\"/problems/")
                    .append(status == null ? "error" : ProblemResponses.slug(status))
                    .append("\",\"title\":\"")
                    .append(title)
                    .append("\",\"status\":")
                    .append(code)
                    .append(",\"detail\":\"")
                    .append(detail)
                    .append('"');
            if (uri != null && PLAIN_PATH.matcher(uri).matches()) {
                json.append(",\"instance\":\"").append(uri).append('"');
            }
            json.append('}');
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.toString());
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was taken over: nothing more to say
            }
        }
    }
}
