package id.serasi.tasks;

import java.time.Instant;

/**
 * An open user task as Serasi shows it; {@code formKey} is the model's {@code serasi:<key>} without the prefix.
 * {@code caseId} is the ATENSI case its process works on, null for other processes.
 */
public record TaskInfo(String id, String name, String definitionKey, String formKey, String processInstanceId,
                       Long caseId, String assignee, Instant due, Instant created) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
