package id.serasi.atensi;

/** Termination reasons the regulation names. */
public enum TerminationReason {
    PROGRAM_COMPLETED, CLIENT_REQUEST, DECEASED, UNIT_LIMITS_REFERRED
}
