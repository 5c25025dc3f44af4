package id.serasi.whistleblowing;

/** The lead's screening: complete, questions for the reporter, or not a WBS matter. */
public enum ScreeningResult {
    COMPLETE, INCOMPLETE, OUT_OF_SCOPE
}
