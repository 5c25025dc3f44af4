package id.serasi.bench;

import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the benchmark node changes: the embedded users' passwords are kept unhashed, so that the engine-REST
 * baseline of B2 (HTTP Basic on every call, as a stateless client sends it) pays for the engine's work and not for
 * a bcrypt check per request. Only the bench's JVM loads this.
 */
@Configuration(proxyBeanMethods = false)
class BenchSettings {

    @Bean
    static BeanPostProcessor cheapPasswordChecks() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("deprecation")
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof PasswordEncoder && name.equals("passwordEncoder")) {
                    return new DelegatingPasswordEncoder("noop", Map.of("noop", NoOpPasswordEncoder.getInstance()));
                }
                return bean;
            }
        };
    }
}
