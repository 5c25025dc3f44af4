package id.serasi.atensi;


public enum PlanStatus {
    SUBMITTED, APPROVED, RETURNED, REJECTED
}
