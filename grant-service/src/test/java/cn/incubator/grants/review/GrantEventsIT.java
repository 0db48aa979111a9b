package cn.incubator.grants.review;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.contracts.grants.events.v1.CallClosed;
import cn.incubator.contracts.grants.events.v1.CallOpened;
import cn.incubator.contracts.grants.events.v1.ExpertAssigned;
import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.support.Fixtures;
import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventPayloads;
import com.google.protobuf.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the grant service tells other services through its outbox: a call opened and closed early, an expert seated
 * on the panel (once, however often the officer seats them), each with the round's place and the round as subject.
 */
class GrantEventsIT extends GrantIT {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RoundService rounds;
    @Autowired
    ReviewService reviews;

    @Test
    void aCallItsEarlyCloseAndAPanelSeatAreInTheOutboxOnceEach() {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投（事件）",
                "100000"));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(), Fixtures.round("第一期（事件）",
                LocalDate.now().plusDays(3), 0, 7));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE, "申报已满，提前截止");
        String talent = "T-EVENTS-" + UUID.randomUUID();
        SERVICES.expert(talent, "王志刚", "expert-demo");
        reviews.addExpert(COUNTY_OFFICER, round.id(), talent);
        reviews.addExpert(COUNTY_OFFICER, round.id(), talent);

        CallOpened opened = only(round, CallOpened.getDefaultInstance());
        assertThat(opened.getRoundTitle()).isEqualTo("第一期（事件）");
        assertThat(opened.getClosesOn()).isEqualTo(round.closesOn().toString());
        CallClosed closed = only(round, CallClosed.getDefaultInstance());
        assertThat(closed.getEarly()).isTrue();
        assertThat(closed.getReason()).isEqualTo("申报已满，提前截止");
        ExpertAssigned assigned = only(round, ExpertAssigned.getDefaultInstance());
        assertThat(assigned.getExpertUsername()).isEqualTo("expert-demo");
        assertThat(assigned.getTalentId()).isEqualTo(talent);
    }

    /** The one event of the type about the round, checked for the round's place; its payload. */
    private <T extends Message> T only(Round round, T prototype) {
        List<EventEnvelope> events = jdbc.sql("""
                SELECT event_id, event_type, occurred_at, jurisdiction, subject_id, payload::text AS payload
                FROM outbound_event WHERE event_type = :type AND subject_id = :round""")
                .param("type", EventPayloads.typeOf(prototype))
                .param("round", round.id().toString())
                .query((rs, n) -> new EventEnvelope(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                        rs.getTimestamp("occurred_at").toInstant(), "grant-service", rs.getString("jurisdiction"),
                        rs.getString("subject_id"), json.readTree(rs.getString("payload"))))
                .list();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).jurisdiction()).isEqualTo(round.jurisdictionCode());
        return EventPayloads.read(events.get(0), prototype);
    }
}
