package cn.incubator.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DensityTest {

    @Test
    void ejinHoroHas3Point6OrganizationsPer10000Residents() {
        assertThat(Density.of(238_000, 2014, 86).perTenThousand()).isEqualByComparingTo("3.6");
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        assertThat(Density.of(100_000, 2024, 35).perTenThousand()).hasToString("3.5");
        assertThat(Density.of(200_000, 2024, 71).perTenThousand()).hasToString("3.6");
        assertThat(Density.of(10_000, 2024, 0).perTenThousand()).hasToString("0.0");
    }

    @Test
    void aJurisdictionWithoutResidentsHasNoDensity() {
        assertThatThrownBy(() -> Density.of(0, 2024, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
