package id.serasi.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.common.FieldProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BeneficiaryDetailsTest {

    static BeneficiaryDetails rina(String nik, Gender gender, LocalDate birth) {
        return new BeneficiaryDetails(nik, "3201011203150007", "Rina Wulandari", gender, birth, "Jl. Mawar 3",
                "3201011001", -6.48, 106.85, 3, false, true, false, null);
    }

    @Test
    void theNikMustAgreeWithBirthDateAndGender() {
        assertThat(rina("3201015705920012", Gender.FEMALE, LocalDate.of(1992, 5, 17)).problems()).isEmpty();
        assertThat(rina("3201015705920012", Gender.FEMALE, LocalDate.of(1992, 5, 18)).problems())
                .containsExactly(new FieldProblem("birthDate", "validation.nik.birthDateMismatch"));
        assertThat(rina("3201015705920012", Gender.MALE, LocalDate.of(1992, 5, 17)).problems())
                .contains(new FieldProblem("gender", "validation.nik.genderMismatch"),
                        new FieldProblem("pregnant", "validation.vulnerability.gender"));
    }

    @Test
    void aLocationOutsideIndonesiaIsRefused() {
        var far = new BeneficiaryDetails("3201015705920012", "3201011203150007", "Rina", Gender.FEMALE,
                LocalDate.of(1992, 5, 17), "Jl. Mawar 3", "3201011001", 48.85, 2.35, null, false, false, false, null);
        assertThat(far.problems()).containsExactly(new FieldProblem("latitude", "validation.geo.indonesia"));
    }

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertThat(Beneficiary.normalize("  Siti  NURHALIZA, S.Pd ")).isEqualTo("siti nurhaliza s pd");
        assertThat(Beneficiary.normalize("Ni Putu Éka")).isEqualTo("ni putu eka");
    }

    @Test
    void aNikTypedInGroupsIsTheSameNumber() {
        BeneficiaryDetails grouped = rina("3201 0157 0592 0012", Gender.FEMALE, LocalDate.of(1992, 5, 17));
        assertThat(grouped.nik()).isEqualTo("3201015705920012");
        assertThat(grouped.problems()).isEmpty();
    }

    /** A right-to-left override turns a name around on every screen that shows it. */
    @Test
    void directionControlsAreRefusedInNamesAndAddresses() {
        var turned = new BeneficiaryDetails("3201015705920012", "3201011203150007", "\u202Eanir", Gender.FEMALE,
                LocalDate.of(1992, 5, 17), "Jl. Mawar 3\u2067", "3201011001", null, null, null, false, false, false,
                null);
        assertThat(turned.problems()).containsExactly(new FieldProblem("fullName", "validation.directionControl"),
                new FieldProblem("address", "validation.directionControl"));
    }
}
