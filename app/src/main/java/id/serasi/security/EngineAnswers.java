package id.serasi.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/** A refusal of Serasi's in front of the engine's REST, in the form the engine answers, so clients show the message. */
final class EngineAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineAnswers() {
    }

    static void invalidRequest(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException",
                "message", message)));
    }
}
