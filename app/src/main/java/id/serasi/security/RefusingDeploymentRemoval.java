package id.serasi.security;

import id.serasi.security.workflow.DeploymentUse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, to every role, removing a deployment that running cases still use (the engine would delete them and
 * their history: 29 running cases became 0), and a cascading removal of one whose ended cases have history, which
 * belongs to their case records and their retention, not to a model.
 */
final class RefusingDeploymentRemoval extends OncePerRequestFilter {

    private static final Pattern DEPLOYMENT = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?/deployment/([^/]+)/?$");

    private final DeploymentUse use;

    RefusingDeploymentRemoval(DeploymentUse use) {
        this.use = use;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"DELETE".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher deployment = DEPLOYMENT.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (deployment.matches()) {
            String id = deployment.group(1);
            long running = use.runningCases(id);
            boolean cascade = Boolean.parseBoolean(request.getParameter("cascade"));
            long ended = cascade ? use.endedCases(id) : 0;
            if (running > 0 || ended > 0) {
                refuse(response, running, ended);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, long running, long ended) throws IOException {
        EngineAnswers.invalidRequest(response, HttpServletResponse.SC_BAD_REQUEST, running > 0
                ? "Model ini masih dipakai " + running + " kasus berjalan dan tidak dapat dihapus / this deployment"
                        + " still runs " + running + " cases and cannot be removed"
                : "Riwayat " + ended + " kasus yang sudah selesai tidak ikut dihapus; hapus tanpa cascade / the history"
                        + " of " + ended + " ended cases is not removed with a model; remove it without cascade");
    }
}
