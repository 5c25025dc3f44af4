package id.serasi.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every page Serasi serves through Vaadin. Scripts run only from Serasi's own origin
 * or with this page's random nonce, which Vaadin's bootstrap scripts carry; inline event handlers
 * ({@code <img onerror=…>}) never run, whatever text reaches the page. Vaadin's client still builds functions from
 * the JavaScript the server sends ({@code 'unsafe-eval'}) and its components set inline styles. Images: Serasi's
 * own, data and blob URLs, and the configured map tile server.
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String tileOrigin;

    ContentSecurityPolicy(@Value("${serasi.map.tile-url:}") String tileUrl) {
        this.tileOrigin = originOf(tileUrl);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::protect);
    }

    private void protect(IndexHtmlResponse page) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        for (Element script : page.getDocument().getElementsByTag("script")) {
            script.attr("nonce", nonce);
        }
        page.getVaadinResponse().setHeader(HEADER, policy(nonce));
    }

    String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "script-src-attr 'none'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:" + (tileOrigin.isEmpty() ? "" : " " + tileOrigin),
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} → {@code https://*.tile.example.org}. */
    static String originOf(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        String template = tileUrl.strip().replace("{s}", "SUBDOMAIN").replaceAll("\\{[^}]*}", "x");
        URI uri = URI.create(template);
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "";
        }
        String host = uri.getHost().replace("subdomain", "*").replace("SUBDOMAIN", "*");
        return uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
