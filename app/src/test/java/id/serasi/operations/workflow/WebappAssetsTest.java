package id.serasi.operations.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URL;
import org.apache.catalina.WebResource;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.WebResourceRoot.ResourceSetType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The web apps' plugins are served however Serasi is launched, not only when Spring Boot found the webjar. */
class WebappAssetsTest {

    @Test
    void tomcatIsGivenTheWebjarItDidNotFind() {
        WebResourceRoot resources = tomcatResources(false);

        WebappAssets.addWebjar(resources, getClass().getClassLoader());

        ArgumentCaptor<URL> jar = ArgumentCaptor.forClass(URL.class);
        verify(resources).createWebResourceSet(eq(ResourceSetType.RESOURCE_JAR),
                eq("/"), jar.capture(),
                eq("/META-INF/resources"));
        assertThat(jar.getValue().toString()).startsWith("jar:file:").contains("camunda-webapp-webjar").endsWith(".jar!/");
    }

    @Test
    void aWebjarTomcatKnowsIsNotAddedTwice() {
        WebResourceRoot resources = tomcatResources(true);

        WebappAssets.addWebjar(resources, getClass().getClassLoader());

        verify(resources, never()).createWebResourceSet(any(), anyString(), any(URL.class), anyString());
    }

    private static WebResourceRoot tomcatResources(boolean servesCockpitPlugin) {
        WebResource plugin = mock(WebResource.class);
        when(plugin.exists()).thenReturn(servesCockpitPlugin);
        WebResourceRoot resources = mock(WebResourceRoot.class);
        when(resources.getResource(WebappAssets.COCKPIT_PLUGIN)).thenReturn(plugin);
        return resources;
    }
}
