package id.serasi.atensi;

/** A supervisor decision; REJECTED only applies to intervention plans. */
public enum Decision {
    APPROVED, RETURNED, REJECTED
}
