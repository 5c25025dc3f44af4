package id.serasi.atensi;


public enum ApprovalSubject {
    INTERVENTION_PLAN, TERMINATION
}
