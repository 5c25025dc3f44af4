package id.serasi.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, for every role and before the engine sees it, any engine request that carries an expression field: a
 * query parameter or a JSON field at any depth (inside {@code orQueries}, a stored filter's {@code query}, …) whose
 * name ends in {@code Expression(s)}. The engine's own switch for query expressions misses the "or" queries (the
 * known 7.24 CVE path); nothing of Serasi's needs them.
 */
final class RefusingQueryExpressions extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String parameter : request.getParameterMap().keySet()) {
            if (isExpressionField(parameter)) {
                refuse(response, parameter);
                return;
            }
        }
        if (!isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String field;
        try {
            field = body.length == 0 ? null : expressionField(JSON.readTree(body));
        } catch (JsonProcessingException unreadable) {
            field = null; // the engine answers malformed JSON itself, and runs nothing from it
        }
        if (field != null) {
            refuse(response, field);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    static boolean isExpressionField(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("expression") || lower.endsWith("expressions");
    }

    /** The first field, at any depth, that names an expression; null when there is none. */
    static String expressionField(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String found = isExpressionField(field.getKey()) ? field.getKey() : expressionField(field.getValue());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String found = expressionField(element);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** As the engine's REST answers a bad request, so clients show the message. */
    private static void refuse(HttpServletResponse response, String field) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException",
                "message", "Ekspresi dalam kueri tidak diizinkan ('" + field + "') / expressions in queries are not"
                        + " allowed ('" + field + "')")));
    }

    /** The request with its body, read once here, to be read again by the engine. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
        }
    }
}
