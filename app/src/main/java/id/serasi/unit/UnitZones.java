package id.serasi.unit;

import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Each unit's time zone, read once and again only when an unknown unit is asked for (units are added, never
 * moved): deadlines run and dates show in the unit's own zone. Every task's due date asks, so this is no query.
 */
@Component
public class UnitZones {

    private final UnitRepository units;
    private volatile Map<String, ZoneId> zones = Map.of();

    UnitZones(UnitRepository units) {
        this.units = units;
    }

    public ZoneId of(String unitCode) {
        ZoneId zone = find(unitCode);
        if (zone == null) {
            throw new IllegalArgumentException("unknown unit " + unitCode);
        }
        return zone;
    }

    public boolean known(String unitCode) {
        return find(unitCode) != null;
    }

    private ZoneId find(String unitCode) {
        ZoneId zone = zones.get(unitCode);
        if (zone == null) {
            zones = units.findAll().stream().collect(Collectors.toUnmodifiableMap(Unit::getCode, Unit::getTimeZone));
            zone = zones.get(unitCode);
        }
        return zone;
    }
}
