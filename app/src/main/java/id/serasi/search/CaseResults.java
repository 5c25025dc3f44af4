package id.serasi.search;

import id.serasi.atensi.Stage;
import id.serasi.atensi.TargetGroup;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of the cases found, the total, and the counts per facet value over everything found (never over cases
 * the user may not open).
 */
public record CaseResults(long total, List<Hit> hits, Map<Facet, Map<String, Long>> facets) {

    public static final CaseResults NONE = new CaseResults(0, List.of(), Map.of());

    public long count(Facet facet, String value) {
        return facets.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }

    /**
     * One case found. Highlights are the matching passages, with the matched words between {@link #MARK_START} and
     * {@link #MARK_END} (characters no user text holds, so a view escapes the text and then marks them).
     */
    public record Hit(String caseNumber, String beneficiaryName, String nik, String unit, Stage stage,
                      TargetGroup targetGroup, String priority, String caseManager, Instant openedAt,
                      Double distanceKm, List<String> highlights) {
    }

    /*
     * Private-use characters: control characters such as U+0002 were lost where a passage starts with a match (the
     * highlighter trims passages, and trimming strips every character up to U+0020).
     */
    public static final String MARK_START = "\uE000";
    public static final String MARK_END = "\uE001";

    public enum Facet {
        STAGE, UNIT, TARGET_GROUP, PRIORITY, SERVICE_FORM
    }
}
