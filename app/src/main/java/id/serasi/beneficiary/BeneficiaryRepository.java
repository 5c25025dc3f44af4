package id.serasi.beneficiary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BeneficiaryRepository extends JpaRepository<Beneficiary, Long> {

    Optional<Beneficiary> findByNik(String nik);

    List<Beneficiary> findByNormalizedNameAndBirthDate(String normalizedName, LocalDate birthDate);

    List<Beneficiary> findByKk(String kk);
}
