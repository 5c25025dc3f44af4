package id.serasi.atensi;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Tells the search index about changes it cannot see by itself: a new note, or a beneficiary whose details changed,
 * are part of the case documents but are not changes of the cases. The cases are reindexed when the transaction
 * commits, like any change of a case.
 */
@Component
public class CaseIndexing {

    @PersistenceContext
    private EntityManager entityManager;

    public void changed(AtensiCase atensiCase) {
        Search.session(entityManager).indexingPlan().addOrUpdate(atensiCase);
    }

    public void changed(Collection<AtensiCase> cases) {
        cases.forEach(this::changed);
    }
}
