package id.serasi.beneficiary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BeneficiaryRepository extends JpaRepository<Beneficiary, Long> {

    // read at every registration: written out, see CaseRepository

    @Query("select b from Beneficiary b where b.nik = ?1")
    Optional<Beneficiary> findByNik(String nik);

    @Query("select b from Beneficiary b where b.normalizedName = ?1 and b.birthDate = ?2")
    List<Beneficiary> findByNormalizedNameAndBirthDate(String normalizedName, LocalDate birthDate);

    List<Beneficiary> findByKk(String kk);
}
