package id.serasi.atensi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TerminationRepository extends JpaRepository<Termination, Long> {

    List<Termination> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
