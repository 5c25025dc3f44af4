package id.serasi.atensi;

/** How a case ended; set from the serasi.outcome property of the end event reached. */
public enum Outcome {
    COMPLETED, REFERRED, PLAN_REJECTED, DUPLICATE, ENDED_EARLY
}
