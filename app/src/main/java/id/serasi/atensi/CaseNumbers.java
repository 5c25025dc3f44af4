package id.serasi.atensi;

import jakarta.persistence.EntityManager;
import java.time.Year;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Case numbers like {@code ATN-2026-000123}, from a database sequence so that several nodes never collide. */
@Component
class CaseNumbers {

    private final EntityManager entityManager;
    private final String nextValueSql;

    CaseNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nextValueSql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("atensi_case_number_seq");
    }

    String next(Year year) {
        Number value = (Number) entityManager.createNativeQuery(nextValueSql).getSingleResult();
        return String.format("ATN-%d-%06d", year.getValue(), value.longValue());
    }
}
