package io.archivo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The borders between capabilities (docs/architecture.md), checked on the compiled main classes. A capability
 * reads another only through its public face, never its JPA entities or repositories; the foundations ({@code common}, {@code ddi},
 * {@code access}) depend on no capability; models stay free of frameworks; and no two capabilities depend on each
 * other in a circle.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.archivo");
    }

    @Test
    void onlyTheArchiveTouchesItsEntities() {
        noClasses().that().resideOutsideOfPackage("io.archivo.archive..")
                .should().dependOnClassesThat().resideInAPackage("io.archivo.archive.domain..")
                .because("other capabilities read the archive through archive.catalogue (records, access applied)")
                .check(main);
    }

    @Test
    void entitiesAndRepositoriesStayInTheirCapability() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .or().areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                .should(new ArchCondition<JavaClass>("be used only inside their own capability") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (Dependency d : type.getDirectDependenciesToSelf()) {
                            if (!capability(d.getOriginClass()).equals(capability(type))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("a capability reads another through its services and records, never its persistence")
                .check(main);
    }

    /**
     * A JPQL string names an entity without a dependency on its class, so the rule above cannot see it: the class
     * files' string constants are read, and a query ({@code from}, {@code join}, {@code update}) naming another
     * capability's entity is a violation (access rules ask the owner for sub-selects: access.ProcessCodeQueries).
     */
    @Test
    void queriesNameOnlyTheirOwnCapabilitysEntities() throws Exception {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        for (JavaClass entity : main) {
            if (entity.isAnnotatedWith("jakarta.persistence.Entity")) {
                owners.put(entity.getSimpleName(), capability(entity));
            }
        }
        java.util.regex.Pattern query = java.util.regex.Pattern.compile(
                "(?i:\\b(?:from|join|update)\\s+)(" + String.join("|", owners.keySet()) + ")\\b");
        java.util.List<String> violations = new java.util.ArrayList<>();
        for (JavaClass c : main) {
            if (c.getSource().isEmpty()) {
                continue;
            }
            String constants;
            try (java.io.InputStream in = c.getSource().get().getUri().toURL().openStream()) {
                constants = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            java.util.regex.Matcher m = query.matcher(constants);
            while (m.find()) {
                if (!owners.get(m.group(1)).equals(capability(c))) {
                    violations.add(c.getName() + " queries " + owners.get(m.group(1)) + "'s entity " + m.group(1));
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), violations,
                "a query names only its own capability's entities; ask the owner through its public face");
    }

    /** {@code archive} for {@code io.archivo.archive.domain.Study}. */
    private static String capability(JavaClass c) {
        String rest = c.getPackageName().substring("io.archivo.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void foundationsDependOnNoCapability() {
        for (String foundation : new String[] { "common", "ddi", "access" }) {
            PackageMatchers allowed = PackageMatchers.of("io.archivo." + foundation + "..", "io.archivo.common..");
            noClasses().that().resideInAPackage("io.archivo." + foundation + "..")
                    .should().dependOnClassesThat(DescribedPredicate.describe("belong to another capability",
                            (JavaClass c) -> c.getPackageName().startsWith("io.archivo.")
                                    && !allowed.test(c.getPackageName())))
                    .because(foundation + " is a foundation that the capabilities build on; it uses only common")
                    .check(main);
        }
    }

    @Test
    void modelsAreFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.archivo..model..")
                .should().dependOnClassesThat().resideInAPackage("jakarta..")
                .because("models are plain records and values, usable without JAX-RS, JPA or CDI")
                .check(main);
    }

    @Test
    void capabilitiesFormNoCycle() {
        slices().matching("io.archivo.(*)..").should().beFreeOfCycles().check(main);
    }
}
