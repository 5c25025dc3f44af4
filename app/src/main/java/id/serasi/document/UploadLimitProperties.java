package id.serasi.document;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sets the servlet's multipart limits from {@code serasi.uploads.max-file-bytes}. Vaadin's upload posts through the
 * servlet, so Spring's own default (1 MB) cut every larger file before the application saw it, while the component
 * advertised 10 MB. Derived here, ahead of every other source, so the two can never disagree again.
 */
public class UploadLimitProperties implements EnvironmentPostProcessor {

    static final String SOURCE = "serasiUploadLimit";
    /** Each upload request carries one file; its multipart headers take far less than this. */
    static final long REQUEST_HEADROOM_BYTES = 64 * 1024;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        long maxFileBytes = environment.getProperty(UploadLimit.PROPERTY, Long.class, UploadLimit.DEFAULT_BYTES);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                "spring.servlet.multipart.max-file-size", maxFileBytes + "B",
                "spring.servlet.multipart.max-request-size", (maxFileBytes + REQUEST_HEADROOM_BYTES) + "B")));
    }
}
