package id.serasi.demo;

import id.serasi.atensi.AfterCareOutcome;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.CompletingAtensiTask;
import id.serasi.atensi.Decision;
import id.serasi.atensi.InterruptingCase;
import id.serasi.atensi.ReadingCase;
import id.serasi.atensi.ServiceForm;
import id.serasi.atensi.Stage;
import id.serasi.atensi.TaskInput;
import id.serasi.atensi.TerminationReason;
import id.serasi.demo.workflow.DueTimers;
import id.serasi.security.Staff;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.Completion;
import id.serasi.tasks.TaskInfo;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Walks a case through its tasks, as its worker and supervisor would, until it stands where wanted: the demo data
 * and the benchmarks' template cases ({@code bench/}).
 */
@Component
public class DemoWalker {

    /** Where a demo case is left standing. */
    public enum Target {
        ELIGIBILITY, ASSESSMENT, PLANNING, APPROVAL, PLAN_RETURNED, INTERVENTION, EVALUATION, TERMINATION_APPROVAL,
        AFTER_CARE, CLOSED_COMPLETED, REFERRED, ENDED_EARLY
    }

    private final ReadingCase reading;
    private final ClaimingTask claiming;
    private final CompletingAtensiTask completing;
    private final InterruptingCase interrupting;
    private final DueTimers timers;

    DemoWalker(ReadingCase reading, ClaimingTask claiming, CompletingAtensiTask completing,
               InterruptingCase interrupting, DueTimers timers) {
        this.reading = reading;
        this.claiming = claiming;
        this.completing = completing;
        this.interrupting = interrupting;
        this.timers = timers;
    }

    public void walk(String caseNumber, Target target, Staff worker, Staff supervisor) {
        boolean returnedOnce = false;
        for (int step = 0; step < 40; step++) {
            var file = reading.standing(caseNumber, supervisor).orElseThrow();
            if (!file.atensiCase().isOpen()) {
                return;
            }
            List<TaskInfo> open = file.openTasks();
            if (open.isEmpty()) {
                if (file.atensiCase().getStage() == Stage.AFTER_CARE && target == Target.CLOSED_COMPLETED) {
                    timers.fireDue(file.atensiCase().getProcessInstanceId());
                    continue;
                }
                return;
            }
            TaskInfo task = open.get(0);
            if (stopsAt(target, task.formKey(), returnedOnce)) {
                return;
            }
            if (target == Target.ENDED_EARLY && "intervention-plan".equals(task.formKey())) {
                interrupting.endEarly(caseNumber, TerminationReason.CLIENT_REQUEST,
                        "Keluarga memutuskan kembali ke kampung halaman.", worker);
                return;
            }
            boolean returning = target == Target.PLAN_RETURNED && !returnedOnce && "plan-approval".equals(task.formKey());
            Staff actor = task.formKey().endsWith("approval") || task.formKey().equals("transfer-acceptance")
                    ? supervisor : worker;
            claiming.claim(task.id(), actor);
            Completion done = completing.complete(task.id(), input(task.formKey(), target, returning), actor);
            if (!(done instanceof Completion.Completed)) {
                throw new IllegalStateException("demo step " + task.formKey() + " of " + caseNumber + ": " + done);
            }
            returnedOnce |= returning;
        }
    }

    private static boolean stopsAt(Target target, String formKey, boolean returnedOnce) {
        return switch (target) {
            case ELIGIBILITY -> formKey.equals("eligibility");
            case ASSESSMENT -> formKey.equals("assessment");
            case PLANNING -> formKey.equals("intervention-plan");
            case APPROVAL -> formKey.equals("plan-approval");
            case PLAN_RETURNED -> returnedOnce && formKey.equals("intervention-plan");
            case INTERVENTION -> formKey.equals("service-delivery");
            case EVALUATION -> formKey.equals("evaluation");
            case TERMINATION_APPROVAL -> formKey.equals("termination-approval");
            default -> false;
        };
    }

    private static TaskInput input(String formKey, Target target, boolean returning) {
        LocalDate today = LocalDate.now();
        return switch (formKey) {
            case "eligibility" -> new TaskInput.Eligibility(target != Target.REFERRED,
                    target == Target.REFERRED ? "Kebutuhan utama di luar layanan ATENSI unit ini."
                            : "Memenuhi kriteria PPKS dan bersedia mengikuti layanan.");
            case "referral" -> new TaskInput.Referral("Dinas Sosial Kabupaten/Kota setempat",
                    "Membutuhkan layanan kesehatan jiwa lanjutan.");
            case "assessment" -> new TaskInput.Assessment("Keterlantaran dan hambatan fungsi sosial.",
                    "Tinggal bersama kerabat; dukungan keluarga terbatas.", "Lingkungan padat, akses layanan jauh.",
                    "Bersemangat belajar keterampilan.", "Perawatan sosial, dukungan keluarga, terapi psikososial.", null);
            case "intervention-plan" -> new TaskInput.Plan("Fungsi sosial pulih dalam 3 bulan; keluarga mampu mendampingi.",
                    EnumSet.of(ServiceForm.THERAPY, ServiceForm.FAMILY_SUPPORT), CareSetting.FAMILY,
                    "Pekerja sosial, psikolog, pendamping keluarga", "Kunjungan mingguan selama 12 minggu",
                    "Skor fungsi sosial naik; keluarga hadir di 80% sesi.", false);
            case "case-conference" -> new TaskInput.Conference("Pekerja sosial, psikolog, supervisor",
                    "Rencana disepakati dengan penyesuaian jadwal.");
            case "plan-approval" -> returning
                    ? new TaskInput.PlanDecision(Decision.RETURNED, "Indikator keberhasilan belum terukur; tambahkan target angka.")
                    : new TaskInput.PlanDecision(Decision.APPROVED, null);
            case "service-delivery" -> new TaskInput.Delivery(today, "Sesi layanan sesuai jadwal rencana intervensi.");
            case "progress-report" -> new TaskInput.Progress("Kemajuan sesuai rencana.", "Lanjutkan sesi berikutnya.");
            case "evaluation" -> new TaskInput.Evaluation(true, "Tujuan rencana tercapai; siap kembali ke keluarga.");
            case "termination" -> new TaskInput.Termination(TerminationReason.PROGRAM_COMPLETED,
                    "Program selesai sesuai rencana.");
            case "termination-approval" -> new TaskInput.TerminationDecision(Decision.APPROVED, null);
            case "skm-survey" -> new TaskInput.Survey(List.of(4, 3, 4, 4, 3, 4, 4, 3, 4), "Pelayanan ramah dan cepat.");
            case "after-care-visit" -> new TaskInput.AfterCare(today, AfterCareOutcome.COMPLETE,
                    "Kondisi stabil; keluarga mendampingi dengan baik.");
            case "transfer-acceptance" -> new TaskInput.TransferAcceptance("Diterima untuk asesmen ulang.");
            default -> throw new IllegalArgumentException("no demo input for " + formKey);
        };
    }
}
