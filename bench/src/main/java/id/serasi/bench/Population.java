package id.serasi.bench;

import id.serasi.bench.IndonesianData.Person;
import id.serasi.bench.IndonesianData.Place;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a large case population straight into PostgreSQL with COPY: beneficiaries, ATENSI cases (a share open,
 * standing where a walked template case of the same unit stands; the rest closed with their outcomes), plans with
 * service forms and case notes. The open cases get their engine rows from {@link EngineClones}, so the engine and
 * Serasi's task inbox hold one open task per open case.
 */
final class Population {

    static final String GENERATOR = "bench-generator";
    private static final int CHUNK = 20_000;
    private static final String[] TARGET_GROUPS = {"ANAK", "DISABILITAS", "LANSIA", "NAPZA", "TUNA_SOSIAL_PERDAGANGAN",
        "KORBAN_BENCANA", "PPKS_LAIN"};
    private static final Map<String, String[]> PROBLEMS = Map.of(
            "ANAK", new String[] {"Anak terlantar tanpa pengasuhan orang tua, putus sekolah sejak kelas empat.",
                "Anak berhadapan dengan hukum, butuh pendampingan psikososial dan keluarga.",
                "Anak korban kekerasan dalam rumah tangga, trauma dan menarik diri."},
            "DISABILITAS", new String[] {"Penyandang disabilitas fisik belum memiliki alat bantu kursi roda.",
                "Disabilitas mental dipasung keluarga selama dua tahun.",
                "Disabilitas netra membutuhkan pelatihan orientasi mobilitas dan keterampilan pijat."},
            "LANSIA", new String[] {"Lanjut usia hidup sendiri tanpa dukungan keluarga, sering sakit.",
                "Lansia terlantar ditemukan di pasar, tidak ingat alamat keluarga.",
                "Lansia dengan demensia ringan, keluarga kewalahan merawat."},
            "NAPZA", new String[] {"Korban penyalahgunaan NAPZA sabu, ingin berhenti dan kembali bekerja.",
                "Pecandu ganja rujukan BNN untuk rehabilitasi sosial rawat jalan."},
            "TUNA_SOSIAL_PERDAGANGAN", new String[] {"Korban perdagangan orang dipulangkan dari Malaysia lewat Nunukan.",
                "Gelandangan dan pengemis di sekitar terminal, tidak memiliki identitas."},
            "KORBAN_BENCANA", new String[] {"Korban banjir kehilangan rumah dan mata pencaharian.",
                "Korban gempa bumi mengungsi, anak-anak trauma."},
            "PPKS_LAIN", new String[] {"Keluarga rentan tanpa penghasilan tetap, tunggakan sewa rumah.",
                "Mantan warga binaan pemasyarakatan sulit diterima lingkungan."});
    private static final String[] NOTES = {
        "Kunjungan rumah: keluarga kooperatif, kondisi tempat tinggal lembap dan sempit.",
        "Koordinasi dengan Dinas Sosial kabupaten untuk surat keterangan tidak mampu.",
        "Penerima manfaat mengikuti sesi terapi kelompok, mulai terbuka bercerita.",
        "Pendamping melaporkan kemajuan keterampilan menjahit dan rencana usaha kecil.",
        "Rujukan ke puskesmas untuk pemeriksaan kesehatan dan imunisasi anak.",
        "Konseling keluarga: orang tua sepakat mengurangi hukuman fisik.",
        "Bantuan alat bantu dengar sudah diterima, perlu pelatihan penggunaan.",
        "Penerima manfaat absen dua sesi karena panen, dijadwalkan ulang."};
    private static final String[] SERVICE_FORMS = {"DECENT_LIVING", "SOCIAL_CARE", "FAMILY_SUPPORT", "THERAPY",
        "VOCATIONAL_TRAINING", "SOCIAL_ASSISTANCE", "ACCESSIBILITY"};

    /** A walked case whose engine rows open cases of its unit copy, and the stage it stands in. */
    record Template(String unitCode, String processInstanceId, String stage, String caseManager) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    Population(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Whether {@code schema} holds the population of an earlier run of this size (for {@code --reuse}). */
    static boolean holds(String schema, int cases) {
        try (Connection connection = DriverManager.getConnection(SerasiNode.SERVER, SerasiNode.USER, "");
             PreparedStatement count = connection.prepareStatement("select count(*) from " + schema
                     + ".atensi_case where registered_by = ?")) {
            count.setString(1, GENERATOR);
            try (ResultSet result = count.executeQuery()) {
                return result.next() && result.getLong(1) == cases;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** The 27 units beyond the realm file's four, so that cases spread over 31 units. */
    void addUnits() {
        for (Place place : IndonesianData.UNITS) {
            if (place.unitName() != null) {
                jdbc.update("insert into unit (code, name, kind, city, region_code, time_zone) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (code) do nothing", place.unitCode(), place.unitName(),
                        place.unitName().startsWith("Sentra") ? "SENTRA" : place.unitName().startsWith("Balai") ? "BALAI" : "LOKA",
                        place.city(), place.regency(), place.timeZone());
            }
        }
    }

    /**
     * {@code cases} new beneficiaries and cases; {@code open} of them open, spread over the templates of their unit
     * (their process instance column holds the template's until {@link EngineClones} gives each its own).
     */
    void generate(int cases, int open, Map<String, List<Template>> templates) {
        IndonesianData data = new IndonesianData(2026);
        Random random = data.random();
        long firstBeneficiary = next("beneficiary");
        long firstCase = next("atensi_case");
        int[] perYear = new int[3];
        StringBuilder people = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        Instant start = LocalDate.of(2024, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long span = java.time.Duration.ofDays(750).toSeconds();
        for (int i = 0; i < cases; i++) {
            Place place = IndonesianData.UNITS.get(i % IndonesianData.UNITS.size());
            String group = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
            int[] ages = switch (group) {
                case "ANAK" -> new int[] {5, 17};
                case "LANSIA" -> new int[] {60, 90};
                default -> new int[] {18, 59};
            };
            Person p = data.person(place, ages[0], ages[1]);
            long beneficiaryId = firstBeneficiary + i;
            long caseId = firstCase + i;
            Instant opened = start.plusSeconds((long) (random.nextDouble() * span));
            int year = opened.atZone(ZoneOffset.UTC).getYear();
            String caseNumber = String.format("ATN-%d-%06d", year, 100_000 + perYear[year - 2024]++);
            row(people, beneficiaryId, p.nik(), p.kk(), p.fullName(), p.fullName().toLowerCase(),
                    p.female() ? "FEMALE" : "MALE", p.birthDate(), p.address(), p.village(), p.latitude(), p.longitude(),
                    p.decile(), random.nextInt(7) == 0, opened);
            boolean isOpen = i < open;
            Template template = isOpen ? pick(templates.get(place.unitCode()), random) : null;
            String[] problems = PROBLEMS.get(group);
            String outcome = isOpen ? null : closedOutcome(random);
            String priority = random.nextInt(10) == 0 ? "TINGGI" : random.nextInt(25) == 0 ? "DARURAT"
                    : random.nextInt(3) == 0 ? "RENDAH" : "SEDANG";
            row(rows, caseId, caseNumber, beneficiaryId, place.unitCode(), group,
                    data.pick(new String[] {"FAMILY", "COMMUNITY", "RESIDENTIAL"}),
                    data.pick(new String[] {"REFERRAL", "OUTREACH", "WALK_IN", "CALL_CENTRE_171", "ONLINE", "CEK_BANSOS"}),
                    "DARURAT".equals(priority), problems[random.nextInt(problems.length)],
                    isOpen ? template.stage() : "CLOSED", isOpen ? "OPEN" : "CLOSED", outcome, priority,
                    !"REFERRED".equals(outcome), isOpen ? template.caseManager() : "pekerja." + place.unitCode(),
                    GENERATOR, isOpen ? template.processInstanceId() : null, isOpen ? beneficiaryId : null, opened,
                    isOpen ? null : opened.plusSeconds(86_400L * (30 + random.nextInt(200))));
            if ((i + 1) % CHUNK == 0 || i == cases - 1) {
                copy("beneficiary (id, nik, kk, full_name, normalized_name, gender, birth_date, address, region_code,"
                        + " latitude, longitude, dtsen_decile, disability, created_at)", people);
                copy("atensi_case (id, case_number, beneficiary_id, unit_code, target_group, setting, intake_channel,"
                        + " emergency, problem, stage, status, outcome, priority, eligible, case_manager, registered_by,"
                        + " process_instance_id, open_beneficiary_id, opened_at, closed_at)", rows);
            }
        }
        restartIdentity("beneficiary");
        restartIdentity("atensi_case");
        plansAndNotes();
        jdbc.execute("analyze");
    }

    private void plansAndNotes() {
        StringBuilder forms = new StringBuilder("case c.id % 7");
        for (int i = 0; i < SERVICE_FORMS.length; i++) {
            forms.append(" when ").append(i).append(" then '").append(SERVICE_FORMS[i]).append(",")
                    .append(SERVICE_FORMS[(i + 3) % SERVICE_FORMS.length]).append("'");
        }
        jdbc.update("insert into intervention_plan (case_id, revision, author, created_at, goals, service_forms, setting,"
                + " team, schedule, success_indicators, status) select c.id, 1, c.case_manager, c.opened_at + interval '20 days',"
                + " 'Fungsi sosial pulih; keluarga mampu mendampingi.', " + forms
                + " end, c.setting, 'Pekerja sosial, psikolog', 'Mingguan selama 12 minggu', 'Skor fungsi sosial naik.',"
                + " 'APPROVED' from atensi_case c where c.registered_by = ? and (c.outcome in ('COMPLETED', 'ENDED_EARLY')"
                + " or c.stage in ('INTERVENTION', 'REINTEGRATION', 'TERMINATION', 'AFTER_CARE'))", GENERATOR);
        StringBuilder notes = new StringBuilder("case c.id % " + NOTES.length);
        for (int i = 0; i < NOTES.length; i++) {
            notes.append(" when ").append(i).append(" then '").append(NOTES[i]).append("'");
        }
        jdbc.update("insert into case_note (case_id, author, created_at, text) select c.id, coalesce(c.case_manager,"
                + " c.registered_by), c.opened_at + interval '7 days', " + notes + " end from atensi_case c"
                + " where c.registered_by = ? and c.id % 3 = 0", GENERATOR);
    }

    private static String closedOutcome(Random random) {
        int roll = random.nextInt(100);
        return roll < 60 ? "COMPLETED" : roll < 80 ? "REFERRED" : roll < 90 ? "ENDED_EARLY"
                : roll < 95 ? "PLAN_REJECTED" : "DUPLICATE";
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private long next(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
    }

    private void restartIdentity(String table) {
        long next = next(table);
        jdbc.execute("alter table " + table + " alter column id restart with " + next);
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            out.append(value == null ? "\\N" : value instanceof Boolean b ? (b ? "t" : "f") : value.toString());
        }
        out.append('\n');
    }

    private void copy(String target, StringBuilder rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + target + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.setLength(0);
    }
}
