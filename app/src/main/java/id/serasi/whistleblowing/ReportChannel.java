package id.serasi.whistleblowing;

/** How a report reached Serasi: the public portal, the 171 call centre or a letter (the last two entered by staff). */
public enum ReportChannel {
    PORTAL, CALL_CENTRE, LETTER
}
