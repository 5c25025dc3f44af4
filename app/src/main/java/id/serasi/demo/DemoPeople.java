package id.serasi.demo;

import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.Gender;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Made-up beneficiaries with structurally valid NIKs and KKs, living in districts around each demo unit.
 * Seeded from a fixed number, so every fresh start shows the same people.
 */
final class DemoPeople {

    record Area(String unitCode, String districtCode, String city, double latitude, double longitude) {
    }

    static final List<Area> AREAS = List.of(
            new Area("handayani", "317510", "Cipayung, Jakarta Timur", -6.318, 106.894),
            new Area("handayani", "317501", "Matraman, Jakarta Timur", -6.201, 106.859),
            new Area("inten-soeweno", "320101", "Cibinong, Kabupaten Bogor", -6.481, 106.854),
            new Area("inten-soeweno", "320103", "Citeureup, Kabupaten Bogor", -6.485, 106.884),
            new Area("pangudi-luhur", "327501", "Bekasi Timur, Kota Bekasi", -6.247, 107.017),
            new Area("pangudi-luhur", "327506", "Bantar Gebang, Kota Bekasi", -6.316, 106.991),
            new Area("paramita", "527101", "Ampenan, Kota Mataram", -8.573, 116.079),
            new Area("paramita", "527104", "Cakranegara, Kota Mataram", -8.590, 116.137));

    private static final String[] MEN = {"Ahmad", "Bayu", "Dimas", "Fikri", "Gilang", "Hadi", "Irfan", "Joko", "Made",
        "Nyoman", "Rizki", "Slamet", "Taufik", "Wayan", "Yusuf", "Agus"};
    private static final String[] WOMEN = {"Aisyah", "Bunga", "Dian", "Fitri", "Intan", "Kartini", "Lestari", "Mawar",
        "Nurul", "Putu", "Ratna", "Siti", "Tari", "Wulan", "Yuni", "Ketut"};
    private static final String[] FAMILY = {"Saputra", "Hidayat", "Kurniawan", "Wibowo", "Siregar", "Nasution",
        "Lubis", "Rahmawati", "Pratiwi", "Setiawan", "Gunawan", "Suryani", "Harahap", "Tanjung", "Suardana", "Sumarni"};

    private final Random random = new Random(2026);
    private int serial;

    BeneficiaryDetails person(Area area, int ageFrom, int ageTo) {
        Gender gender = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
        String first = (gender == Gender.FEMALE ? WOMEN : MEN)[random.nextInt(16)];
        String name = first + " " + FAMILY[random.nextInt(FAMILY.length)];
        LocalDate birth = LocalDate.of(2026 - ageFrom - random.nextInt(ageTo - ageFrom + 1), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        serial++;
        int day = birth.getDayOfMonth() + (gender == Gender.FEMALE ? 40 : 0);
        String nik = area.districtCode() + String.format("%02d%02d%02d%04d", day, birth.getMonthValue(),
                birth.getYear() % 100, serial);
        LocalDate issued = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String kk = area.districtCode() + String.format("%02d%02d%02d%04d", issued.getDayOfMonth(),
                issued.getMonthValue(), issued.getYear() % 100, 100 + serial);
        String village = area.districtCode() + (area.districtCode().charAt(2) >= '7' ? "100" : "200") + (1 + random.nextInt(8));
        double lat = area.latitude() + (random.nextDouble() - 0.5) * 0.04;
        double lon = area.longitude() + (random.nextDouble() - 0.5) * 0.04;
        boolean disability = random.nextInt(6) == 0;
        return new BeneficiaryDetails(nik, kk, name, gender, birth,
                "Jl. " + FAMILY[random.nextInt(FAMILY.length)] + " No. " + (1 + random.nextInt(120)) + ", " + area.city(),
                village, lat, lon, 1 + random.nextInt(4), disability, false, false,
                "08" + (1000000000L + random.nextInt(900000000)));
    }
}
