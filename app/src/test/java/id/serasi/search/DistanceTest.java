package id.serasi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.lucene.util.SloppyMath;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.junit.jupiter.api.Test;

/** The distance shown beside a hit is the one the index filtered and sorted by. */
class DistanceTest {

    @Test
    void oneDegreeOfLatitudeIsAboutOneHundredAndElevenKilometres() {
        assertThat(SearchingCases.kilometres(GeoPoint.of(-6, 106), GeoPoint.of(-7, 106)))
                .isCloseTo(111.195, within(0.001));
        assertThat(SearchingCases.kilometres(GeoPoint.of(-6.2, 106.8), GeoPoint.of(-6.2, 106.8))).isZero();
    }

    @Test
    void agreesWithLucenesHaversineAcrossIndonesia() {
        double[][] pairs = {
                {-6.1754, 106.8272, -6.9025, 107.6188},   // Jakarta, Bandung
                {5.5483, 95.3238, -2.5337, 140.7181},     // Banda Aceh, Jayapura
                {-6.2971, 106.9107, -6.2980, 106.9101},   // a few hundred metres in Cipayung
                {1.4748, 124.8421, -8.6500, 115.2167}};   // Manado, Denpasar
        for (double[] p : pairs) {
            assertThat(SearchingCases.kilometres(GeoPoint.of(p[0], p[1]), GeoPoint.of(p[2], p[3])))
                    .isCloseTo(SloppyMath.haversinMeters(p[0], p[1], p[2], p[3]) / 1000, within(0.01));
        }
    }
}
