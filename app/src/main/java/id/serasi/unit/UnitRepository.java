package id.serasi.unit;

import java.time.ZoneId;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, String> {

    default ZoneId zoneOf(String unitCode) {
        return findById(unitCode).map(Unit::getTimeZone)
                .orElseThrow(() -> new IllegalArgumentException("unknown unit " + unitCode));
    }
}
