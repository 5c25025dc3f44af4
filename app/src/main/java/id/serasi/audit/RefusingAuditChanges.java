package id.serasi.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's counterpart of PostgreSQL's {@code audit_event_append_only()}: a row trigger (db/vendor/h2) that refuses every
 * update and delete of the audit trail, whoever connects.
 */
public class RefusingAuditChanges implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "45000");
    }
}
