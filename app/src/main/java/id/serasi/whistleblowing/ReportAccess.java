package id.serasi.whistleblowing;

import id.serasi.security.Role;
import id.serasi.security.Staff;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who may see a report: the investigation lead, and the investigator it is assigned to while it is theirs. Nobody
 * else (social workers, supervisors, analysts, admins, other investigators) ever gets one, whatever the screen or API.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static boolean mayRead(Staff staff, Report report) {
        return staff.has(Role.INVESTIGATION_LEAD)
                || staff.has(Role.INVESTIGATOR) && staff.username().equals(report.getInvestigator());
    }

    /**
     * Investigators who may be offered the report: not of the reported unit, not having declared a conflict on it,
     * and never the lead who assigns (the lead approves the conclusion).
     */
    public static List<Staff> eligibleInvestigators(Report report, Collection<Staff> investigators,
                                                    Set<String> conflicted, Staff lead) {
        return investigators.stream()
                .filter(s -> report.getReportedUnit() == null || !s.belongsTo(report.getReportedUnit()))
                .filter(s -> !conflicted.contains(s.username()))
                .filter(s -> !s.username().equals(lead.username()))
                .toList();
    }
}
