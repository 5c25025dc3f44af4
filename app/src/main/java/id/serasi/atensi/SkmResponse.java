package id.serasi.atensi;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One respondent's answers (1–4) to the nine SKM elements of PermenPANRB 14/2017, in the regulation's order. */
@Entity
@Table(name = "skm_response")
public class SkmResponse extends CaseRecord {

    private String answers;
    private String suggestions;

    protected SkmResponse() {
    }

    public SkmResponse(Long caseId, String author, Instant createdAt, List<Integer> answers, String suggestions) {
        super(caseId, author, createdAt);
        if (answers.size() != SkmIndex.ELEMENTS || answers.stream().anyMatch(a -> a == null || a < 1 || a > 4)) {
            throw new IllegalArgumentException("SKM needs nine answers from 1 to 4: " + answers);
        }
        this.answers = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.suggestions = suggestions;
    }

    public List<Integer> getAnswers() {
        return Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
    }

    public String getSuggestions() {
        return suggestions;
    }
}
