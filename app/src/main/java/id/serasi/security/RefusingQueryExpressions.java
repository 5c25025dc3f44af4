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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, for every role and before the engine sees it, any engine request that carries an expression field: a
 * query parameter or a JSON field at any depth (inside {@code orQueries}, a stored filter's {@code query}, …) whose
 * name ends in {@code Expression(s)}. The engine's own switch for query expressions misses the "or" queries (the
 * known 7.24 CVE path); nothing of Serasi's needs them. A body it cannot read is refused too, so nothing reaches the
 * engine unread.
 */
final class RefusingQueryExpressions extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Queries, filters and variables fit in far less; a larger body is refused rather than held in memory. */
    static final int MAX_BODY = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String parameter : request.getParameterMap().keySet()) {
            if (isExpressionField(parameter)) {
                refuse(response, parameter);
                return;
            }
        }
        if (isFormOrFiles(request)) {
            chain.doFilter(request, response);
            return;
        }
        // every other body is read as JSON whatever its declared type: the engine may read it as JSON as well
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            EngineAnswers.invalidRequest(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Isi permintaan terlalu besar (paling banyak 1 MB) / the request body is too large (1 MB at most)");
            return;
        }
        String field;
        try {
            field = isBlank(body) ? null : expressionField(JSON.readTree(body));
        } catch (JsonProcessingException unreadable) {
            EngineAnswers.invalidRequest(response, HttpServletResponse.SC_BAD_REQUEST,
                    "Isi permintaan bukan JSON yang terbaca / the request body is not readable JSON");
            return;
        }
        if (field != null) {
            refuse(response, field);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** Deployments and variable files come as multipart, forms as URL-encoded: their names are checked above. */
    private static boolean isFormOrFiles(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
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

    private static void refuse(HttpServletResponse response, String field) throws IOException {
        EngineAnswers.invalidRequest(response, HttpServletResponse.SC_BAD_REQUEST, "Ekspresi dalam kueri tidak"
                + " diizinkan ('" + field + "') / expressions in queries are not allowed ('" + field + "')");
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
