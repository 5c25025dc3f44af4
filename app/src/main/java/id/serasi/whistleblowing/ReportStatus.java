package id.serasi.whistleblowing;

/** Where a report stands. The reporter sees a coarser {@link #forReporter()} view of it. */
public enum ReportStatus {
    RECEIVED, AWAITING_REPORTER, ASSIGNING, INVESTIGATING, AWAITING_APPROVAL, FOLLOW_UP, CLOSED, CLOSED_INCOMPLETE,
    ROUTED_AS_COMPLAINT;

    /** What the portal shows: nothing about who works on the report or how far the investigation got. */
    public String forReporter() {
        return switch (this) {
            case RECEIVED -> "RECEIVED";
            case AWAITING_REPORTER -> "AWAITING_REPORTER";
            case ASSIGNING, INVESTIGATING, AWAITING_APPROVAL, FOLLOW_UP -> "IN_PROGRESS";
            case CLOSED -> "CLOSED";
            case CLOSED_INCOMPLETE -> "CLOSED_INCOMPLETE";
            case ROUTED_AS_COMPLAINT -> "ROUTED";
        };
    }

    public boolean isOpen() {
        return this != CLOSED && this != CLOSED_INCOMPLETE && this != ROUTED_AS_COMPLAINT;
    }
}
