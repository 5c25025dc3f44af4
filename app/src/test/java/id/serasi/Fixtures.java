package id.serasi;

import id.serasi.atensi.CareSetting;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.TargetGroup;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.Gender;
import id.serasi.security.RealmFile;
import id.serasi.security.Staff;
import java.nio.file.Path;
import java.time.LocalDate;

/** Named people from the realm file, and small builders of registration input. */
public final class Fixtures {

    private static final RealmFile REALM = RealmFile.load(Path.of("../keycloak-realm/serasi-realm.json"));

    private Fixtures() {
    }

    public static Staff staff(String username) {
        return REALM.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().asStaff();
    }

    /** Social workers and supervisors of Sentra "Handayani" Jakarta, and one of Sentra "Paramita" Mataram. */
    public static Staff ayu() {
        return staff("ayu.lestari");
    }

    public static Staff budi() {
        return staff("budi.santoso");
    }

    public static Staff citra() {
        return staff("citra.wulandari");
    }

    /** Both social worker and supervisor at Handayani: the one who may write a plan and approve others'. */
    public static Staff dani() {
        return staff("dani.kurniawan");
    }

    /** Social workers and the supervisor of Sentra Terpadu "Inten Soeweno" Cibinong. */
    public static Staff dewi() {
        return staff("dewi.anggraini");
    }

    public static Staff eko() {
        return staff("eko.prasetyo");
    }

    public static Staff fajar() {
        return staff("fajar.nugroho");
    }

    public static Staff joko() {
        return staff("joko.susilo");
    }

    public static Staff lalu() {
        return staff("lalu.hamdani");
    }

    private static final String[] FIRST = {"Siti", "Dewi", "Ratna", "Wulan", "Intan", "Fitri", "Yuni", "Nurul"};
    private static final String[] LAST = {"Rahmawati", "Lestari", "Pratiwi", "Suryani", "Handayani", "Sumarni"};

    /** The n-th woman of Cipayung, Jakarta Timur, each with her own name, birth date and NIK (day + 40). */
    public static BeneficiaryDetails woman(int n) {
        LocalDate birth = LocalDate.of(1960 + n % 40, 1 + n % 12, 1 + n % 28);
        return womanBorn(n, FIRST[n % FIRST.length] + " " + LAST[n / FIRST.length % LAST.length], birth);
    }

    /** A woman with the given name and birth date, NIK serial n. */
    public static BeneficiaryDetails womanBorn(int n, String name, LocalDate birth) {
        String nik = String.format("317510%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(),
                birth.getYear() % 100, n);
        return new BeneficiaryDetails(nik, "3175101203150007", name, Gender.FEMALE, birth,
                "Jl. Bambu Apus Raya No. " + n + ", Cipayung", "3175101003", -6.318, 106.894, 2, false, false, false,
                "081234567890");
    }

    public static Intake intake() {
        return new Intake(TargetGroup.PPKS_LAIN, CareSetting.FAMILY, IntakeChannel.WALK_IN, false,
                "Terlantar setelah kehilangan pekerjaan; membutuhkan pendampingan.");
    }
}
