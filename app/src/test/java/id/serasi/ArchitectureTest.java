package id.serasi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** STYLE.md: the engine is a dependency, not the architecture; the domain imports neither Spring nor the engine. */
@AnalyzeClasses(packages = "id.serasi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineCallsStayInWorkflowClasses = noClasses()
            .that().resideOutsideOfPackages("..workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule domainRulesAreFreeOfFrameworks = noClasses()
            .that().haveSimpleNameEndingWith("IdentityNumbers").or().haveSimpleName("RegionCode")
            .or().haveSimpleName("WorkingDayCalendar").or().haveSimpleName("SkmIndex").or().haveSimpleName("TaskInput")
            .or().haveSimpleName("Problems")
            .or().haveNameMatching(".*\\.(Atensi|Beneficiary|Report|Retention|Task)Limits")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..");
}
