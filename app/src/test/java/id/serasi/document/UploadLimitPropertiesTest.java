package id.serasi.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

/**
 * Spring's multipart limit (1 MB unless set) cut every larger upload before Vaadin saw it, while the components
 * advertised 10 MB. The servlet's limits now follow {@code serasi.uploads.max-file-bytes}, read from the real
 * application.yml and spring.factories in a context that starts nothing else.
 */
class UploadLimitPropertiesTest {

    private static final long THREE_MB = 3L * 1024 * 1024;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MultipartProperties.class)
    @Import(UploadLimit.class)
    static class Limits {
    }

    @Test
    void byDefaultAThreeMegabyteUploadPassesTheServletAndTheCleanerAlike() {
        try (ConfigurableApplicationContext context = start()) {
            MultipartProperties multipart = context.getBean(MultipartProperties.class);
            UploadLimit limit = context.getBean(UploadLimit.class);

            assertThat(limit.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
            assertThat(multipart.getMaxFileSize()).isEqualTo(DataSize.ofBytes(limit.maxFileBytes()));
            assertThat(multipart.getMaxRequestSize().toBytes()).isGreaterThan(limit.maxFileBytes());
            assertThat(multipart.createMultipartConfig().getMaxFileSize()).isGreaterThan(THREE_MB);
            assertThat(multipart.createMultipartConfig().getMaxRequestSize()).isGreaterThan(THREE_MB);
        }
    }

    @Test
    void theOneSettingMovesTheServletLimitWithIt() {
        try (ConfigurableApplicationContext context = start("--serasi.uploads.max-file-bytes=2097152")) {
            MultipartProperties multipart = context.getBean(MultipartProperties.class);

            assertThat(context.getBean(UploadLimit.class).maxFileBytes()).isEqualTo(2_097_152L);
            assertThat(multipart.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(2));
            assertThat(multipart.getMaxRequestSize())
                    .isEqualTo(DataSize.ofBytes(2_097_152L + UploadLimitProperties.REQUEST_HEADROOM_BYTES));
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(Limits.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn").run(args);
    }
}
