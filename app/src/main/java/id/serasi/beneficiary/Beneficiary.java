package id.serasi.beneficiary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A person receiving ATENSI services (penerima manfaat), identified by NIK. */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String nik;
    private String kk;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "normalized_name")
    private String normalizedName;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String address;
    @Column(name = "region_code")
    private String regionCode;
    private Double latitude;
    private Double longitude;
    @Column(name = "dtsen_decile")
    private Integer dtsenDecile;
    private boolean disability;
    private boolean pregnant;
    private boolean breastfeeding;
    private String phone;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Beneficiary() {
    }

    public Beneficiary(BeneficiaryDetails details, Instant createdAt) {
        this.nik = details.nik();
        this.createdAt = createdAt;
        update(details);
    }

    /** Takes the latest details given at registration; the NIK is the person and never changes. */
    public void update(BeneficiaryDetails details) {
        if (!details.nik().equals(nik)) {
            throw new IllegalArgumentException("NIK of a beneficiary cannot change");
        }
        this.kk = details.kk();
        this.fullName = details.fullName().trim();
        this.normalizedName = normalize(details.fullName());
        this.gender = details.gender();
        this.birthDate = details.birthDate();
        this.address = details.address().trim();
        this.regionCode = details.regionCode();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.dtsenDecile = details.dtsenDecile();
        this.disability = details.disability();
        this.pregnant = details.pregnant();
        this.breastfeeding = details.breastfeeding();
        this.phone = details.phone();
    }

    /** The names of the fields {@link #update} would change (which values, the audit line does not say). */
    public List<String> changesFrom(BeneficiaryDetails details) {
        List<String> changed = new ArrayList<>();
        compare(changed, "kk", kk, details.kk());
        compare(changed, "fullName", fullName, details.fullName().trim());
        compare(changed, "gender", gender, details.gender());
        compare(changed, "birthDate", birthDate, details.birthDate());
        compare(changed, "address", address, details.address().trim());
        compare(changed, "regionCode", regionCode, details.regionCode());
        compare(changed, "geotag", List.of(String.valueOf(latitude), String.valueOf(longitude)),
                List.of(String.valueOf(details.latitude()), String.valueOf(details.longitude())));
        compare(changed, "dtsenDecile", dtsenDecile, details.dtsenDecile());
        compare(changed, "vulnerability", List.of(disability, pregnant, breastfeeding),
                List.of(details.disability(), details.pregnant(), details.breastfeeding()));
        compare(changed, "phone", phone, details.phone());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object was, Object is) {
        if (!Objects.equals(was, is)) {
            changed.add(field);
        }
    }

    /** Lower case, accents folded, one space between words: how names are compared for possible duplicates. */
    public static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().replaceAll("\\s+", " ");
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Kelompok rentan (UU 25/2009): disability, pregnancy, breastfeeding; age is judged by triage. */
    public boolean isVulnerable() {
        return disability || pregnant || breastfeeding;
    }

    public Long getId() {
        return id;
    }

    public String getNik() {
        return nik;
    }

    public String getKk() {
        return kk;
    }

    public String getFullName() {
        return fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getAddress() {
        return address;
    }

    public RegionCode getRegionCode() {
        return new RegionCode(regionCode);
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Integer getDtsenDecile() {
        return dtsenDecile;
    }

    public boolean isDisability() {
        return disability;
    }

    public boolean isPregnant() {
        return pregnant;
    }

    public boolean isBreastfeeding() {
        return breastfeeding;
    }

    public String getPhone() {
        return phone;
    }
}
