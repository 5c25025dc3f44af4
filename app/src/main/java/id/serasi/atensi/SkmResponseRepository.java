package id.serasi.atensi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkmResponseRepository extends JpaRepository<SkmResponse, Long> {

    List<SkmResponse> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
