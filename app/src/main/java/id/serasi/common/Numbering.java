package id.serasi.common;

import jakarta.persistence.EntityManager;
import java.time.Year;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Numbers like {@code ATN-2026-000123} or {@code WBS-2026-000042}, from a database sequence so that several nodes
 * never collide.
 */
@Component
public class Numbering {

    private final EntityManager entityManager;
    private final Dialect dialect;

    Numbering(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.dialect = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
    }

    public String next(String prefix, String sequence, Year year) {
        String sql = dialect.getSequenceSupport().getSequenceNextValString(sequence);
        Number value = (Number) entityManager.createNativeQuery(sql).getSingleResult();
        return String.format("%s-%d-%06d", prefix, year.getValue(), value.longValue());
    }
}
