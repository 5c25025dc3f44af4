package id.serasi.atensi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceDeliveryRepository extends JpaRepository<ServiceDelivery, Long> {

    List<ServiceDelivery> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
