package id.serasi.atensi;

/** Stages of a case (PP 39/2012 art. 7(2)); CLOSED once the process has ended. */
public enum Stage {
    INTAKE, ASSESSMENT, PLANNING, INTERVENTION, REINTEGRATION, TERMINATION, AFTER_CARE, CLOSED
}
