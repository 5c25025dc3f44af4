package id.serasi.atensi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkmIndexTest {

    @Test
    void theIndexIsTheMeanOfTheNineElementAveragesTimesTwentyFive() {
        SkmIndex index = SkmIndex.of(List.of(
                List.of(4, 4, 4, 4, 4, 4, 4, 4, 4),
                List.of(3, 3, 3, 3, 3, 3, 3, 3, 3),
                List.of(4, 3, 4, 3, 4, 3, 4, 3, 4)));
        assertThat(index.ikm()).isCloseTo(3.5185, within(0.0001));
        assertThat(index.converted()).isCloseTo(87.96, within(0.01));
        assertThat(index.grade()).isEqualTo('B');
    }

    @Test
    void gradesFollowThePermenPanrbBoundaries() {
        assertThat(SkmIndex.gradeOf(88.31)).isEqualTo('A');
        assertThat(SkmIndex.gradeOf(88.30)).isEqualTo('B');
        assertThat(SkmIndex.gradeOf(76.61)).isEqualTo('B');
        assertThat(SkmIndex.gradeOf(76.60)).isEqualTo('C');
        assertThat(SkmIndex.gradeOf(65.00)).isEqualTo('C');
        assertThat(SkmIndex.gradeOf(64.99)).isEqualTo('D');
        assertThat(SkmIndex.of(List.of(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1))).converted()).isEqualTo(25.0);
    }
}
