package cn.incubator.registry.needs;

import java.util.Comparator;
import java.util.List;

/**
 * Suggests offers for a need (资源匹配). Candidates are open offers of the need's kind whose coverage contains the
 * need's jurisdiction (a city-wide foundation serves every street of the city). They are ranked by:
 * <ol>
 *   <li>field: offers that list the need's service field first;</li>
 *   <li>amount: for funds, offers whose value covers the amount asked first (one linkage settles the need);</li>
 *   <li>proximity: the narrowest coverage first (a street's enterprise before a county's before a city's): local
 *       providers know the place and link faster;</li>
 *   <li>then the larger value, then the newest offer, then the id, so the order is stable.</li>
 * </ol>
 */
public final class OfferRanking {

    private OfferRanking() {
    }

    /** One suggestion and why it ranks where it does. */
    public record Match(ResourceOffer offer, boolean fieldMatches, boolean coversAmount, String coverageTier) {
    }

    public static List<Match> rank(Need need, List<ResourceOffer> offers) {
        return offers.stream()
                .filter(offer -> offer.open() && offer.kind() == need.kind()
                        && offer.coverage().contains(need.jurisdiction()))
                .map(offer -> new Match(offer, offer.fields().contains(need.field()), covers(need, offer),
                        offer.coverage().tier().name()))
                .sorted(ORDER)
                .toList();
    }

    private static boolean covers(Need need, ResourceOffer offer) {
        return need.amountYuan() == null
                || (offer.valueYuan() != null && offer.valueYuan().compareTo(need.amountYuan()) >= 0);
    }

    private static final Comparator<Match> ORDER = Comparator
            .comparing((Match m) -> !m.fieldMatches())
            .thenComparing(m -> !m.coversAmount())
            .thenComparing((Match m) -> m.offer().coverage().tier().ordinal(), Comparator.reverseOrder())
            .thenComparing(m -> m.offer().valueYuan(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(m -> m.offer().createdAt(), Comparator.reverseOrder())
            .thenComparing(m -> m.offer().id());
}
