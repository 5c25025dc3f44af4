package id.serasi.whistleblowing;

/** How serious the lead judges a report at screening; with the category it sets the deadlines (DMN). */
public enum Severity {
    BERAT, SEDANG, RINGAN
}
