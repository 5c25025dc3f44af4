package id.serasi.search;

/** Field names of the case index: as mapped (relative) and as searched (full paths). */
final class CaseFields {

    static final String CASE_NUMBER = "caseNumber";
    static final String UNIT = "unit";
    static final String STAGE = "stage";
    static final String TARGET_GROUP = "targetGroup";
    static final String PRIORITY = "priority";
    static final String CASE_MANAGER = "caseManager";
    static final String OPENED_AT = "openedAt";
    static final String CLOSED_AT = "closedAt";
    static final String PROBLEM = "problem";

    static final String NAME = "fullName";
    static final String NAME_PREFIX = "fullNamePrefix";
    static final String NIK = "nik";
    static final String KK = "kk";
    static final String ADDRESS = "address";
    static final String LOCATION = "location";
    static final String TEXT = "text";
    static final String SERVICE_FORM = "serviceForm";

    static final String[] BENEFICIARY_PATHS = {NAME, NAME_PREFIX, NIK, KK, ADDRESS, LOCATION};
    static final String NOTE_TEXT = TEXT;

    static final String BENEFICIARY = "beneficiary.";
    static final String PERSON_NAME = BENEFICIARY + NAME;
    static final String PERSON_NAME_PREFIX = BENEFICIARY + NAME_PREFIX;
    static final String PERSON_NIK = BENEFICIARY + NIK;
    static final String PERSON_KK = BENEFICIARY + KK;
    static final String PERSON_ADDRESS = BENEFICIARY + ADDRESS;
    static final String PERSON_LOCATION = BENEFICIARY + LOCATION;
    static final String NOTES = "notes." + TEXT;
    static final String SERVICE_FORMS = "plans." + SERVICE_FORM;

    private CaseFields() {
    }
}
