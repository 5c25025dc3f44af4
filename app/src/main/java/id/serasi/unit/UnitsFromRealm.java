package id.serasi.unit;

import id.serasi.common.StartupStep;
import id.serasi.security.RealmFile;
import java.time.ZoneId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The unit groups of the realm file are the units: added at start-up when new, so both always agree. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnitsFromRealm implements StartupStep {

    private final RealmFile realm;
    private final UnitRepository units;

    UnitsFromRealm(RealmFile realm, UnitRepository units) {
        this.realm = realm;
        this.units = units;
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (RealmFile.UnitGroup group : realm.units()) {
            if (!units.existsById(group.code())) {
                units.save(new Unit(group.code(), group.name(), group.kind(), group.city(), group.regionCode(),
                        ZoneId.of(group.timeZone())));
            }
        }
    }
}
