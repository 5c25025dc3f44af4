package id.serasi.atensi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TerminationRepository extends JpaRepository<Termination, Long> {

    // read at the termination approval step: written out, see CaseRepository
    @Query("select t from Termination t where t.caseId = ?1 order by t.createdAt, t.id")
    List<Termination> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
