package id.serasi.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.common.LengthOf;
import org.junit.jupiter.api.Test;

class SavedFiltersTest {

    @Test
    void filtersSurviveEncodingIncludingSeparatorsInText() {
        TaskFilter filter = new TaskFilter("a;b=c\\d", "ASSESSMENT", "TINGGI", "ANAK", TaskFilter.Due.TODAY, "handayani",
                TaskFilter.Sort.PRIORITY, true);
        assertThat(SavedFilters.decode(SavedFilters.encode(filter))).isEqualTo(filter);
        assertThat(SavedFilters.decode(SavedFilters.encode(TaskFilter.NONE))).isEqualTo(TaskFilter.NONE);
    }

    /** The longest text, all separators (each escaped), with every other field set, fits the column. */
    @Test
    void theLongestFilterFitsItsColumn() throws Exception {
        TaskFilter longest = new TaskFilter(";".repeat(TaskLimits.FILTER_TEXT), "REINTEGRATION", "DARURAT",
                "KORBAN_BENCANA", TaskFilter.Due.THIS_WEEK, "x".repeat(40), TaskFilter.Sort.CASE_NUMBER, true);
        assertThat(SavedFilters.encode(longest).length())
                .isLessThanOrEqualTo(TaskLimits.FILTER_TEXT + TaskLimits.class.getField("FILTER_TEXT")
                        .getAnnotation(LengthOf.class).less());
    }
}
