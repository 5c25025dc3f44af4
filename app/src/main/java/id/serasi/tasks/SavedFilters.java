package id.serasi.tasks;

import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import id.serasi.security.Staff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each user's named task-list filters, kept across sessions. */
@Component
public class SavedFilters {

    public record Saved(String name, TaskFilter filter) {
    }

    private final JdbcTemplate jdbc;

    SavedFilters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Saved> of(Staff staff) {
        return jdbc.query("select name, filter from saved_task_filter where username = ? order by name",
                (rs, n) -> new Saved(rs.getString(1), decode(rs.getString(2))), staff.username());
    }

    /** Saves under the name, replacing a filter of the same name; answers what to fix (nothing when saved). */
    @Transactional
    public List<FieldProblem> save(String name, TaskFilter filter, Staff staff) {
        List<FieldProblem> problems = new Problems().text("name", name == null ? null : name.strip(),
                TaskLimits.FILTER_NAME).optionalText("text", filter.text(), TaskLimits.FILTER_TEXT).list();
        if (!problems.isEmpty()) {
            return problems;
        }
        jdbc.update("delete from saved_task_filter where username = ? and name = ?", staff.username(), name.trim());
        jdbc.update("insert into saved_task_filter (username, name, filter) values (?, ?, ?)", staff.username(),
                name.trim(), encode(filter));
        return List.of();
    }

    @Transactional
    public void delete(String name, Staff staff) {
        jdbc.update("delete from saved_task_filter where username = ? and name = ?", staff.username(), name);
    }

    static String encode(TaskFilter f) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", f.text());
        fields.put("stage", f.stage());
        fields.put("priority", f.priority());
        fields.put("targetGroup", f.targetGroup());
        fields.put("due", f.due() == null ? null : f.due().name());
        fields.put("unit", f.unitCode());
        fields.put("sort", f.sort().name());
        fields.put("desc", Boolean.toString(f.descending()));
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.append(k).append('=').append(v.replace("\\", "\\\\").replace(";", "\\;")).append(';');
            }
        });
        return out.toString();
    }

    static TaskFilter decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder value = new StringBuilder();
        String key = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                value.append(text.charAt(++i));
            } else if (c == '=' && key == null) {
                key = value.toString();
                value.setLength(0);
            } else if (c == ';') {
                fields.put(key, value.toString());
                key = null;
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        return new TaskFilter(fields.get("text"), fields.get("stage"), fields.get("priority"), fields.get("targetGroup"),
                fields.containsKey("due") ? TaskFilter.Due.valueOf(fields.get("due")) : null, fields.get("unit"),
                fields.containsKey("sort") ? TaskFilter.Sort.valueOf(fields.get("sort")) : TaskFilter.Sort.DUE,
                Boolean.parseBoolean(fields.get("desc")));
    }
}
