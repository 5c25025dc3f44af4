package id.serasi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every response tells the browser besides Spring Security's defaults: send no address of a Serasi page (a
 * case number in a path) to another site, and no camera, microphone, payment or USB for any page; the geolocation
 * stays for Serasi's own pages (a geotag taken on the spot).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserHeaders extends OncePerRequestFilter {

    static final String REFERRER_POLICY = "same-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }
}
