package id.serasi.whistleblowing;

/** What a report is about (WBS categories, and public-service complaints that belong to SP4N-LAPOR!). */
public enum ReportCategory {
    KKN, GRATIFIKASI, BENTURAN_KEPENTINGAN, PENYALAHGUNAAN_WEWENANG, PENGADUAN_LAYANAN
}
