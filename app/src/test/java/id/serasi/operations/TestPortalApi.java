package id.serasi.operations;

import id.serasi.whistleblowing.FilingReport;
import id.serasi.whistleblowing.Filing;
import id.serasi.whistleblowing.FollowingReport;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's two use cases over plain HTTP for {@link PortalBehindProxyTest}, given the client address exactly as
 * the portal's views take it (the servlet request's, after Tomcat's RemoteIpValve). Test sources only, and only with
 * {@code serasi.test.node-api=true}. Answers name the node, so the test can see both served it.
 */
@RestController
@ConditionalOnProperty(name = "serasi.test.node-api", havingValue = "true")
class TestPortalApi {

    private final FollowingReport following;
    private final FilingReport filing;
    private final String node;

    TestPortalApi(FollowingReport following, FilingReport filing, @Value("${serasi.test.node-name:node}") String node) {
        this.following = following;
        this.filing = filing;
        this.node = node;
    }

    @PostMapping("/test-node/portal/open")
    String open(@RequestBody String receiptCode, HttpServletRequest request) {
        FollowingReport.Lookup lookup = following.open(receiptCode.strip(), request.getRemoteAddr());
        String answer = lookup instanceof FollowingReport.Lookup.Found ? "found"
                : lookup instanceof FollowingReport.Lookup.Wait ? "wait" : "not-found";
        return node + " " + answer;
    }

    @PostMapping("/test-node/portal/file")
    String file(HttpServletRequest request) {
        Filing result = filing.file(new ReportDetails(ReportCategory.GRATIFIKASI, "Petugas meminta uang agar berkas"
                + " bantuan diproses lebih cepat.", null, null, null, null, null, true, null, null), List.of(),
                request.getRemoteAddr());
        return node + " " + (result instanceof Filing.Filed filed ? "filed " + filed.receiptCode()
                : result instanceof Filing.Wait ? "wait" : "invalid");
    }
}
