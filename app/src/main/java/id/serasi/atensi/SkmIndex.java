package id.serasi.atensi;

import java.util.Collection;
import java.util.List;

/**
 * The community satisfaction index (IKM) of PermenPANRB 14/2017: the mean of the nine element averages, each
 * weighted 1/9, converted to 25–100 by × 25, and graded A–D.
 */
public record SkmIndex(int respondents, double ikm, double converted, char grade) {

    public static final int ELEMENTS = 9;

    public static SkmIndex of(Collection<List<Integer>> responses) {
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("no SKM responses");
        }
        double sumOfAverages = 0;
        for (int element = 0; element < ELEMENTS; element++) {
            final int e = element;
            sumOfAverages += responses.stream().mapToInt(r -> r.get(e)).average().orElseThrow();
        }
        double ikm = sumOfAverages / ELEMENTS;
        double converted = ikm * 25;
        return new SkmIndex(responses.size(), ikm, converted, gradeOf(converted));
    }

    static char gradeOf(double converted) {
        double score = Math.round(converted * 100) / 100.0;
        if (score >= 88.31) {
            return 'A';
        }
        if (score >= 76.61) {
            return 'B';
        }
        if (score >= 65.00) {
            return 'C';
        }
        return 'D';
    }
}
