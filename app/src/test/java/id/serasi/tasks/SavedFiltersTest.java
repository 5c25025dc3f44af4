package id.serasi.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavedFiltersTest {

    @Test
    void filtersSurviveEncodingIncludingSeparatorsInText() {
        TaskFilter filter = new TaskFilter("a;b=c\\d", "ASSESSMENT", "TINGGI", "ANAK", TaskFilter.Due.TODAY, "handayani",
                TaskFilter.Sort.PRIORITY, true);
        assertThat(SavedFilters.decode(SavedFilters.encode(filter))).isEqualTo(filter);
        assertThat(SavedFilters.decode(SavedFilters.encode(TaskFilter.NONE))).isEqualTo(TaskFilter.NONE);
    }
}
