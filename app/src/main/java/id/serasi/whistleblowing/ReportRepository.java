package id.serasi.whistleblowing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByReportNumber(String reportNumber);

    Optional<Report> findByReceiptHash(String receiptHash);

    List<Report> findByInvestigatorOrderByReceivedAtDesc(String investigator);

    List<Report> findAllByOrderByReceivedAtDesc();

    /** Concluded (in one of the given statuses) before the moment and not under legal hold: due for removal. */
    @Query("select r.reportNumber from Report r where r.status in ?1 and r.closedAt < ?2 and r.legalHold = false")
    List<String> findReportNumbersDueForRemoval(Collection<ReportStatus> concluded, Instant closedBefore);

    /** The process instances of the reports under legal hold. */
    @Query("select r.processInstanceId from Report r where r.legalHold = true and r.processInstanceId is not null")
    List<String> findProcessInstancesUnderLegalHold();
}
