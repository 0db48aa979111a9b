package cn.incubator.grants.award;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static cn.incubator.grants.GrantTestData.XINGSHA_FEDERATION;
import static cn.incubator.grants.GrantTestData.XINGSHA_HUB;

import cn.incubator.grants.GrantTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Awards of the Xingsha federation in a fresh county programme, as far along as a test needs them. */
record AwardFixture(AwardService awards, JdbcClient jdbc, TransactionTemplate transactions,
        ApplicationEventPublisher events) {

    static final Award.Agreement AGREEMENT = new Award.Agreement("CSX-GYCT-2026-001", "按协议执行，专款专用，凭证归档。",
            LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));

    Award awarded(String amount) {
        UUID programme = GrantTestData.programme(jdbc, "长沙县第一届公益创投", "440000.00", null, null);
        GrantTestData.decide(transactions, events, programme, List.of(GrantTestData.line(XINGSHA_FEDERATION,
                "长沙县星沙街道社区社会组织联合会", "430121001000", "邻里守望互助计划", amount)));
        return awards.list(COUNTY_OFFICER, programme, PageRequest.first(200)).items().get(0);
    }

    /** Signed: the first tranche on signing, the last after the final report, those between after the interim one. */
    Award signed(String amount, String... tranches) {
        return signed(AGREEMENT, amount, tranches);
    }

    /** Signed with that agreement (its report due dates). */
    Award signed(Award.Agreement agreement, String amount, String... tranches) {
        Award award = awarded(amount);
        List<DisbursementSchedule.Planned> planned = new ArrayList<>();
        for (int i = 0; i < tranches.length; i++) {
            ReportKind dependsOn = i == 0 ? null : i == tranches.length - 1 ? ReportKind.FINAL : ReportKind.INTERIM;
            planned.add(new DisbursementSchedule.Planned(new BigDecimal(tranches[i]), dependsOn));
        }
        return awards.signAgreement(XINGSHA_HUB, award.id(), agreement, planned);
    }
}
