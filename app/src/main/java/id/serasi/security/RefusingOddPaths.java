package id.serasi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400, before anything reads the path, a request whose path carries parameters (";x=y") or encoded
 * dots, slashes or backslashes, or an empty segment: the tricks that make one path look like another. Spring
 * Security's firewall refuses them too, but a ";" in the engine REST's own segment failed earlier, in Spring's path
 * parsing, as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusingOddPaths extends OncePerRequestFilter {

    private static final List<String> ODD = List.of(";", "%2e", "%2f", "%5c", "\\", "//");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().toLowerCase(Locale.ROOT);
        if (ODD.stream().anyMatch(path::contains)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
