package id.serasi.bench;

import id.serasi.atensi.CareSetting;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.TargetGroup;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.Gender;
import id.serasi.bench.IndonesianData.Person;
import id.serasi.bench.IndonesianData.Place;
import id.serasi.bench.Population.Template;
import id.serasi.demo.DemoWalker;
import id.serasi.demo.DemoWalker.Target;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One real case per unit and stage, registered and walked through Serasi's use cases (as the demo data is), whose
 * engine rows the generated open cases copy.
 */
final class Templates {

    private static final List<Target> STANDING = List.of(Target.ELIGIBILITY, Target.ASSESSMENT, Target.PLANNING,
            Target.APPROVAL, Target.INTERVENTION, Target.EVALUATION, Target.TERMINATION_APPROVAL);

    private Templates() {
    }

    static Map<String, List<Template>> walk(SerasiNode node) {
        RegisteringCase registering = node.bean(RegisteringCase.class);
        DemoWalker walker = node.bean(DemoWalker.class);
        IndonesianData data = new IndonesianData(31);
        for (Place place : IndonesianData.UNITS) {
            for (Target target : STANDING) {
                String caseNumber = register(registering, data, place);
                walker.walk(caseNumber, target, SerasiNode.worker(place.unitCode()),
                        SerasiNode.supervisor(place.unitCode()));
            }
        }
        return new JdbcTemplate(node.dataSource()).query("select unit_code, process_instance_id, stage, case_manager"
                        + " from atensi_case where status = 'OPEN'",
                (rs, n) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream().collect(Collectors.groupingBy(Template::unitCode));
    }

    /** A new case in the unit; throws when Serasi refuses it, since the generated data would then be wrong. */
    static String register(RegisteringCase registering, IndonesianData data, Place place) {
        Person p = data.person(place, 18, 59);
        BeneficiaryDetails person = new BeneficiaryDetails(p.nik(), p.kk(), p.fullName(),
                p.female() ? Gender.FEMALE : Gender.MALE, p.birthDate(), p.address(), p.village(), p.latitude(),
                p.longitude(), p.decile(), false, false, false, "0812" + p.nik().substring(8));
        Intake intake = new Intake(TargetGroup.PPKS_LAIN, CareSetting.FAMILY, IntakeChannel.WALK_IN, false,
                "Keluarga rentan tanpa penghasilan tetap, membutuhkan asistensi rehabilitasi sosial.");
        Registration registration = registering.register(person, intake, place.unitCode(), true,
                SerasiNode.worker(place.unitCode()));
        if (registration instanceof Registration.Registered registered) {
            return registered.caseNumber();
        }
        throw new IllegalStateException("registration refused in " + place.unitCode() + ": " + registration);
    }
}
