package id.serasi.beneficiary;

public enum Gender {
    MALE, FEMALE
}
