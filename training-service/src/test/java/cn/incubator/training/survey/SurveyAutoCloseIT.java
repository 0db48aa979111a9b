package cn.incubator.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.node.NodeDuties;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.training.support.TrainingIT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey auto-close at the moments of a stopped clock: an open survey is closed once its close time has come, not
 * before, audited like a manual close (by {@code survey-auto-close}); a draft is left alone; a second run closes
 * nothing more; four instances running at once close each survey once; and a survey another transaction holds (staff
 * closing it by hand) is skipped without waiting, then closed by a later run. The surveys go to 㮾梨 (Langli), which
 * no other test lists, and all end closed.
 */
class SurveyAutoCloseIT extends TrainingIT {

    private static final Jurisdiction LANGLI = Jurisdiction.of("430121004000");
    /** An organization of Langli other than the dragon-boat team, which answers. */
    private static final CurrentUser ANOTHER_LANGLI_ADMIN = Callers.orgAdmin("langli-other-admin", UUID.randomUUID(),
            "430121004000");

    @Autowired
    SurveyService surveys;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anOpenSurveyIsClosedWhenItsCloseTimeHasComeOnceAndAuditedLikeAManualClose() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Questionnaire questionnaire = questionnaire();
        Survey due = open(questionnaire, now.plus(Duration.ofHours(1)));
        Survey later = open(questionnaire, now.plus(Duration.ofHours(3)));
        Survey draft = surveys.create(COUNTY_BASE, questionnaire.id(), LANGLI, "未发布的调查",
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));

        CLOCK.stoppedAt = now.plus(Duration.ofMinutes(59));
        assertThat(ids(surveys.closePastCloseTime())).doesNotContain(due.id(), later.id(), draft.id());
        surveys.answer(DRAGON_BOAT_ADMIN, due.id(), List.of(Answer.choice("needs", "tax"),
                Answer.scale("finance-urgency", 4)));

        CLOCK.stoppedAt = due.closesAt();
        List<Survey> closed = surveys.closePastCloseTime();
        assertThat(ids(closed)).contains(due.id()).doesNotContain(later.id(), draft.id());
        assertThat(status(due)).isEqualTo(SurveyStatus.CLOSED);
        assertThat(status(later)).isEqualTo(SurveyStatus.OPEN);
        assertThat(status(draft)).isEqualTo(SurveyStatus.DRAFT);
        assertThat(surveys.get(COUNTY_OFFICER, due.id()).responses()).isEqualTo(1);

        // a second run closes nothing more; the survey's timeline has one closing
        CLOCK.stoppedAt = due.closesAt().plus(Duration.ofMinutes(1));
        assertThat(ids(surveys.closePastCloseTime())).doesNotContain(due.id(), later.id(), draft.id());
        assertThat(closings(due)).containsExactly("survey-auto-close \"OPEN\" → \"CLOSED\"");
        assertThatThrownBy(() -> surveys.close(COUNTY_BASE, due.id())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> surveys.answer(ANOTHER_LANGLI_ADMIN, due.id(), List.of()))
                .isInstanceOf(IllegalTransitionException.class);

        // the same entry as staff closing one by hand, but for the actor
        surveys.close(COUNTY_BASE, later.id());
        assertThat(closings(later)).containsExactly("county-base \"OPEN\" → \"CLOSED\"");
        assertThat(surveys.timeline(COUNTY_BASE, due.id(), PageRequest.first(50))
                .items()).extracting(e -> e.action())
                .containsExactly("survey.created", "survey.opened", "survey.answered", "survey.closed");
        CLOCK.stoppedAt = null;
        surveys.open(COUNTY_BASE, draft.id());
        surveys.close(COUNTY_BASE, draft.id());
    }

    /**
     * On a street node that is joining (接入中) the run closes nothing: the surveys it holds then are copies the
     * handover is still verifying against the parent, which owns them and closes them; once the node is active it does.
     */
    @Test
    void aJoiningNodeClosesNothingUntilItOwnsItsSubtree() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Survey due = open(questionnaire(), now.plus(Duration.ofHours(1)));
        CLOCK.stoppedAt = due.closesAt().plusSeconds(1);
        AtomicBoolean joining = new AtomicBoolean(true);
        SurveyAutoClose onTheNode = new SurveyAutoClose(surveys, new NodeDuties(new Node("langli", LANGLI),
                name -> name.equals("langli") && joining.get()));

        onTheNode.run();
        assertThat(status(due)).isEqualTo(SurveyStatus.OPEN);

        joining.set(false);
        onTheNode.run();
        assertThat(status(due)).isEqualTo(SurveyStatus.CLOSED);
        CLOCK.stoppedAt = null;
    }

    @Test
    void severalInstancesAtOnceCloseEachSurveyOnceAndSkipWhatAnotherHolds() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Questionnaire questionnaire = questionnaire();
        List<Survey> mine = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mine.add(open(questionnaire, now.plus(Duration.ofHours(1))));
        }
        Survey held = open(questionnaire, now.plus(Duration.ofHours(1)));
        Set<UUID> ids = ids(mine);
        CLOCK.stoppedAt = now.plus(Duration.ofHours(1)).plusSeconds(1);

        // while another transaction holds one survey (as a manual close does), four instances run at once
        List<UUID> closedByRuns = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT id FROM survey WHERE id = :id FOR UPDATE").param("id", held.id()).query(UUID.class)
                    .single();
            ExecutorService instances = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Survey>>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    runs.add(instances.submit(() -> {
                        start.await();
                        return surveys.closePastCloseTime();
                    }));
                }
                start.countDown();
                for (Future<List<Survey>> run : runs) {
                    run.get(60, TimeUnit.SECONDS).forEach(s -> closedByRuns.add(s.id()));
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                instances.shutdownNow();
            }
        });

        assertThat(closedByRuns.stream().filter(ids::contains).toList()).hasSize(12).doesNotHaveDuplicates();
        assertThat(closedByRuns).doesNotContain(held.id());
        for (Survey survey : mine) {
            assertThat(status(survey)).isEqualTo(SurveyStatus.CLOSED);
            assertThat(closings(survey)).hasSize(1);
        }
        assertThat(status(held)).isEqualTo(SurveyStatus.OPEN);

        // released, the next run closes it
        assertThat(ids(CompletableFuture.supplyAsync(surveys::closePastCloseTime).get(60, TimeUnit.SECONDS)))
                .contains(held.id());
        assertThat(closings(held)).containsExactly("survey-auto-close \"OPEN\" → \"CLOSED\"");
    }

    private Questionnaire questionnaire() {
        return surveys.define(COUNTY_BASE, Jurisdiction.of("430121000000"), "培训需求调查（自动截止）", null,
                Questionnaires.needsQuestions());
    }

    private Survey open(Questionnaire questionnaire, Instant closesAt) {
        Survey survey = surveys.create(COUNTY_BASE, questionnaire.id(), LANGLI, "㮾梨街道培训需求调查",
                Instant.now().minus(Duration.ofHours(1)), closesAt);
        return surveys.open(COUNTY_BASE, survey.id());
    }

    private SurveyStatus status(Survey survey) {
        return surveys.get(COUNTY_BASE, survey.id()).status();
    }

    /** The survey's closings on its timeline: actor, state before → after. */
    private List<String> closings(Survey survey) {
        return jdbc.sql("""
                        SELECT actor, before_state::text AS before, after_state::text AS after FROM audit_entry
                        WHERE subject_type = 'survey' AND subject_id = :id AND action = 'survey.closed'
                        ORDER BY seq""")
                .param("id", survey.id().toString())
                .query((rs, n) -> rs.getString("actor") + " " + rs.getString("before") + " → " + rs.getString("after"))
                .list();
    }

    private static Set<UUID> ids(List<Survey> list) {
        return list.stream().map(Survey::id).collect(Collectors.toSet());
    }
}
