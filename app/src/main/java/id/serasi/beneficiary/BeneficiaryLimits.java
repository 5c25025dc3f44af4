package id.serasi.beneficiary;

import id.serasi.common.LengthOf;

/** The longest text each field about a person takes: used by {@link BeneficiaryDetails} and the registration form. */
public final class BeneficiaryLimits {

    @LengthOf("beneficiary.full_name")
    public static final int FULL_NAME = 200;
    @LengthOf("beneficiary.address")
    public static final int ADDRESS = 400;
    @LengthOf("beneficiary.phone")
    public static final int PHONE = 30;

    private BeneficiaryLimits() {
    }
}
