package id.serasi.bench;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Made-up but realistic Indonesian people for the benchmarks: names from several of the country's naming
 * traditions, structurally valid NIKs and KKs (region + date, women's day + 40, serial from 0001) issued in real
 * regencies and cities, and homes scattered around the centre of the unit's city. Seeded, so every run builds the
 * same population.
 */
final class IndonesianData {

    /** A ministry unit and the regency/city it serves (Kemendagri code, centre, time zone). */
    record Place(String unitCode, String unitName, String regency, String city, double latitude, double longitude,
                 String timeZone) {
    }

    record Person(String nik, String kk, String fullName, boolean female, LocalDate birthDate, String address,
                  String village, double latitude, double longitude, int decile) {
    }

    /** 31 units: the four of the realm file, then 27 more Sentra, Balai and Loka across the provinces. */
    static final List<Place> UNITS = List.of(
            new Place("handayani", null, "3175", "Jakarta Timur", -6.225, 106.900, "Asia/Jakarta"),
            new Place("inten-soeweno", null, "3201", "Kabupaten Bogor", -6.481, 106.854, "Asia/Jakarta"),
            new Place("pangudi-luhur", null, "3275", "Kota Bekasi", -6.238, 106.975, "Asia/Jakarta"),
            new Place("paramita", null, "5271", "Kota Mataram", -8.583, 116.116, "Asia/Makassar"),
            new Place("bahagia-medan", "Sentra \"Bahagia\" Medan", "1271", "Kota Medan", 3.595, 98.672, "Asia/Jakarta"),
            new Place("insyaf-medan", "Sentra \"Insyaf\" Medan", "1275", "Kota Binjai", 3.600, 98.485, "Asia/Jakarta"),
            new Place("alyatama-jambi", "Sentra \"Alyatama\" Jambi", "1571", "Kota Jambi", -1.610, 103.613, "Asia/Jakarta"),
            new Place("budi-perkasa-palembang", "Sentra \"Budi Perkasa\" Palembang", "1671", "Kota Palembang", -2.976, 104.775, "Asia/Jakarta"),
            new Place("rumbai-pekanbaru", "Sentra \"Rumbai\" Pekanbaru", "1471", "Kota Pekanbaru", 0.507, 101.448, "Asia/Jakarta"),
            new Place("abiseka-pekanbaru", "Loka \"Abiseka\" Pekanbaru", "1471", "Kota Pekanbaru", 0.530, 101.420, "Asia/Jakarta"),
            new Place("darussaadah-aceh", "Balai \"Darussa'adah\" Aceh", "1171", "Kota Banda Aceh", 5.548, 95.323, "Asia/Jakarta"),
            new Place("andam-dewi-padang", "Sentra \"Andam Dewi\" Solok", "1372", "Kota Solok", -0.790, 100.655, "Asia/Jakarta"),
            new Place("phalamartha-sukabumi", "Sentra \"Phalamartha\" Sukabumi", "3272", "Kota Sukabumi", -6.922, 106.927, "Asia/Jakarta"),
            new Place("wyata-guna-bandung", "Sentra \"Wyata Guna\" Bandung", "3273", "Kota Bandung", -6.914, 107.610, "Asia/Jakarta"),
            new Place("galih-pakuan-bogor", "Sentra \"Galih Pakuan\" Bogor", "3271", "Kota Bogor", -6.595, 106.816, "Asia/Jakarta"),
            new Place("margo-laras-pati", "Sentra \"Margo Laras\" Pati", "3318", "Kabupaten Pati", -6.755, 111.038, "Asia/Jakarta"),
            new Place("kartini-temanggung", "Sentra \"Kartini\" Temanggung", "3323", "Kabupaten Temanggung", -7.316, 110.175, "Asia/Jakarta"),
            new Place("prof-soeharso-surakarta", "Sentra \"Prof. Dr. Soeharso\" Surakarta", "3372", "Kota Surakarta", -7.566, 110.817, "Asia/Jakarta"),
            new Place("antasena-magelang", "Sentra \"Antasena\" Magelang", "3371", "Kota Magelang", -7.479, 110.218, "Asia/Jakarta"),
            new Place("satria-baturraden", "Sentra \"Satria\" Baturraden", "3302", "Kabupaten Banyumas", -7.313, 109.230, "Asia/Jakarta"),
            new Place("terpadu-yogyakarta", "Sentra Terpadu Yogyakarta", "3471", "Kota Yogyakarta", -7.797, 110.370, "Asia/Jakarta"),
            new Place("ciung-wanara-bogor", "Loka \"Ciung Wanara\" Bogor", "3201", "Kabupaten Bogor", -6.560, 106.770, "Asia/Jakarta"),
            new Place("mahatmiya-bali", "Sentra \"Mahatmiya\" Bali", "5103", "Kabupaten Badung", -8.581, 115.177, "Asia/Makassar"),
            new Place("naibonat-kupang", "Sentra \"Naibonat\" Kupang", "5303", "Kabupaten Kupang", -10.060, 123.900, "Asia/Makassar"),
            new Place("nipotowe-palu", "Sentra \"Nipotowe\" Palu", "7271", "Kota Palu", -0.900, 119.870, "Asia/Makassar"),
            new Place("wirajaya-makassar", "Sentra \"Wirajaya\" Makassar", "7371", "Kota Makassar", -5.147, 119.432, "Asia/Makassar"),
            new Place("gau-mabaji-gowa", "Sentra \"Gau Mabaji\" Gowa", "7306", "Kabupaten Gowa", -5.312, 119.742, "Asia/Makassar"),
            new Place("tumou-tou-manado", "Sentra \"Tumou Tou\" Manado", "7171", "Kota Manado", 1.474, 124.842, "Asia/Makassar"),
            new Place("budi-luhur-banjarbaru", "Sentra \"Budi Luhur\" Banjarbaru", "6372", "Kota Banjarbaru", -3.442, 114.833, "Asia/Makassar"),
            new Place("mulya-jaya-jakarta", "Sentra \"Mulya Jaya\" Jakarta", "3175", "Jakarta Timur", -6.318, 106.894, "Asia/Jakarta"),
            new Place("jayapura", "Loka Rehabilitasi Sosial Jayapura", "9171", "Kota Jayapura", -2.533, 140.717, "Asia/Jayapura"));

    private static final String[] MEN = {"Ahmad", "Agus", "Bambang", "Bayu", "Budi", "Dedi", "Dimas", "Eko", "Fajar",
        "Fikri", "Gilang", "Hadi", "Hendra", "Irfan", "Joko", "Kadek", "Made", "Muhammad", "Nyoman", "Rizki", "Rudi",
        "Slamet", "Sutrisno", "Taufik", "Teguh", "Wayan", "Yohanes", "Yusuf", "Andi", "Daeng", "Poltak", "Ucok"};
    private static final String[] WOMEN = {"Aisyah", "Ani", "Bunga", "Dewi", "Dian", "Endang", "Fitri", "Indah",
        "Intan", "Kartini", "Ketut", "Lestari", "Mawar", "Nurul", "Putri", "Putu", "Ratna", "Rina", "Sari", "Siti",
        "Sri", "Tari", "Utami", "Wahyuni", "Wulan", "Yuni", "Maria", "Theresia", "Butet", "Nur", "Ika", "Rahayu"};
    private static final String[] FAMILY = {"Saputra", "Hidayat", "Kurniawan", "Wibowo", "Siregar", "Nasution",
        "Lubis", "Rahmawati", "Pratiwi", "Setiawan", "Gunawan", "Suryani", "Harahap", "Tanjung", "Suardana", "Sumarni",
        "Simanjuntak", "Hutapea", "Pardede", "Sinaga", "Manurung", "Situmorang", "Wijaya", "Santoso", "Susanto",
        "Handayani", "Purnomo", "Nugroho", "Prasetyo", "Hakim", "Syahputra", "Rangkuti", "Mahendra", "Pangaribuan",
        "Tambunan", "Sembiring", "Ginting", "Tarigan", "Rumbewas", "Wanggai", "Mandagi", "Lumban Gaol", "Batubara",
        "Daulay", "Effendi", "Halim", "Iskandar", "Kusuma", "Lim", "Maulana", "Nainggolan", "Pohan", "Ramadhan",
        "Sitompul", "Wulandari", "Yulianti", "Zainuddin", "Anggraini", "Fauzi", "Permana", "Sitorus", "Latuconsina",
        "Pattimura", "Rahman"};
    private static final String[] STREETS = {"Merdeka", "Sudirman", "Diponegoro", "Gajah Mada", "Ahmad Yani",
        "Pahlawan", "Kartini", "Cendrawasih", "Melati", "Mawar", "Kenanga", "Flamboyan", "Veteran", "Pemuda",
        "Imam Bonjol", "Hasanuddin", "Sisingamangaraja", "Pattimura", "Teuku Umar", "Cut Nyak Dien"};

    private final Random random;
    private final Set<String> niks = new HashSet<>();
    private int kkSerial;

    IndonesianData(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** Someone living around the unit's city, aged {@code ageFrom}–{@code ageTo} in 2026. */
    Person person(Place place, int ageFrom, int ageTo) {
        boolean female = random.nextBoolean();
        String[] first = female ? WOMEN : MEN;
        String name = random.nextInt(8) == 0 ? first[random.nextInt(first.length)]
                : first[random.nextInt(first.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
        if (random.nextInt(5) == 0) {
            name = first[random.nextInt(first.length)] + " " + name;
        }
        String district = place.regency() + String.format("%02d", 1 + random.nextInt(12));
        LocalDate birth;
        String nik;
        do {
            birth = LocalDate.of(2026 - ageFrom - random.nextInt(ageTo - ageFrom + 1), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            nik = district + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
                    birth.getMonthValue(), birth.getYear() % 100, 1 + random.nextInt(9999));
        } while (!niks.add(nik));
        LocalDate issued = LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
        kkSerial = kkSerial % 9999 + 1;
        String kk = district + String.format("%02d%02d%02d%04d", issued.getDayOfMonth(), issued.getMonthValue(),
                issued.getYear() % 100, kkSerial);
        boolean city = Integer.parseInt(place.regency().substring(2)) >= 71;
        String village = district + (city ? "1" : "2") + String.format("%03d", 1 + random.nextInt(20));
        String address = "Jl. " + STREETS[random.nextInt(STREETS.length)] + " No. " + (1 + random.nextInt(150))
                + ", RT " + String.format("%03d", 1 + random.nextInt(15)) + "/RW " + String.format("%03d", 1 + random.nextInt(9))
                + ", " + place.city();
        double lat = place.latitude() + random.nextGaussian() * 0.08;
        double lon = place.longitude() + random.nextGaussian() * 0.08;
        return new Person(nik, kk, name, female, birth, address, village, lat, lon, 1 + random.nextInt(4));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
