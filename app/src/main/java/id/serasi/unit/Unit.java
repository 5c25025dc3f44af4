package id.serasi.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A Sentra Terpadu, Sentra, Balai or Loka. A case belongs to one unit; its deadlines run on the unit's zone. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    private String code;
    private String name;
    private String kind;
    private String city;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "time_zone")
    private String timeZone;

    protected Unit() {
    }

    public Unit(String code, String name, String kind, String city, String regionCode, ZoneId timeZone) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.city = city;
        this.regionCode = regionCode;
        this.timeZone = timeZone.getId();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getCity() {
        return city;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }
}
