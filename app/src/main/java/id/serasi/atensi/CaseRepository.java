package id.serasi.atensi;

import id.serasi.tasks.TaskInfo;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<AtensiCase, Long> {

    /*
     * The queries of every task step are written out: Hibernate keeps the SQL of a query string, while a derived
     * query (a JPA criteria query) is translated again at every call (bench/, B1: 18% of a step's CPU).
     */

    @Query("select c from AtensiCase c left join fetch c.beneficiary where c.caseNumber = ?1")
    Optional<AtensiCase> findByCaseNumber(String caseNumber);

    @Query("select c from AtensiCase c where c.beneficiary.id = ?1")
    List<AtensiCase> findByBeneficiaryId(Long beneficiaryId);

    /** Closed before the given moment and not under legal hold: due for removal. */
    @Query("select c.caseNumber from AtensiCase c where c.status = id.serasi.atensi.CaseStatus.CLOSED"
            + " and c.closedAt < ?1 and c.legalHold = false")
    List<String> findCaseNumbersDueForRemoval(Instant closedBefore);

    /** The process instances of the cases under legal hold. */
    @Query("select c.processInstanceId from AtensiCase c where c.legalHold = true and c.processInstanceId is not null")
    List<String> findProcessInstancesUnderLegalHold();

    /** One query for a page of task rows: the cases behind the visible tasks, with their beneficiaries. */
    @EntityGraph(attributePaths = "beneficiary")
    List<AtensiCase> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    @Query("select c from AtensiCase c where c.processInstanceId = ?1")
    Optional<AtensiCase> findByProcessInstanceId(String processInstanceId);

    /**
     * The case a task works on: by its key where the task inbox holds it (the persistence context's look-up, no
     * query to prepare: a claim and a completion each ask it, bench/ B1), else by the task's process.
     */
    default Optional<AtensiCase> findOfTask(TaskInfo task) {
        return task.caseId() != null ? findById(task.caseId()) : findByProcessInstanceId(task.processInstanceId());
    }

    @Query("select c from AtensiCase c where c.beneficiary.nik = ?1 and c.status = id.serasi.atensi.CaseStatus.OPEN")
    List<AtensiCase> findOpenByNik(String nik);

    @Query("select c from AtensiCase c join fetch c.beneficiary b where b.kk = ?1 order by c.openedAt")
    List<AtensiCase> findByFamilyCard(String kk);

    long countByStage(Stage stage);

    List<AtensiCase> findByUnitCodeAndCaseManagerAndStatus(String unitCode, String caseManager, CaseStatus status);

    @EntityGraph(attributePaths = "beneficiary")
    Page<AtensiCase> findByUnitCodeIn(Collection<String> unitCodes, Pageable page);

    @EntityGraph(attributePaths = "beneficiary")
    Page<AtensiCase> findByUnitCodeInAndStage(Collection<String> unitCodes, Stage stage, Pageable page);
}
