package cn.incubator.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The boundary tests of one service: extend it in the service's tests with the service's root package. They run
 * with the unit tests ({@code ./mvnw verify}) and fail on another service's code, a cycle between feature packages,
 * a lifecycle type using Spring, and an outbound client or gRPC server out of place.
 */
public abstract class ServiceArchitectureTest {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String root;
    private final boolean hasFeatures;
    private final boolean hasLifecycles;

    /**
     * @param root          the service's root package, e.g. {@code cn.incubator.registry}
     * @param hasFeatures   whether the service has feature packages yet (then the cycle rule must find some)
     * @param hasLifecycles whether the service keeps lifecycle tables (then the lifecycle rule must find some)
     */
    protected ServiceArchitectureTest(String root, boolean hasFeatures, boolean hasLifecycles) {
        this.root = root;
        this.hasFeatures = hasFeatures;
        this.hasLifecycles = hasLifecycles;
    }

    private JavaClasses classes() {
        JavaClasses classes = IMPORTED.computeIfAbsent(root, ArchitectureRules::importMain);
        assertThat(classes).as("main classes under %s", root).isNotEmpty();
        return classes;
    }

    @Test
    void usesOnlyItsOwnCodeThePlatformAndTheContracts() {
        ArchitectureRules.usesNoOtherService(root).check(classes());
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        ArchitectureRules.noPackageCycles(root, hasFeatures).check(classes());
    }

    @Test
    void lifecycleTypesUseNoFramework() {
        ArchitectureRules.lifecycleTypesAreFrameworkFree(classes(), hasLifecycles).check(classes());
    }

    @Test
    void outboundClientsLiveInRemote() {
        ArchitectureRules.outboundClientsLiveInRemote(root).check(classes());
    }

    @Test
    void grpcServersAreNamedAndPlaced() {
        ArchitectureRules.grpcServersAreNamedAndPlaced(root).check(classes());
    }
}
