package id.serasi.search;

import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CaseRepository;
import id.serasi.atensi.Stage;
import id.serasi.atensi.TargetGroup;
import id.serasi.beneficiary.Beneficiary;
import id.serasi.search.CaseResults.Facet;
import id.serasi.search.CaseResults.Hit;
import id.serasi.security.Staff;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case search. The user's access rule (cases of their own units) is part of the query itself, so totals, pages
 * and facet counts are all computed over what the user may open and reveal nothing else. Results are read from
 * the index alone (no database round trip per hit).
 */
@Service
public class SearchingCases {

    /** Opening dates are days in Western Indonesia, where the ministry's registers are kept. */
    static final ZoneId REGISTER_ZONE = ZoneId.of("Asia/Jakarta");

    /** The mean Earth radius Lucene and Elasticsearch measure distances with. */
    private static final double EARTH_RADIUS_KM = 6371.0087714;

    private static final Map<Facet, String> FACET_FIELDS = new EnumMap<>(Map.of(
            Facet.STAGE, CaseFields.STAGE, Facet.UNIT, CaseFields.UNIT,
            Facet.TARGET_GROUP, CaseFields.TARGET_GROUP, Facet.PRIORITY, CaseFields.PRIORITY,
            Facet.SERVICE_FORM, CaseFields.SERVICE_FORMS));

    @PersistenceContext
    private EntityManager entityManager;
    private final CaseRepository cases;

    SearchingCases(CaseRepository cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public CaseResults search(CaseQuery query, Staff staff) {
        Set<String> units = new HashSet<>(staff.caseUnits());
        if (!query.units().isEmpty()) {
            units.retainAll(query.units());
        }
        if (units.isEmpty()) {
            return CaseResults.NONE;
        }
        // searching one unit, its count is the total: the index need not count it
        boolean oneUnit = units.size() == 1;
        Map<Facet, AggregationKey<Map<String, Long>>> facetKeys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (facet != Facet.UNIT || !oneUnit) {
                facetKeys.put(facet, AggregationKey.of(facet.name()));
            }
        }
        // passages are highlighted only where the text can have matched (every highlighted field read costs time)
        String words = words(query.text());
        boolean anyText = !words.isEmpty();
        GeoPoint centre = query.near() == null ? null
                : GeoPoint.of(query.near().latitude(), query.near().longitude());
        var search = Search.session(entityManager).search(AtensiCase.class)
                .select(f -> f.composite().from(
                        f.field(CaseFields.CASE_NUMBER, String.class),
                        f.field(CaseFields.PERSON_NAME, String.class),
                        f.field(CaseFields.PERSON_NIK, String.class),
                        f.field(CaseFields.UNIT, String.class),
                        f.field(CaseFields.STAGE, Stage.class),
                        f.field(CaseFields.TARGET_GROUP, TargetGroup.class),
                        f.field(CaseFields.PRIORITY, String.class),
                        f.field(CaseFields.CASE_MANAGER, String.class),
                        f.field(CaseFields.OPENED_AT, Instant.class),
                        // the home itself, not its distance: on Elasticsearch a distance is a script run per hit
                        centre == null ? f.constant(null) : f.field(CaseFields.PERSON_LOCATION, GeoPoint.class),
                        highlight(f, CaseFields.PERSON_NAME, hasLetters(words)),
                        highlight(f, CaseFields.PROBLEM, anyText),
                        highlight(f, CaseFields.PERSON_ADDRESS, anyText),
                        highlight(f, CaseFields.NOTES, anyText)).asList())
                .where((f, root) -> {
                    root.add(f.terms().field(CaseFields.UNIT).matchingAny(units));
                    if (anyText) {
                        root.add(text(f, words));
                    }
                    anyOf(f, root, CaseFields.STAGE, query.stages(), Enum::name);
                    anyOf(f, root, CaseFields.TARGET_GROUP, query.targetGroups(), Enum::name);
                    anyOf(f, root, CaseFields.PRIORITY, query.priorities(), Function.identity());
                    anyOf(f, root, CaseFields.SERVICE_FORMS, query.serviceForms(), Enum::name);
                    if (query.openedFrom() != null || query.openedTo() != null) {
                        root.add(f.range().field(CaseFields.OPENED_AT).between(startOf(query.openedFrom()),
                                startOf(query.openedTo() == null ? null : query.openedTo().plusDays(1))));
                    }
                    if (centre != null) {
                        root.add(f.spatial().within().field(CaseFields.PERSON_LOCATION)
                                .circle(centre, query.near().kilometres(), DistanceUnit.KILOMETERS));
                    }
                })
                .sort(f -> switch (query.order()) {
                    case NEWEST -> f.field(CaseFields.OPENED_AT).desc();
                    case OLDEST -> f.field(CaseFields.OPENED_AT).asc();
                    case CASE_NUMBER -> f.field(CaseFields.CASE_NUMBER).asc();
                    case NEAREST -> centre == null ? f.score() : f.distance(CaseFields.PERSON_LOCATION, centre);
                    case RELEVANCE -> f.score().then().field(CaseFields.OPENED_AT).desc();
                });
        if (anyText) {
            // only text has passages to mark; a highlighter with no highlighted field is a warning per search on
            // Elasticsearch (HSEARCH400662)
            search = search.highlighter(f -> f.unified().tag(CaseResults.MARK_START, CaseResults.MARK_END)
                    .numberOfFragments(2));
        }
        for (var facet : facetKeys.entrySet()) {
            search = search.aggregation(facet.getValue(),
                    f -> f.terms().field(FACET_FIELDS.get(facet.getKey()), String.class, ValueModel.INDEX)
                            .maxTermCount(50));
        }
        SearchResult<List<?>> result = search.fetch(query.page() * query.size(), query.size());
        List<Hit> hits = result.hits().stream().map(row -> hit(row, centre)).toList();
        long total = result.total().hitCount();
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        facetKeys.forEach((facet, key) -> facets.put(facet, new LinkedHashMap<>(result.aggregation(key))));
        if (oneUnit) {
            facets.put(Facet.UNIT, total == 0 ? Map.of() : Map.of(units.iterator().next(), total));
        }
        return new CaseResults(total, hits, facets);
    }

    /**
     * A circle around a case's beneficiary, for "cases within N km of this one"; empty when the case is not the
     * user's to open or has no location.
     */
    @Transactional(readOnly = true)
    public Optional<CaseQuery.Near> around(String caseNumber, double kilometres, Staff staff) {
        return cases.findByCaseNumber(caseNumber).filter(c -> staff.worksCasesOf(c.getUnitCode()))
                .map(AtensiCase::getBeneficiary)
                .filter(b -> b.getLatitude() != null && b.getLongitude() != null)
                .map((Beneficiary b) -> new CaseQuery.Near(b.getLatitude(), b.getLongitude(), kilometres));
    }

    /**
     * The box's text against every searchable field: a name by whole words (typos of one letter forgiven) or by
     * the start of each word, a NIK or KK by its first digits, a case number whole or by its start, and words of
     * an address, a problem or a note (Indonesian stemming: "rumahnya" finds "rumah").
     */
    private static PredicateFinalStep text(SearchPredicateFactory f, String plain) {
        String digits = plain.replaceAll("[\\s.-]", "");
        var any = f.bool();
        if (hasLetters(plain)) {
            // names hold no digits: a number asks nothing of them (and a fuzzy number is costly to expand)
            any.should(f.simpleQueryString().field(CaseFields.PERSON_NAME_PREFIX).matching(plain)
                    .defaultOperator(BooleanOperator.AND).boost(3));
            any.should(f.match().field(CaseFields.PERSON_NAME).matching(plain).fuzzy(1).boost(2));
        }
        any.should(f.match().fields(CaseFields.PROBLEM, CaseFields.PERSON_ADDRESS, CaseFields.NOTES).matching(plain));
        any.should(f.wildcard().field(CaseFields.CASE_NUMBER).matching(plain.toLowerCase() + "*").boost(5));
        if (digits.matches("\\d{2,16}")) {
            any.should(f.wildcard().fields(CaseFields.PERSON_NIK, CaseFields.PERSON_KK).matching(digits + "*")
                    .boost(5));
        }
        return any;
    }

    /** The box's text without the characters the query syntax would read as operators. */
    private static String words(String text) {
        return text.replace("*", "").replace("?", "").replace("\\", "").strip();
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static ProjectionFinalStep<?> highlight(SearchProjectionFactory<?, ?> f, String field, boolean wanted) {
        return wanted ? f.highlight(field) : f.constant(List.of());
    }

    private static <T> void anyOf(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root,
                                  String field, Collection<T> values, Function<T, String> indexed) {
        if (!values.isEmpty()) {
            List<String> terms = new ArrayList<>();
            values.forEach(v -> terms.add(indexed.apply(v)));
            root.add(f.terms().field(field).matchingAny(terms, ValueModel.INDEX));
        }
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(REGISTER_ZONE).toInstant();
    }

    /**
     * Great-circle distance by the haversine formula on the mean Earth radius, as both search backends compute
     * the distance they filter and sort by.
     */
    static double kilometres(GeoPoint from, GeoPoint to) {
        double dLat = Math.toRadians(to.latitude() - from.latitude());
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(from.latitude()))
                * Math.cos(Math.toRadians(to.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    @SuppressWarnings("unchecked")
    private static Hit hit(List<?> row, GeoPoint centre) {
        GeoPoint home = (GeoPoint) row.get(9);
        List<String> highlights = new ArrayList<>();
        for (int i = 10; i < 14; i++) {
            highlights.addAll((List<String>) row.get(i));
        }
        return new Hit((String) row.get(0), (String) row.get(1), (String) row.get(2), (String) row.get(3),
                (Stage) row.get(4), (TargetGroup) row.get(5), (String) row.get(6), (String) row.get(7),
                (Instant) row.get(8), home == null ? null : kilometres(centre, home), highlights);
    }
}
