package id.serasi.ui;

import id.serasi.unit.Unit;
import id.serasi.unit.UnitRepository;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Each unit's time zone, read once: a unit's deadlines and dates show in its own zone. */
@Component
public class UnitZones {

    private final UnitRepository units;
    private volatile Map<String, ZoneId> zones;

    UnitZones(UnitRepository units) {
        this.units = units;
    }

    public ZoneId of(String unitCode) {
        Map<String, ZoneId> known = zones;
        if (known == null || !known.containsKey(unitCode)) {
            known = units.findAll().stream().collect(Collectors.toUnmodifiableMap(Unit::getCode, Unit::getTimeZone));
            zones = known;
        }
        return known.getOrDefault(unitCode, Formats.DEFAULT_ZONE);
    }
}
