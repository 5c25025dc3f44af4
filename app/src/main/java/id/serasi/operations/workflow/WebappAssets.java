package id.serasi.operations.workflow;

import java.net.MalformedURLException;
import java.net.URL;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.WebResourceRoot.ResourceSetType;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit, Tasklist and Admin load their plugins ({@code plugin.js}, {@code plugin.css}) through the servlet
 * context, which finds them only when Tomcat knows the Camunda webjar as a resource jar. Spring Boot tells Tomcat
 * the jars on the JVM's class path; the unpacked jar that {@code ./serasi} runs names its libraries in its manifest
 * instead, so Tomcat never saw the webjar, {@code plugin.js} answered 404 and Cockpit waited for it for ever
 * (camunda/camunda-bpm-platform#4718). The webjar is added wherever it is on the class path, unless Tomcat has it.
 */
@Configuration
class WebappAssets {

    static final String RESOURCES = "META-INF/resources";
    static final String COCKPIT_PLUGIN = "/plugin/cockpit/app/plugin.js";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> webappPluginAssets() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                addWebjar(context.getResources(), WebappAssets.class.getClassLoader());
            }
        }));
    }

    static void addWebjar(WebResourceRoot resources, ClassLoader classLoader) {
        if (resources.getResource(COCKPIT_PLUGIN).exists()) {
            return;
        }
        URL asset = classLoader.getResource(RESOURCES + COCKPIT_PLUGIN);
        String url = asset == null ? "" : asset.toString();
        if (!url.startsWith("jar:file:")) {
            return; // no web apps here, or inside Spring Boot's own jar, where Spring Boot has added them already
        }
        try {
            URL jar = new URL(url.substring(0, url.indexOf("!/") + 2));
            resources.createWebResourceSet(ResourceSetType.RESOURCE_JAR, "/", jar, "/" + RESOURCES);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the Camunda webjar's address " + url, e);
        }
    }
}
