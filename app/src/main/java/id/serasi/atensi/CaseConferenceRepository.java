package id.serasi.atensi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseConferenceRepository extends JpaRepository<CaseConference, Long> {

    List<CaseConference> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
