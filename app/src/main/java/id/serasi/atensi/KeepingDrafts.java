package id.serasi.atensi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import id.serasi.security.Staff;
import id.serasi.tasks.workflow.TaskEngine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Simpan draf": what a worker typed into a task form, kept until the task is done, across sign-outs. */
@Component
public class KeepingDrafts {

    public record Draft(TaskInput input, Instant savedAt) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TaskEngine engine;

    KeepingDrafts(JdbcTemplate jdbc, ObjectMapper json, TaskEngine engine) {
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
    }

    /** What became of "Simpan draf". */
    public sealed interface Saving {
        record Saved() implements Saving {
        }

        /** The task is done or no longer this worker's. */
        record Gone() implements Saving {
        }

        /**
         * A draft may be incomplete, not too long: the fields over their limits, or (field {@code draft}) the whole
         * draft longer than {@link AtensiLimits#DRAFT}, which fields within their limits do not reach.
         */
        record TooLong(List<FieldProblem> problems) implements Saving {
        }
    }

    /** Saves the draft of a task the staff member holds. */
    @Transactional
    public Saving save(String taskId, TaskInput input, Staff staff) {
        boolean holds = engine.find(taskId).filter(t -> staff.username().equals(t.assignee())
                && input.formKey().equals(t.formKey())).isPresent();
        if (!holds) {
            return new Saving.Gone();
        }
        List<FieldProblem> tooLong = input.problems().stream().filter(Problems::isTooLong).toList();
        if (!tooLong.isEmpty()) {
            return new Saving.TooLong(tooLong);
        }
        String content;
        try {
            content = json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft of " + input.formKey() + " cannot be written", e);
        }
        if (content.length() > AtensiLimits.DRAFT) {
            return new Saving.TooLong(List.of(new FieldProblem("draft", "task.draft.tooLong")));
        }
        jdbc.update("delete from task_draft where task_id = ? and username = ?", taskId, staff.username());
        jdbc.update("insert into task_draft (task_id, username, form_key, content, saved_at) values (?, ?, ?, ?, ?)",
                taskId, staff.username(), input.formKey(), content, Timestamp.from(Instant.now()));
        return new Saving.Saved();
    }

    @Transactional(readOnly = true)
    public Optional<Draft> of(String taskId, Staff staff) {
        List<Draft> drafts = jdbc.query("select form_key, content, saved_at from task_draft where task_id = ? and username = ?",
                (rs, n) -> new Draft(read(rs.getString(1), rs.getString(2)), rs.getTimestamp(3).toInstant()),
                taskId, staff.username());
        return drafts.stream().findFirst();
    }

    private TaskInput read(String formKey, String content) {
        try {
            return json.readValue(content, TaskInput.typeOf(formKey));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft of " + formKey + " cannot be read", e);
        }
    }
}
