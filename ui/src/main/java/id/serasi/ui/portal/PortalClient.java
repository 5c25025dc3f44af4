package id.serasi.ui.portal;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The network address the portal's limits count by: the servlet request's, which Tomcat's RemoteIpValve has set to
 * the client's own when the request came from a trusted proxy ({@code server.tomcat.remoteip.internal-proxies}), and
 * left as the connecting address otherwise. Read on every request, not once per session like
 * {@code WebBrowser.getAddress()}.
 */
final class PortalClient {

    private PortalClient() {
    }

    static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
