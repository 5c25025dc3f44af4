package id.serasi.atensi;

/** How a case reached the unit (pendekatan awal). */
public enum IntakeChannel {
    REFERRAL, OUTREACH, WALK_IN, CALL_CENTRE_171, ONLINE, CEK_BANSOS
}
