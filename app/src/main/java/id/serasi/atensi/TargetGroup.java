package id.serasi.atensi;

/** ATENSI target groups (klaster), Permensos 7/2021. */
public enum TargetGroup {
    ANAK, DISABILITAS, LANSIA, NAPZA, TUNA_SOSIAL_PERDAGANGAN, KORBAN_BENCANA, PPKS_LAIN
}
