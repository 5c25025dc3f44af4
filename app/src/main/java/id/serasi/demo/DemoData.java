package id.serasi.demo;

import id.serasi.common.StartupStep;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.CaseRepository;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.TargetGroup;
import id.serasi.security.RealmFile;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo: 32 beneficiaries whose cases stand in every stage of the lifecycle, walked there
 * through the same use cases the UI calls. Runs once, on an empty database; never in production.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty(name = "serasi.demo-data", havingValue = "true")
class DemoData implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CaseRepository cases;
    private final RegisteringCase registering;
    private final DemoWalker walker;
    private final RealmFile realm;

    DemoData(CaseRepository cases, RegisteringCase registering, DemoWalker walker, RealmFile realm) {
        this.cases = cases;
        this.registering = registering;
        this.walker = walker;
        this.realm = realm;
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public String name() {
        return "demo-data";
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases.count() > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        DemoPeople people = new DemoPeople();
        DemoWalker.Target[] targets = DemoWalker.Target.values();
        TargetGroup[] groups = TargetGroup.values();
        for (int i = 0; i < 32; i++) {
            DemoPeople.Area area = DemoPeople.AREAS.get(i % DemoPeople.AREAS.size());
            TargetGroup group = groups[i % groups.length];
            int[] ages = switch (group) {
                case ANAK -> new int[] {6, 17};
                case LANSIA -> new int[] {60, 85};
                default -> new int[] {18, 59};
            };
            Staff worker = staffOf(area.unitCode(), Role.SOCIAL_WORKER).get(i % 2);
            Intake intake = new Intake(group, CareSetting.values()[i % 3], IntakeChannel.values()[i % 6], i % 11 == 0,
                    "Kondisi awal penerima manfaat memerlukan asistensi rehabilitasi sosial (" + group + ").");
            Registration registration = registering.register(people.person(area, ages[0], ages[1]), intake,
                    area.unitCode(), true, worker);
            if (registration instanceof Registration.Registered registered) {
                walker.walk(registered.caseNumber(), targets[i % targets.length], worker,
                        staffOf(area.unitCode(), Role.SUPERVISOR).get(0));
            } else {
                log.warn("demo registration {} not accepted: {}", i, registration);
            }
        }
        log.info("Demo data: {} cases in every stage, seeded in {} ms", cases.count(),
                System.currentTimeMillis() - started);
    }

    private List<Staff> staffOf(String unit, Role role) {
        return realm.users().stream().filter(RealmFile.RealmUser::enabled).map(RealmFile.RealmUser::asStaff)
                .filter(s -> s.belongsTo(unit) && s.has(role)).toList();
    }
}
