package id.serasi.beneficiary;

import java.time.LocalDate;
import java.util.ArrayList;
import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import java.util.List;

/** What a worker enters about a person at registration. {@link #problems()} lists what must be fixed first. */
public record BeneficiaryDetails(String nik, String kk, String fullName, Gender gender, LocalDate birthDate,
                                 String address, String regionCode, Double latitude, Double longitude,
                                 Integer dtsenDecile, boolean disability, boolean pregnant, boolean breastfeeding,
                                 String phone) {

    public BeneficiaryDetails {
        nik = withoutSpaces(nik);
        kk = withoutSpaces(kk);
        regionCode = regionCode == null ? null : regionCode.replace(".", "").trim();
    }

    /** Numbers are often typed in groups ("3175 1052 0590 0001"); the grouping is not part of them. */
    private static String withoutSpaces(String number) {
        return number == null ? null : number.replace(" ", "").strip();
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        IdentityNumbers.nikProblem(nik).ifPresent(key -> problems.add(new FieldProblem("nik", key)));
        IdentityNumbers.kkProblem(kk).ifPresent(key -> problems.add(new FieldProblem("kk", key)));
        if (fullName == null || fullName.isBlank()) {
            problems.add(new FieldProblem("fullName", "validation.required"));
        }
        problems.addAll(new Problems().optionalText("fullName", fullName, BeneficiaryLimits.FULL_NAME)
                .optionalText("address", address, BeneficiaryLimits.ADDRESS)
                .optionalText("phone", phone, BeneficiaryLimits.PHONE).list());
        if (gender == null) {
            problems.add(new FieldProblem("gender", "validation.required"));
        }
        if (birthDate == null) {
            problems.add(new FieldProblem("birthDate", "validation.required"));
        }
        if (problems.stream().noneMatch(p -> p.field().equals("nik")) && birthDate != null && gender != null) {
            if (!IdentityNumbers.birthDateOf(nik).orElseThrow().equals(birthDate)) {
                problems.add(new FieldProblem("birthDate", "validation.nik.birthDateMismatch"));
            }
            if (IdentityNumbers.genderOf(nik) != gender) {
                problems.add(new FieldProblem("gender", "validation.nik.genderMismatch"));
            }
        }
        if (address == null || address.isBlank()) {
            problems.add(new FieldProblem("address", "validation.required"));
        }
        if (regionCode == null || regionCode.length() != 10) {
            problems.add(new FieldProblem("regionCode", "validation.region.village"));
        } else {
            RegionCode.problemWith(regionCode).ifPresent(key -> problems.add(new FieldProblem("regionCode", key)));
        }
        if ((latitude == null) != (longitude == null)
                || latitude != null && (latitude < -11.5 || latitude > 6.5 || longitude < 94.5 || longitude > 141.5)) {
            problems.add(new FieldProblem("latitude", "validation.geo.indonesia"));
        }
        if (dtsenDecile != null && (dtsenDecile < 1 || dtsenDecile > 10)) {
            problems.add(new FieldProblem("dtsenDecile", "validation.dtsen.decile"));
        }
        if (pregnant && gender == Gender.MALE || breastfeeding && gender == Gender.MALE) {
            problems.add(new FieldProblem("pregnant", "validation.vulnerability.gender"));
        }
        return problems;
    }
}
