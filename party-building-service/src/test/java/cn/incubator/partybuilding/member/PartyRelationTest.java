package cn.incubator.partybuilding.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 组织关系接转: pending → transferred, once. */
class PartyRelationTest {

    @Test
    void pendingRelationIsTransferred() {
        assertThat(PartyRelation.PENDING.transfer()).isEqualTo(PartyRelation.TRANSFERRED);
    }

    @Test
    void transferredRelationCannotBeTransferredAgain() {
        assertThatThrownBy(PartyRelation.TRANSFERRED::transfer).isInstanceOf(IllegalStateException.class);
    }
}
