package id.serasi.demo;

import id.serasi.common.StartupStep;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.Completion;
import id.serasi.whistleblowing.Conclusion;
import id.serasi.whistleblowing.Filing;
import id.serasi.whistleblowing.FilingReport;
import id.serasi.whistleblowing.HandlingReport;
import id.serasi.whistleblowing.ReadingReport;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportDetails;
import id.serasi.whistleblowing.ReportInput;
import id.serasi.whistleblowing.ScreeningResult;
import id.serasi.whistleblowing.Severity;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's whistleblowing reports, one at each step the investigation team sees: awaiting screening, waiting for
 * the reporter, under investigation by Nur Hidayah, and closed. Receipt codes are not kept or logged: to try the
 * portal, file a report there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnProperty(name = "serasi.demo-data", havingValue = "true")
class DemoReports implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final FilingReport filing;
    private final HandlingReport handling;
    private final ReadingReport reading;
    private final StaffDirectory directory;

    DemoReports(FilingReport filing, HandlingReport handling, ReadingReport reading, StaffDirectory directory) {
        this.filing = filing;
        this.handling = handling;
        this.reading = reading;
        this.directory = directory;
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public String name() {
        return "demo-reports";
    }

    @Override
    public void run(ApplicationArguments args) {
        Staff lead = staff("maria.simanjuntak");
        if (!reading.list(lead).isEmpty()) {
            return;
        }
        Staff nur = staff("nur.hidayah");
        file(ReportCategory.GRATIFIKASI, "Petugas pendamping meminta imbalan agar nama keluarga kami masuk daftar"
                + " penerima bantuan atensi.", "handayani");
        String waiting = file(ReportCategory.PENYALAHGUNAAN_WEWENANG, "Kendaraan dinas sentra dipakai untuk keperluan"
                + " pribadi setiap akhir pekan.", "paramita");
        act(waiting, new ReportInput.Screening(ScreeningResult.INCOMPLETE, null, null,
                "Apakah Anda mengetahui nomor polisi kendaraan tersebut?", null, null), lead);
        String investigating = file(ReportCategory.KKN, "Pengadaan makanan penerima manfaat diberikan kepada"
                + " perusahaan milik keluarga pejabat pengadaan.", "pangudi-luhur");
        act(investigating, complete(ReportCategory.KKN, Severity.BERAT), lead);
        act(investigating, new ReportInput.Assignment("nur.hidayah"), lead);
        act(investigating, new ReportInput.ConflictDeclaration(true, null), nur);
        String closed = file(ReportCategory.BENTURAN_KEPENTINGAN, "Penilai kelayakan bantuan menilai berkas"
                + " saudaranya sendiri.", "inten-soeweno");
        act(closed, complete(ReportCategory.BENTURAN_KEPENTINGAN, Severity.RINGAN), lead);
        act(closed, new ReportInput.Assignment("nur.hidayah"), lead);
        act(closed, new ReportInput.ConflictDeclaration(true, null), nur);
        act(closed, new ReportInput.Investigation("Penilai memang menilai berkas saudaranya; penilaian diulang."), nur);
        act(closed, new ReportInput.ConclusionDraft(Conclusion.PARTLY_SUBSTANTIATED, "Penilaian tidak diubah, tetapi"
                + " aturan penugasan dilanggar.", "Teguran tertulis; rotasi penilai."), nur);
        act(closed, new ReportInput.ConclusionDecision(true, null), lead);
        act(closed, new ReportInput.FollowUp("Teguran tertulis diberikan; penugasan penilai dirotasi.",
                "Laporan Anda terbukti sebagian. Petugas telah ditegur dan penugasan penilai diubah."), nur);
        log.info("Demo data: {} whistleblowing reports", reading.list(lead).size());
    }

    private String file(ReportCategory category, String what, String unit) {
        // as if from one portal visitor: three reports, within the portal's limit
        Filing result = filing.file(new ReportDetails(category, what, null, null, null, null, unit, true, null, null),
                List.of(), "demo-data");
        return ((Filing.Filed) result).reportNumber();
    }

    private static ReportInput complete(ReportCategory category, Severity severity) {
        return new ReportInput.Screening(ScreeningResult.COMPLETE, category, severity, null, null, null);
    }

    private void act(String number, ReportInput input, Staff who) {
        Completion result = handling.complete(number, input, who);
        if (!(result instanceof Completion.Completed)) {
            log.warn("demo report {}: {} not accepted: {}", number, input.formKey(), result);
        }
    }

    private Staff staff(String username) {
        return directory.find(username).orElseThrow();
    }
}
