package id.serasi.retention;

import id.serasi.common.LengthOf;

/** The longest legal hold reason: used by {@link Retaining} and the legal hold form. */
public final class RetentionLimits {

    @LengthOf({"atensi_case.legal_hold_reason", "wbs_report.legal_hold_reason"})
    public static final int HOLD_REASON = 500;

    private RetentionLimits() {
    }
}
