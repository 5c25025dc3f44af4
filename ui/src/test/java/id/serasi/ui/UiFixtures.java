package id.serasi.ui;

import id.serasi.atensi.CareSetting;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.TargetGroup;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.Gender;
import id.serasi.security.RealmFile;
import id.serasi.security.Staff;
import java.nio.file.Path;
import java.time.LocalDate;

/** The realm file's people, and cases registered for the UI tests. */
final class UiFixtures {

    private static final RealmFile REALM = RealmFile.load(Path.of("../keycloak-realm/serasi-realm.json"));

    private UiFixtures() {
    }

    static Staff staff(String username) {
        return REALM.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().asStaff();
    }

    /** Registers the n-th man of Cipayung (NIK serial n) in Sentra "Handayani", as Ayu; answers the case number. */
    static String register(RegisteringCase registering, int n, String name, TargetGroup group) {
        LocalDate birth = LocalDate.of(1980 + n % 20, 1 + n % 12, 1 + n % 28);
        String nik = String.format("317510%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100, n);
        BeneficiaryDetails person = new BeneficiaryDetails(nik, "3175101203150007", name, Gender.MALE, birth,
                "Jl. Melati " + n + ", Cipayung", "3175101003", -6.318, 106.894, 2, false, false, false, null);
        Registration r = registering.register(person, new Intake(group, CareSetting.FAMILY, IntakeChannel.WALK_IN, false,
                "Terlantar; membutuhkan pendampingan."), "handayani", true, staff("ayu.lestari"));
        return ((Registration.Registered) r).caseNumber();
    }
}
