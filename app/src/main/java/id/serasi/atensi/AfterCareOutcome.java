package id.serasi.atensi;


public enum AfterCareOutcome {
    CONTINUE, RELAPSE, COMPLETE
}
