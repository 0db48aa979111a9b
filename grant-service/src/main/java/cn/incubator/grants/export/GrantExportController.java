package cn.incubator.grants.export;

import cn.incubator.grants.award.Award;
import cn.incubator.grants.award.AwardService;
import cn.incubator.grants.award.AwardView;
import cn.incubator.grants.review.AllocationRow;
import cn.incubator.grants.review.AllocationService;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.grants.round.RoundView;
import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.text.Display;
import cn.incubator.platform.text.EnumLabels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Excel 导出 of the console's grant lists (批次、申报、排序分配、资助协议): each the same filters, scope and permission as
 * the list it exports, all pages, Chinese headers and labels (the platform's exports are Chinese documents).
 */
@RestController
class GrantExportController {

    /** More rows than any programme holds; an export is never cut silently below this. */
    static final int EXPORT_LIMIT = 20_000;

    private final RoundService rounds;
    private final ProposalService proposals;
    private final AllocationService allocations;
    private final AwardService awards;
    private final MessageSource messages;
    private final NodeFederation federation;

    /** The awards list's order ({@code a.created_at, a.organization_name, a.id}). */
    static final ListOrder<AwardView> AWARDS = ListOrder.identifiedBy(AwardView::id).oldestFirst(AwardView::createdAt)
            .text(AwardView::organizationName).thenId();

    GrantExportController(RoundService rounds, ProposalService proposals, AllocationService allocations,
            AwardService awards, MessageSource messages, NodeFederation federation) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.allocations = allocations;
        this.awards = awards;
        this.messages = messages;
        this.federation = federation;
    }

    @GetMapping("/api/grants/v1/rounds/export")
    @RequiresPermission("grants:round:read")
    @Operation(summary = "The rounds you may see as .xlsx (same filters as the list; all pages)")
    @ApiResponse(responseCode = "200", description = "批次导出 · The rounds (.xlsx)", content = @Content(
            mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> rounds(CurrentUser user, @RequestParam(required = false) UUID programmeId,
            @RequestParam(required = false) RoundStatus status, HttpServletRequest request,
            HttpServletResponse response) {
        List<RoundView> own = Page.collect(page -> rounds.search(user, programmeId, status, page), EXPORT_LIMIT)
                .stream().map(RoundView::of).toList();
        // 跨节点导出: places holding street nodes export their rounds too, in the list's order.
        NodeFederation.Collected<RoundView> found = federation.collect("grants", user.jurisdictions(),
                "/api/grants/v1/rounds", Map.of(), own, EXPORT_LIMIT, RoundView.class, RoundView.ORDER, request, response);
        List<List<?>> rows = found.rows().stream().<List<?>>map(r -> Arrays.asList(r.title(), label(r.kind()),
                label(r.status()), r.jurisdiction().fullName(), r.opensOn(), r.closesOn(), r.graceDays(),
                r.noticeDays(), r.awardCap(), local(r.noticeStartsAt()), local(r.noticeEndsAt()),
                local(r.finalizedAt()), r.id().toString())).toList();
        return workbook("批次导出.xlsx", found, "批次", List.of("批次名称", "类型", "状态", "所属区划", "开始申报",
                "截止申报", "宽限天数", "公示天数", "单项上限（元）", "公示开始", "公示结束", "定案时间", "批次编号"), rows);
    }

    @GetMapping("/api/grants/v1/proposals/export")
    @RequiresPermission("grants:proposal:read")
    @Operation(summary = "Proposals you may see as .xlsx: one round's (roundId) or across rounds; all pages")
    @ApiResponse(responseCode = "200", description = "申报导出 · The proposals (.xlsx)", content = @Content(
            mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> proposals(CurrentUser user, @RequestParam(required = false) UUID roundId,
            @RequestParam(required = false) ProposalStatus status) {
        List<Proposal> found = Page.collect(page -> roundId == null ? proposals.searchAll(user, status, page)
                : proposals.search(user, roundId, status, page), EXPORT_LIMIT);
        List<List<?>> rows = found.stream().<List<?>>map(p -> Arrays.asList(p.title(), p.organizationName(),
                Jurisdiction.of(p.jurisdictionCode()).fullName(), p.priorityArea(), p.planCode(), p.requested(),
                label(p.status()), local(p.submittedAt()), String.join("；", p.screeningReasons()),
                p.id().toString(), p.roundId().toString())).toList();
        return workbook("申报导出.xlsx", "申报项目", List.of("申报项目", "申报组织", "所在区划", "关注领域", "资助计划",
                "申请金额（元）", "状态", "提交时间", "初审意见", "申报编号", "批次编号"), rows);
    }

    @GetMapping("/api/grants/v1/rounds/{id}/allocation/export")
    @RequiresPermission("grants:round:read")
    @Operation(summary = "A round's ranking and allocation as .xlsx (as GET /rounds/{id}/allocation reads it)")
    @ApiResponse(responseCode = "200", description = "排序与分配 · The ranking and allocation (.xlsx)", content = @Content(
            mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> allocation(CurrentUser user, @PathVariable UUID id) {
        AllocationService.RoundAllocation allocation = allocations.allocation(user, id);
        List<List<?>> rows = allocation.lines().stream().<List<?>>map((AllocationRow l) -> Arrays.asList(l.rank(),
                l.title(), l.organizationName(), l.jurisdiction() == null ? null : l.jurisdiction().fullName(),
                l.planCode(), l.totalScore(), l.priority() ? "是" : "否", l.requested(), l.limit(), l.recommended(),
                l.amount(), l.adjustedReason(), l.proposalId().toString())).toList();
        return workbook("排序与分配.xlsx", "排序与分配", List.of("排名", "申报项目", "申报组织", "所在区划", "资助计划",
                "总分", "优先", "申请金额（元）", "上限（元）", "建议金额（元）", "分配金额（元）", "调整理由", "申报编号"),
                rows);
    }

    @GetMapping("/api/grants/v1/awards/export")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The awards in your scope as .xlsx (same filter as the list; all pages)")
    @ApiResponse(responseCode = "200", description = "资助协议导出 · The awards (.xlsx)", content = @Content(
            mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> awards(CurrentUser user, @RequestParam(required = false) UUID programmeId,
            HttpServletRequest request, HttpServletResponse response) {
        List<AwardView> own = Page.collect(page -> awards.list(user, programmeId, page), EXPORT_LIMIT).stream()
                .map(AwardView::of).toList();
        // 跨节点导出: places holding street nodes export their awards too, in the list's order.
        NodeFederation.Collected<AwardView> found = federation.collect("grants", user.jurisdictions(),
                "/api/grants/v1/awards", Map.of(), own, EXPORT_LIMIT, AwardView.class, AWARDS, request, response);
        List<List<?>> rows = found.rows().stream().<List<?>>map(a -> Arrays.asList(a.projectTitle(),
                a.organizationName(), a.jurisdiction().fullName(), a.planCode(), a.amount(), label(a.status()),
                a.agreement() == null ? null : a.agreement().number(),
                a.agreement() == null ? null : a.agreement().signedOn(), local(a.createdAt()), a.id().toString()))
                .toList();
        return workbook("资助协议导出.xlsx", found, "资助协议", List.of("项目名称", "受资助组织", "所在区划", "资助计划",
                "资助金额（元）", "状态", "协议编号", "签约日期", "立项时间", "协议编号（系统）"), rows);
    }

    @GetMapping("/api/grants/v1/awards/{id}/export")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "One award's tranches, payments and reports as .xlsx (three sheets, as their lists read them)")
    @ApiResponse(responseCode = "200", description = "拨付与报告 · Tranches, payments and reports (.xlsx)",
            content = @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> award(CurrentUser user, @PathVariable UUID id) {
        Award award = awards.get(user, id);
        List<List<?>> tranches = awards.tranches(user, id).stream().<List<?>>map(t -> Arrays.asList(t.seq(),
                t.amount(), label(t.dependsOn()), label(t.status()), t.releasedBy(), local(t.releasedAt()))).toList();
        List<List<?>> payments = awards.payments(user, id).stream().<List<?>>map(p -> Arrays.asList(p.amount(),
                p.voucherNumber(), p.paidBy(), local(p.paidAt()), p.id().toString())).toList();
        List<List<?>> reports = awards.reports(user, id).stream().<List<?>>map(r -> Arrays.asList(label(r.kind()),
                label(r.status()), r.outcomes().activitiesHeld(), r.outcomes().personTimesServed(),
                r.outcomes().volunteerPersonTimes(), r.outcomes().fundsLeveraged(), r.submittedBy(),
                local(r.submittedAt()), r.returnReason(), r.decidedBy(), local(r.decidedAt()))).toList();
        return Downloads.of("拨付与报告-" + award.organizationName() + ".xlsx", Downloads.XLSX, ExcelTables.of(List.of(
                new ExcelTables.Table("拨付计划", List.of("期次", "金额（元）", "前置报告", "状态", "核准人", "核准时间"),
                        tranches),
                new ExcelTables.Table("拨付记录", List.of("金额（元）", "凭证号", "拨付人", "拨付时间", "拨付编号"), payments),
                new ExcelTables.Table("项目报告", List.of("报告类型", "状态", "开展活动（场）", "服务人次", "志愿者人次",
                        "撬动资金（元）", "提交人", "提交时间", "退回理由", "审核人", "审核时间"), reports))));
    }

    private static ResponseEntity<byte[]> workbook(String file, String sheet, List<String> headers,
            List<List<?>> rows) {
        return Downloads.of(file, Downloads.XLSX, ExcelTables.of(List.of(new ExcelTables.Table(sheet, headers, rows))));
    }

    /** The workbook of rows collected from several nodes: a sheet naming the missing nodes when one is. */
    private static ResponseEntity<byte[]> workbook(String file, NodeFederation.Collected<?> found, String sheet,
            List<String> headers, List<List<?>> rows) {
        return Downloads.of(file, Downloads.XLSX, ExcelTables.of(found.sheets(new ExcelTables.Table(sheet, headers,
                rows))));
    }

    private String label(Enum<?> value) {
        return value == null ? null : messages.getMessage(EnumLabels.key(value), null, value.name(), Locale.CHINA);
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Display.ZONE);
    }
}
