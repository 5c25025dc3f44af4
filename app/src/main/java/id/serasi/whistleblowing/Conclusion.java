package id.serasi.whistleblowing;

/** The investigation's finding. */
public enum Conclusion {
    SUBSTANTIATED, PARTLY_SUBSTANTIATED, NOT_SUBSTANTIATED
}
