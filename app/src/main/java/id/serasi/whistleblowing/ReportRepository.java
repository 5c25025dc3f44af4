package id.serasi.whistleblowing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByReportNumber(String reportNumber);

    Optional<Report> findByReceiptHash(String receiptHash);

    List<Report> findByInvestigatorOrderByReceivedAtDesc(String investigator);

    List<Report> findAllByOrderByReceivedAtDesc();
}
