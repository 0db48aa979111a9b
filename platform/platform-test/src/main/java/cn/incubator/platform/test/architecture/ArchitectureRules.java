package cn.incubator.platform.test.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.incubator.platform.transition.Lifecycle;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.HashSet;
import java.util.Set;

/**
 * The boundaries every service and the platform keep, as ArchUnit rules (see docs/decisions.md, "Boundaries" and
 * "Inner layout of a service"). Each service runs them through {@link ServiceArchitectureTest}; the platform through
 * {@link #platformUsesNoService()}. Every rule that names the classes it checks refuses to pass when it finds none.
 */
public final class ArchitectureRules {

    /** The platform's own packages and the shared contracts: what a service may use besides its own code. */
    public static final String PLATFORM = "cn.incubator.platform..";
    public static final String CONTRACTS = "cn.incubator.contracts..";

    static {
        // Every rule judges classes by the names of what they use, so nothing outside the imported packages has to
        // be loaded: resolving Spring's and gRPC's types from the class path costs half a minute per service.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    private ArchitectureRules() {
    }

    /** The main (not test) classes under {@code root}, e.g. {@code cn.incubator.registry}. */
    public static JavaClasses importMain(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(root);
    }

    /** A service uses its own code, the platform and the contracts; never another service's code. */
    public static ArchRule usesNoOtherService(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage("cn.incubator..")
                        .and(not(resideInAnyPackage(root + "..", PLATFORM, CONTRACTS))))
                .as(String.format("classes of %s use only their own code, the platform and the contracts", root))
                .allowEmptyShould(false);
    }

    /** The platform serves every service and knows none of them. */
    public static ArchRule platformUsesNoService() {
        return noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat(resideInAPackage("cn.incubator..")
                        .and(not(resideInAnyPackage(PLATFORM, CONTRACTS))))
                .as("the platform uses no service's code")
                .allowEmptyShould(false);
    }

    /**
     * The feature packages of a service ({@code root.<feature>..}) depend on each other without cycles.
     *
     * @param required whether the service must have feature packages (false only for one that has none yet)
     */
    public static ArchRule noPackageCycles(String root, boolean required) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .as(String.format("the feature packages of %s are free of cycles", root))
                .allowEmptyShould(!required);
    }

    /** Every class of the platform, from platform-core, platform-service and platform-test (main classes only). */
    public static JavaClasses importPlatform() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.incubator.platform");
    }

    /** platform-core is the framework-free part of the platform: no Spring, servlet or JDBC in it. */
    public static ArchRule platformCoreIsFrameworkFree() {
        DescribedPredicate<JavaClass> inPlatformCore = DescribedPredicate.describe("are in platform-core",
                javaClass -> javaClass.getSource().map(source -> source.getUri().toString().contains("platform-core"))
                        .orElse(false));
        return noClasses().that(inPlatformCore)
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..")
                .as("platform-core uses no Spring, servlet or JDBC")
                .allowEmptyShould(false);
    }

    /**
     * A lifecycle type (a type that keeps a {@link Lifecycle} table, or whose constants are the states or actions of
     * one) is plain domain code: no Spring, no servlet, no JDBC.
     *
     * @param required whether {@code classes} must contain at least one lifecycle type (false only for a service
     *                 without any lifecycle yet)
     */
    public static ArchRule lifecycleTypesAreFrameworkFree(JavaClasses classes, boolean required) {
        Set<String> names = lifecycleTypes(classes);
        DescribedPredicate<JavaClass> lifecycleType = DescribedPredicate.describe("are lifecycle types",
                javaClass -> names.contains(javaClass.getName()));
        return noClasses().that(lifecycleType)
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..")
                .as("lifecycle types (their tables, states and actions) use no Spring, servlet or JDBC")
                .allowEmptyShould(!required);
    }

    /**
     * Outbound clients (calls to another service: gRPC channels and stubs, OpenFeign clients) live in the service's
     * {@code remote} package, nowhere else.
     */
    public static ArchRule outboundClientsLiveInRemote(String root) {
        DescribedPredicate<JavaClass> clientMachinery = DescribedPredicate.describe(
                "are gRPC channels or stubs of another service",
                javaClass -> javaClass.getName().equals("org.springframework.grpc.client.GrpcChannelFactory")
                        || javaClass.getName().equals("cn.incubator.platform.grpc.RemoteChannel")
                        || javaClass.getName().matches("cn\\.incubator\\.contracts\\..*Grpc\\$\\w*Stub"));
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".remote..")
                .should().dependOnClassesThat(clientMachinery)
                .orShould().beAnnotatedWith("org.springframework.cloud.openfeign.FeignClient")
                .as(String.format("outbound clients of %s live in %s.remote", root, root))
                .allowEmptyShould(false);
    }

    /** A gRPC server implements one contract service, in the feature package it serves, named {@code *GrpcService}. */
    public static ArchRule grpcServersAreNamedAndPlaced(String root) {
        DescribedPredicate<JavaClass> grpcServer = DescribedPredicate.describe("implement a gRPC contract service",
                javaClass -> javaClass.getRawSuperclass().map(superclass -> superclass.getName()
                        .matches("cn\\.incubator\\.contracts\\..*Grpc\\$\\w+ImplBase")).orElse(false));
        return classes().that().resideInAPackage(root + "..").and(grpcServer)
                .should().haveSimpleNameEndingWith("GrpcService")
                .andShould().resideOutsideOfPackage(root + ".remote..")
                .andShould().notBePublic()
                .as(String.format("gRPC servers of %s sit in the feature they serve, named *GrpcService, package-private", root))
                .allowEmptyShould(true);
    }

    /** The names of the lifecycle types among {@code classes}: the declarers of tables and their state and action types. */
    static Set<String> lifecycleTypes(JavaClasses classes) {
        Set<String> names = new HashSet<>();
        for (JavaClass javaClass : classes) {
            for (JavaField field : javaClass.getFields()) {
                if (!field.getRawType().isEquivalentTo(Lifecycle.class)) {
                    continue;
                }
                names.add(javaClass.getName());
                if (field.getType() instanceof JavaParameterizedType parameterized) {
                    for (JavaType argument : parameterized.getActualTypeArguments()) {
                        names.add(argument.toErasure().getName());
                    }
                }
            }
        }
        return names;
    }
}
