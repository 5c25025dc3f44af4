package id.serasi.atensi.workflow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Timer values the ATENSI model reads as {@code ${atensiSettings.progressReportCycle()}}: how often progress reports
 * fall due during intervention, and how long after termination (or the last visit) the next after-care visit is.
 */
@Component("atensiSettings")
public class AtensiSettings {

    private final String progressReportCycle;
    private final String afterCareInterval;

    AtensiSettings(@Value("${serasi.atensi.progress-report-cycle:R/P30D}") String progressReportCycle,
                   @Value("${serasi.atensi.after-care-interval:P30D}") String afterCareInterval) {
        this.progressReportCycle = progressReportCycle;
        this.afterCareInterval = afterCareInterval;
    }

    public String progressReportCycle() {
        return progressReportCycle;
    }

    public String afterCareInterval() {
        return afterCareInterval;
    }
}
