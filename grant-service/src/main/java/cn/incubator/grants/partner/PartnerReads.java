package cn.incubator.grants.partner;

import cn.incubator.grants.award.AwardService;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundService;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What a partner reads: the programmes it co-funds (inside its jurisdiction claim) and, for one of them, what became
 * of the money. Any other programme does not exist for it.
 */
@Service
class PartnerReads {

    private final PartnerRepository programmes;
    private final AwardService awards;
    private final RoundService rounds;
    private final DataScopes scopes;

    PartnerReads(PartnerRepository programmes, AwardService awards, RoundService rounds, DataScopes scopes) {
        this.programmes = programmes;
        this.rounds = rounds;
        this.awards = awards;
        this.scopes = scopes;
    }

    @ReadOnly
    Page<PartnerRepository.CoFundedProgramme> programmes(CurrentUser partner, String partnerId, PageRequest page) {
        return programmes.programmes(partnerId, scopes.of(partner), page);
    }

    /** One co-funded programme and what became of its money, read in one transaction. */
    record CoFunded(PartnerRepository.CoFundedProgramme programme, AwardService.CoFunded money) {
    }

    @ReadOnly
    CoFunded programme(CurrentUser partner, String partnerId, UUID id) {
        PartnerRepository.CoFundedProgramme programme = programmes.programme(partnerId, id, scopes.of(partner))
                .orElseThrow(() -> new NotFoundException("programme", id));
        return new CoFunded(programme, awards.coFunded(id));
    }

    /** The published rounds of a co-funded programme; any other programme is 404. */
    @ReadOnly
    Page<Round> rounds(CurrentUser partner, String partnerId, UUID id, PageRequest page) {
        programmes.programme(partnerId, id, scopes.of(partner)).orElseThrow(() -> new NotFoundException("programme", id));
        return rounds.publishedRoundsOf(id, page);
    }
}
