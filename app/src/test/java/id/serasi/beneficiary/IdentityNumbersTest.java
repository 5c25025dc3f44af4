package id.serasi.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTest {

    @Test
    void aMansNikCarriesHisBirthDate() {
        assertThat(IdentityNumbers.nikProblem("3173041708850003")).isEmpty();
        assertThat(IdentityNumbers.birthDateOf("3173041708850003")).contains(LocalDate.of(1985, 8, 17));
        assertThat(IdentityNumbers.genderOf("3173041708850003")).isEqualTo(Gender.MALE);
    }

    @Test
    void aWomansBirthDayIsPlusForty() {
        assertThat(IdentityNumbers.nikProblem("3201015705920012")).isEmpty();
        assertThat(IdentityNumbers.birthDateOf("3201015705920012")).contains(LocalDate.of(1992, 5, 17));
        assertThat(IdentityNumbers.genderOf("3201015705920012")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void childrenBornThisCenturyAreNotPushedIntoTheLast() {
        assertThat(IdentityNumbers.birthDateOf("3275010301150001")).contains(LocalDate.of(2015, 1, 3));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'',                 validation.nik.required",
        "317304170885000,   validation.nik.length",
        "31730417088500031, validation.nik.length",
        "31730417O8850003,  validation.nik.digits",
        "3173041708850000,  validation.nik.serial",
        "9973041708850003,  validation.nik.region",
        "3170041708850003,  validation.nik.region",
        "3173001708850003,  validation.nik.region",
        "3173043208850003,  validation.nik.date",
        "3173047208850003,  validation.nik.date",
        "3173043002850003,  validation.nik.date",
        "3173041713850003,  validation.nik.date",
        "3173047102850003,  validation.nik.date",
    })
    void badNiksSayWhatIsWrong(String nik, String problem) {
        assertThat(IdentityNumbers.nikProblem(nik)).contains(problem);
    }

    @Test
    void february29thOnlyInLeapYears() {
        assertThat(IdentityNumbers.nikProblem("3173042902000001")).isEmpty();
        assertThat(IdentityNumbers.nikProblem("3173042902010001")).contains("validation.nik.date");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "3173041203150007, ''",
        "317304120315000,  validation.kk.length",
        "3173O41203150007, validation.kk.digits",
        "0073041203150007, validation.kk.region",
        "3173045203150007, validation.kk.date",
        "3173041203150000, validation.kk.serial",
    })
    void familyCardNumbers(String kk, String problem) {
        assertThat(IdentityNumbers.kkProblem(kk)).isEqualTo(problem.isEmpty() ? Optional.empty() : Optional.of(problem));
    }

    @Test
    void regionCodesFollowKemendagriLevels() {
        assertThat(RegionCode.parse("33.73.04.1001").dotted()).isEqualTo("33.73.04.1001");
        assertThat(RegionCode.parse("3373041001").isCity()).isTrue();
        assertThat(RegionCode.parse("3201012001").isCity()).isFalse();
        assertThat(RegionCode.problemWith("3373043001")).contains("validation.region.village");
        assertThat(RegionCode.problemWith("3373041000")).contains("validation.region.village");
        assertThat(RegionCode.problemWith("3300041001")).contains("validation.region.regency");
        assertThat(RegionCode.problemWith("33730")).contains("validation.region.format");
    }

    /** The outside probe registered one person twice with fullwidth digits, and dodged "serial 0000" with them. */
    @Test
    void onlyAsciiDigitsMakeANumber() {
        assertThat(IdentityNumbers.nikProblem("\uFF13\uFF11\uFF17\uFF13\uFF10\uFF14\uFF11\uFF17\uFF10\uFF18"
                + "\uFF18\uFF15\uFF10\uFF10\uFF10\uFF13")).contains("validation.nik.digits");
        assertThat(IdentityNumbers.nikProblem("317304170885\u0660\u0660\u0660\u0660")).contains("validation.nik.digits");
        assertThat(IdentityNumbers.kkProblem("3173041708850\u0663\u0660\u0660")).contains("validation.kk.digits");
    }
}
