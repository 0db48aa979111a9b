package cn.incubator.registry.needs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.field.ServiceField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferRankingTest {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    private final Need funds = new Need(UUID.randomUUID(), UUID.randomUUID(), "星沙龙舟协会", XINGSHA, ResourceKind.FUNDS,
            "龙舟赛经费", null, ServiceField.RURAL_REVITALIZATION, XINGSHA, new BigDecimal("20000.00"), NeedStatus.OPEN,
            Instant.now());

    private static ResourceOffer offer(String name, ResourceKind kind, String coverage, String value,
            ServiceField... fields) {
        return new ResourceOffer(UUID.randomUUID(), name, ProviderType.FOUNDATION, kind, name, null, Set.of(fields),
                Jurisdiction.of(coverage), value == null ? null : new BigDecimal(value), true,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void onlyOpenOffersOfTheKindCoveringTheNeedsPlaceAreSuggested() {
        ResourceOffer cityFunds = offer("长沙市基金会", ResourceKind.FUNDS, "430100", "50000.00");
        ResourceOffer materials = offer("物资", ResourceKind.MATERIALS, "430100", "50000.00");
        ResourceOffer langli = offer("㮾梨企业", ResourceKind.FUNDS, "430121004", "50000.00");
        ResourceOffer yaan = offer("雅安基金会", ResourceKind.FUNDS, "511802", "50000.00");
        ResourceOffer withdrawn = new ResourceOffer(UUID.randomUUID(), "撤回", ProviderType.ENTERPRISE,
                ResourceKind.FUNDS, "撤回", null, Set.of(), Jurisdiction.of("430121"), new BigDecimal("1.00"), false,
                Instant.now());

        assertThat(OfferRanking.rank(funds, List.of(cityFunds, materials, langli, yaan, withdrawn)))
                .extracting(m -> m.offer().providerName()).containsExactly("长沙市基金会");
    }

    @Test
    void fieldThenAmountThenProximityDecide() {
        ResourceOffer cityInField = offer("市·对口·足额", ResourceKind.FUNDS, "430100", "30000.00",
                ServiceField.RURAL_REVITALIZATION);
        ResourceOffer streetInFieldSmall = offer("街道·对口·不足", ResourceKind.FUNDS, "430121001", "5000.00",
                ServiceField.RURAL_REVITALIZATION);
        ResourceOffer countyInField = offer("县·对口·足额", ResourceKind.FUNDS, "430121", "20000.00",
                ServiceField.RURAL_REVITALIZATION, ServiceField.YOUTH);
        ResourceOffer streetOtherField = offer("街道·不对口·足额", ResourceKind.FUNDS, "430121001", "90000.00",
                ServiceField.YOUTH);

        List<OfferRanking.Match> ranked = OfferRanking.rank(funds,
                List.of(streetOtherField, cityInField, streetInFieldSmall, countyInField));

        assertThat(ranked).extracting(m -> m.offer().providerName())
                .containsExactly("县·对口·足额", "市·对口·足额", "街道·对口·不足", "街道·不对口·足额");
        assertThat(ranked.get(0).fieldMatches()).isTrue();
        assertThat(ranked.get(2).coversAmount()).isFalse();
        assertThat(ranked.get(0).coverageTier()).isEqualTo("DISTRICT");
    }
}
