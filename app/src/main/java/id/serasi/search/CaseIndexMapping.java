package id.serasi.search;

import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CaseNote;
import id.serasi.atensi.InterventionPlan;
import id.serasi.beneficiary.Beneficiary;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.builtin.programmatic.GeoPointBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What the case index holds, kept here rather than on the entities: one document per ATENSI case with the
 * beneficiary's name (whole words, prefixes), NIK and KK, address and home location, the unit, stage, priority,
 * target group and case manager, dates, the presenting problem, the notes' text and the service forms of its
 * plan. Whistleblowing reports are not in it. Changes to a case reindex it when its transaction commits; a beneficiary's or a note's change reindexes the
 * cases concerned through {@link id.serasi.atensi.CaseIndexing}.
 */
public class CaseIndexMapping implements HibernateOrmSearchMappingConfigurer {

    private final String index;

    CaseIndexMapping(String index) {
        this.index = index;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        List<Highlightable> highlighted = List.of(Highlightable.UNIFIED);

        TypeMappingStep atensiCase = mapping.type(AtensiCase.class);
        atensiCase.indexed().index(index);
        atensiCase.property("caseNumber").keywordField(CaseFields.CASE_NUMBER).normalizer(SearchAnalysis.CODE)
                .projectable(Projectable.YES).sortable(Sortable.YES);
        atensiCase.property("unitCode").keywordField(CaseFields.UNIT).projectable(Projectable.YES)
                .aggregable(Aggregable.YES);
        atensiCase.property("stage").keywordField(CaseFields.STAGE).projectable(Projectable.YES)
                .aggregable(Aggregable.YES);
        atensiCase.property("targetGroup").keywordField(CaseFields.TARGET_GROUP).projectable(Projectable.YES)
                .aggregable(Aggregable.YES);
        atensiCase.property("priority").keywordField(CaseFields.PRIORITY).projectable(Projectable.YES)
                .aggregable(Aggregable.YES);
        atensiCase.property("caseManager").keywordField(CaseFields.CASE_MANAGER).projectable(Projectable.YES)
                .aggregable(Aggregable.YES);
        atensiCase.property("openedAt").genericField(CaseFields.OPENED_AT).projectable(Projectable.YES)
                .sortable(Sortable.YES);
        atensiCase.property("closedAt").genericField(CaseFields.CLOSED_AT).projectable(Projectable.YES);
        atensiCase.property("problem").fullTextField(CaseFields.PROBLEM).analyzer(SearchAnalysis.INDONESIAN)
                .projectable(Projectable.YES).highlightable(highlighted);
        atensiCase.property("beneficiary").indexedEmbedded().includePaths(CaseFields.BENEFICIARY_PATHS)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        atensiCase.property("notes").indexedEmbedded().includePaths(CaseFields.NOTE_TEXT)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        atensiCase.property("plans").indexedEmbedded().includePaths(CaseFields.SERVICE_FORM)
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        TypeMappingStep beneficiary = mapping.type(Beneficiary.class);
        beneficiary.binder(GeoPointBinder.create().fieldName(CaseFields.LOCATION).projectable(Projectable.YES)
                .sortable(Sortable.YES));
        beneficiary.property("latitude").marker(GeoPointBinder.latitude());
        beneficiary.property("longitude").marker(GeoPointBinder.longitude());
        beneficiary.property("fullName")
                .fullTextField(CaseFields.NAME).analyzer(SearchAnalysis.NAME).projectable(Projectable.YES)
                .highlightable(highlighted)
                .fullTextField(CaseFields.NAME_PREFIX).analyzer(SearchAnalysis.NAME_PREFIX)
                .searchAnalyzer(SearchAnalysis.NAME);
        beneficiary.property("nik").keywordField(CaseFields.NIK).projectable(Projectable.YES);
        beneficiary.property("kk").keywordField(CaseFields.KK);
        beneficiary.property("address").fullTextField(CaseFields.ADDRESS).analyzer(SearchAnalysis.INDONESIAN)
                .projectable(Projectable.YES).highlightable(highlighted);

        mapping.type(InterventionPlan.class).property("serviceForms").binder(new ServiceFormsBinder());

        mapping.type(CaseNote.class).property("text").fullTextField(CaseFields.TEXT)
                .analyzer(SearchAnalysis.INDONESIAN).projectable(Projectable.YES).highlightable(highlighted);
    }
}
