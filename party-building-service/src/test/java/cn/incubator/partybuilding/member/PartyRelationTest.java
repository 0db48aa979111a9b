package cn.incubator.partybuilding.member;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 组织关系接转 and leaving: pending → transferred once; a member leaves once. */
class PartyRelationTest {

    @Test
    void theWholeMemberTableEveryOtherPairRefused() {
        LifecycleTables.assertExactly(MemberStatus.LIFECYCLE, """
                PENDING TRANSFER_RELATION TRANSFERRED
                PENDING LEAVE LEFT
                TRANSFERRED LEAVE LEFT
                """);
    }

    @Test
    void aMembersStatusFollowsItsRelationAndWhetherItLeft() {
        PartyMember pending = new PartyMember(UUID.randomUUID(), UUID.randomUUID(), "张三", null, null, null,
                Membership.FULL, PartyRelation.PENDING, null, Instant.EPOCH, null);

        PartyMember transferred = pending.transferred(Instant.EPOCH);

        assertThat(pending.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(transferred.status()).isEqualTo(MemberStatus.TRANSFERRED);
        assertThat(transferred.relation()).isEqualTo(PartyRelation.TRANSFERRED);
        assertThat(transferred.left(Instant.EPOCH).status()).isEqualTo(MemberStatus.LEFT);
    }
}
