package id.serasi.atensi;

/** Berbasis keluarga, berbasis komunitas, residensial. */
public enum CareSetting {
    FAMILY, COMMUNITY, RESIDENTIAL
}
