package id.serasi.atensi;


public enum CaseStatus {
    OPEN, CLOSED
}
