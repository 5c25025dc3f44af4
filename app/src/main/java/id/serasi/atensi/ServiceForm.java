package id.serasi.atensi;

/** The seven ATENSI service forms. */
public enum ServiceForm {
    DECENT_LIVING, SOCIAL_CARE, FAMILY_SUPPORT, THERAPY, VOCATIONAL_TRAINING, SOCIAL_ASSISTANCE, ACCESSIBILITY
}
