package cn.incubator.platform.permission;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of who may do what (角色权限表): every permission of the platform and the roles it is granted to.
 * Deny by default: a role has exactly the permissions listed here, an operation that declares no permission is
 * refused, and data scope (jurisdiction, organization, assignment, partner) narrows every grant further.
 *
 * <p>Drawn from {@code PERMISSIONS.md}; {@code docs/permissions.md} is generated from this table and the operations
 * that declare each permission, and a test keeps the two in step.
 */
public final class PermissionTable {

    public static final String ADMIN = "platform-admin";
    public static final String OFFICER = "civil-affairs";
    public static final String BASE = "base-operator";
    public static final String HUB = "hub-operator";
    public static final String ORG = "org-admin";
    public static final String EXPERT = "expert";
    public static final String INSTRUCTOR = "party-instructor";
    public static final String TRAINER = "trainer";
    public static final String PARTNER = "partner";

    /** Every role, in the order the generated table shows them. */
    public static final List<String> ROLES =
            List.of(ADMIN, OFFICER, BASE, HUB, ORG, EXPERT, INSTRUCTOR, TRAINER, PARTNER);

    private static final String[] STAFF = {ADMIN, OFFICER, BASE, HUB};
    private static final String[] OFFICERS = {ADMIN, OFFICER};

    private static final Map<String, Permission> CATALOGUE = new LinkedHashMap<>();
    private static final Map<String, Set<String>> ROLES_OF = new LinkedHashMap<>();

    static {
        // 组织库 · registry
        grant("registry:organization:read", "查看组织档案、检索、时间线", "Read organization profiles, search, timelines",
                ADMIN, OFFICER, BASE, HUB, ORG, INSTRUCTOR);
        grant("registry:organization:record", "录入筹备中的组织、名称查重、备案、换届",
                "Record organizations in preparation, check names, file, renew boards", STAFF);
        grant("registry:organization:register", "登记与注销", "Register and cancel organizations", OFFICERS);
        grant("registry:organization:edit", "更正组织档案", "Correct an organization's profile",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:contact:read-unmasked", "查看未脱敏的法定代表人与联系人电话（逐次留痕）",
                "Read legal representatives' and contacts' phones unmasked (each read audited)", ADMIN, OFFICER, HUB, ORG);
        grant("registry:organization:import", "Excel 导入组织", "Import organizations from Excel", STAFF);
        grant("registry:organization:export", "Excel 导出组织", "Export organizations to Excel", STAFF);
        grant("registry:guidance:read", "查看登记指引与办理进度", "Read registration guides and progress",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:guidance:write", "更新登记办理进度", "Mark registration steps done",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:consultation:read", "查看咨询记录与统计", "Read consultations and their statistics", STAFF);
        grant("registry:consultation:write", "记录咨询", "Record consultations", STAFF);
        grant("registry:inspection:read", "查看年检", "Read annual inspections", ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:inspection:submit", "提交年检报告", "Submit annual inspection reports", ADMIN, OFFICER, ORG);
        grant("registry:inspection:conclude", "年检初审、结论与整改", "Review, conclude and follow rectification",
                OFFICERS);
        grant("registry:abnormal:read", "查看异常名录与资格", "Read the abnormal list and eligibility",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:abnormal:write", "列入与移出异常名录", "List and withdraw abnormal listings", OFFICERS);
        grant("registry:talent:read", "查看人才库（脱敏）", "Read the talent pool (masked)", STAFF);
        grant("registry:talent:write", "维护人才库与任职", "Maintain the talent pool and affiliations", OFFICERS);
        grant("registry:need:read", "查看需求、资源与对接", "Read needs, offers, matches and linkages",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:need:write", "发布与关闭需求", "Post and close needs", ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:need:link", "发布资源、对接需求", "Offer resources and link them to needs", STAFF);
        grant("registry:weekly:read", "查看每周活动预报", "Read weekly activity pre-reports",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:weekly:submit", "提交、更正、撤回每周活动预报", "Submit, correct and withdraw pre-reports",
                ADMIN, ORG);
        grant("registry:weekly:compile", "汇编预报、冲突与跟踪检查", "Compile pre-reports, clashes and follow-up checks",
                STAFF);
        grant("registry:statistics:read", "查看组织统计", "Read organization statistics",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("registry:statistics:write", "维护常住人口", "Maintain resident populations", OFFICERS);
        // The web console asks who the caller is (menus, buttons, jurisdiction picker): every role but a partner client.
        grant("registry:caller:read", "查看本人角色、权限与辖区", "Read one's own roles, permissions and jurisdictions",
                ADMIN, OFFICER, BASE, HUB, ORG, EXPERT, INSTRUCTOR, TRAINER);
        // 节点目录 · the central team's tier-node directory (issue 14); the gateway reads it as the service client.
        grant("registry:node:read", "查看节点目录", "Read the node directory", ADMIN);
        grant("registry:node:register", "登记节点", "Register a node", ADMIN);
        grant("registry:node:drain", "排空节点", "Drain a node", ADMIN);
        grant("registry:node:remove", "移除节点", "Remove a node", ADMIN);
        // Notices (站内信) from every service, each reader's own: what is addressed to them by name, organization, or
        // role within their jurisdiction. Every role but a partner client (partners get webhooks).
        grant("registry:notification:read", "查看本人站内信", "Read one's own notices",
                ADMIN, OFFICER, BASE, HUB, ORG, EXPERT, INSTRUCTOR, TRAINER);
        grant("registry:notification:mark", "将本人站内信标为已读", "Mark one's own notices read",
                ADMIN, OFFICER, BASE, HUB, ORG, EXPERT, INSTRUCTOR, TRAINER);
        // 操作日志: every service answers for its own audit timeline (platform audit.OperationLogController).
        grant("registry:audit:read", "查看组织库操作日志（操作前后对比）", "Read the registry's operation log (before and after)",
                OFFICERS);

        // 孵化 · incubation
        // An organization applies to a base of its county or city, so it reads the bases it may apply to.
        grant("incubation:base:read", "查看基地、区域与工位", "Read bases, zones and workstations",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("incubation:base:write", "维护基地、区域与工位", "Maintain bases, zones and workstations", ADMIN, BASE);
        grant("incubation:case:read", "查看孵化案例", "Read incubation cases",
                ADMIN, OFFICER, BASE, HUB, ORG, EXPERT, INSTRUCTOR);
        grant("incubation:case:apply", "申请入驻孵化", "Apply for incubation", ADMIN, OFFICER, BASE, HUB, ORG);
        grant("incubation:case:transition", "推进孵化阶段、分配工位", "Move cases through stages, assign workstations",
                STAFF);
        grant("incubation:evaluation:read", "查看评估", "Read evaluations", ADMIN, OFFICER, BASE, HUB, EXPERT);
        grant("incubation:evaluation:manage", "发起评估、组建专家组、作出决定",
                "Open evaluations, seat panels, decide", STAFF);
        grant("incubation:evaluation:score", "评分与回避", "Score and declare conflicts", ADMIN, OFFICER, BASE, HUB,
                EXPERT);
        grant("incubation:rubric:read", "查看评估量表", "Read rubrics", ADMIN, OFFICER, BASE, HUB, EXPERT);
        grant("incubation:rubric:write", "发布评估量表", "Publish rubrics", OFFICERS);
        grant("incubation:service:read", "查看服务、督导与模板", "Read services, supervision and templates",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("incubation:service:write", "记录服务、督导与模板", "Record services, supervision and templates",
                ADMIN, BASE, HUB);
        grant("incubation:hub:read", "查看枢纽与覆盖", "Read street hubs and coverage", STAFF);
        grant("incubation:hub:write", "登记与评估枢纽", "Register and evaluate street hubs", STAFF);
        grant("incubation:statistics:read", "查看孵化统计", "Read incubation statistics", STAFF);
        grant("incubation:notification:read", "查看与标记提醒", "Read and mark reminders",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("incubation:audit:read", "查看孵化操作日志（操作前后对比）",
                "Read the incubation operation log (before and after)", OFFICERS);

        // 党建 · party-building
        grant("party:case:read", "查看党组织孵化案例、组织与评星", "Read party cases, units and ratings",
                ADMIN, OFFICER, BASE, HUB, ORG, INSTRUCTOR);
        grant("party:case:open", "手工建立党建案例", "Open a party case by hand", ADMIN, OFFICER, BASE);
        grant("party:case:work", "党建工作：阶段、计划、支部、会议", "Party work: stages, plans, branches, meetings",
                ADMIN, OFFICER, INSTRUCTOR);
        grant("party:committee:decide", "党委决定：指导员、结对、组织架构、评星",
                "Committee decisions: instructors, pairing, structure, star ratings", OFFICERS);
        grant("party:member:read", "查看党员（脱敏）", "Read party members (masked)", ADMIN, OFFICER, INSTRUCTOR);
        grant("party:member:write", "维护党员", "Maintain party members", ADMIN, OFFICER, INSTRUCTOR);
        grant("party:checklist:write", "维护评星细则", "Maintain the star-rating checklist", ADMIN);
        grant("party:statistics:read", "查看党建覆盖", "Read party coverage", ADMIN, OFFICER, BASE, HUB, INSTRUCTOR);
        grant("party:audit:read", "查看党建操作日志（操作前后对比）", "Read the party-building operation log (before and after)",
                OFFICERS);

        // 公益创投与资助 · grants
        grant("grants:programme:read", "查看项目计划、资金池与台账", "Read programmes, pools and ledgers", STAFF);
        grant("grants:programme:write", "设立项目计划与资金", "Set up programmes, fundings and plans",
                ADMIN, OFFICER, HUB);
        grant("grants:round:read", "查看征集轮次", "Read rounds", ADMIN, OFFICER, BASE, HUB, ORG, EXPERT);
        grant("grants:round:manage", "征集、初审、评审组、排序、公示", "Calls, screening, panels, ranking, notice",
                STAFF);
        grant("grants:round:finalize", "确定资助结果", "Finalize rounds", ADMIN, OFFICER, HUB);
        grant("grants:proposal:read", "查看申报", "Read proposals", ADMIN, OFFICER, BASE, HUB, ORG, EXPERT);
        grant("grants:proposal:write", "填写与提交申报", "Draft and submit proposals", ADMIN, OFFICER, BASE, HUB, ORG);
        grant("grants:objection:lodge", "提出公示异议", "Lodge an objection during the notice",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("grants:review:score", "专家评分与回避", "Score proposals and declare conflicts",
                ADMIN, OFFICER, BASE, HUB, EXPERT);
        grant("grants:review:assignments", "查看本人评审任务", "Read one's own review assignments", EXPERT);
        grant("grants:award:read", "查看资助项目、拨付与报告", "Read awards, payments and reports",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("grants:award:manage", "协议、结项与终止", "Agreements, closing and termination", ADMIN, OFFICER, HUB);
        grant("grants:award:pay", "释放分期与拨付", "Release tranches and pay", ADMIN, OFFICER, HUB);
        grant("grants:report:submit", "提交项目报告", "Submit award reports", ORG);
        grant("grants:report:decide", "审核项目报告", "Approve or return reports", STAFF);
        grant("grants:tracking:write", "跟踪督导走访", "Record tracking visits", STAFF);
        // An expert evaluates only awards assigned to them (PERMISSIONS.md: A); no such assignment exists yet, so the
        // staff record the third-party evaluator's result and an expert holds nothing here.
        grant("grants:evaluation:write", "第三方结项评估", "Third-party final evaluation", STAFF);
        grant("grants:activity:write", "记录项目活动", "Log project activities", ADMIN, OFFICER, BASE, HUB, ORG);
        grant("grants:custody:read", "查看资金代管", "Read fund custody", ADMIN, OFFICER, BASE, HUB, ORG);
        grant("grants:custody:write", "资金代管协议与记账", "Custody agreements and entries", ADMIN, OFFICER, HUB);
        grant("grants:marketplace:read", "查看社区项目", "Read community projects", ADMIN, OFFICER, BASE, HUB, ORG);
        grant("grants:marketplace:post", "发布、选定、完成社区项目", "Post, choose, complete community projects", STAFF);
        grant("grants:marketplace:offer", "承接社区项目", "Offer to take on a community project", ORG);
        grant("grants:marketplace:deliver", "记录社区项目实施", "Trace a community project's delivery",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("grants:partner:provision", "开通合作方账号", "Provision partner accounts", OFFICERS);
        grant("grants:audit:read", "查看公益创投操作日志（操作前后对比）", "Read the grants operation log (before and after)",
                OFFICERS);

        // 能力建设 · training
        grant("training:course:read", "查看课程", "Read the course catalogue", ADMIN, OFFICER, BASE, HUB, ORG, TRAINER);
        grant("training:course:write", "管理课程", "Manage courses", ADMIN, BASE, HUB);
        grant("training:session:read", "查看培训班次", "Read sessions", ADMIN, OFFICER, BASE, HUB, ORG, TRAINER);
        grant("training:session:write", "安排、开放、截止、取消培训班次", "Plan, open, close and cancel sessions",
                ADMIN, BASE, HUB);
        grant("training:enrolment:read", "查看报名与候补", "Read enrolments and waiting lists",
                ADMIN, OFFICER, BASE, HUB, ORG, TRAINER);
        grant("training:enrolment:write", "为本组织人员报名", "Enrol your organization's people", ORG);
        grant("training:enrolment:cancel", "取消报名", "Cancel an enrolment", ADMIN, BASE, HUB, ORG);
        grant("training:attendance:read", "查看考勤", "Read attendance", ADMIN, OFFICER, BASE, HUB, ORG, TRAINER);
        grant("training:attendance:check-in", "凭签到码签到", "Check in with a one-time code",
                ADMIN, BASE, HUB, ORG, TRAINER);
        grant("training:attendance:record", "发放签到码、点名", "Issue check-in codes, take the roll call",
                ADMIN, BASE, HUB, TRAINER);
        grant("training:statistics:read", "查看培训人次统计", "Read person-time statistics",
                ADMIN, OFFICER, BASE, HUB, TRAINER);
        grant("training:certificate:read", "查看结业证书", "Read certificates", ADMIN, OFFICER, BASE, HUB, ORG, TRAINER);
        grant("training:certificate:issue", "判定结业、颁发证书", "Judge completion and issue certificates",
                ADMIN, BASE, HUB, TRAINER);
        grant("training:certificate:revoke", "撤销证书", "Revoke certificates", ADMIN, BASE, HUB);
        // 能力建设 · cascade (研发+重点+推广) and programmes (培训项目)
        grant("training:courseware:write", "发布课件版本", "Release courseware versions of a course", ADMIN, BASE);
        grant("training:reach:read", "查看课件推广覆盖（各街道开班与人次）",
                "Read a cascade's reach (sessions and person-times by street)", ADMIN, OFFICER, BASE, HUB);
        grant("training:programme:read", "查看培训项目、合作方资助与辅导记录",
                "Read training programmes, their co-funding and coaching", ADMIN, OFFICER, BASE, HUB);
        grant("training:programme:write", "设立培训项目、记录品牌项目辅导",
                "Set up training programmes, log brand-project coaching", ADMIN, BASE, HUB);
        grant("training:programme:fund", "记录合作方共同资助", "Record a partner's co-funding of a programme",
                ADMIN, OFFICER);
        // 需求调查 · needs surveys: staff send surveys where they work, an organization answers its own, officers read
        // the results; accepting a plan writes courses, so it needs training:course:write.
        grant("training:survey:read", "查看调查问卷与需求调查", "Read questionnaires and surveys",
                ADMIN, OFFICER, BASE, HUB, ORG);
        grant("training:survey:write", "设计问卷、发起与结束需求调查", "Define questionnaires, open and close surveys",
                ADMIN, BASE, HUB);
        grant("training:survey:answer", "为本组织填答需求调查", "Answer surveys for your organization", ORG);
        grant("training:survey:results", "查看调查结果、回收率与课程计划", "Read survey results, response rates and plans",
                ADMIN, OFFICER, BASE, HUB);
        grant("training:audit:read", "查看能力建设操作日志（操作前后对比）",
                "Read the training operation log (before and after)", OFFICERS);

        // 合作方接口 · partner API
        grant("partner:programme:read", "合作方查看共同资助的项目", "Partners read their co-funded programmes", PARTNER);
        grant("partner:webhook:write", "合作方订阅事件、查看投递记录",
                "Partners subscribe to webhooks and read their deliveries", PARTNER);

        // 平台 · services among themselves
        grant("platform:event:deliver", "服务间投递事件", "Deliver events between services", ADMIN);
        grant("platform:handover:run", "启动数据移交（各服务）", "Start or resume a node's handover (any service)", ADMIN);
        grant("platform:handover:read", "查看数据移交进度（各服务）", "Read a handover's progress (any service)", ADMIN);
        grant("platform:handover:transfer", "节点间移交数据", "Transfer a subtree's records between nodes", ADMIN);
        grant("platform:event:replay", "重放搁置的事件", "Replay a parked event once its cause is fixed", ADMIN);
    }

    private PermissionTable() {
    }

    private static void grant(String code, String chinese, String english, String... roles) {
        if (CATALOGUE.containsKey(code)) {
            throw new IllegalStateException("Permission listed twice: " + code);
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalStateException("Unknown role " + role + " for " + code);
            }
        }
        CATALOGUE.put(code, new Permission(code, chinese, english));
        ROLES_OF.put(code, Collections.unmodifiableSet(new LinkedHashSet<>(List.of(roles))));
    }

    /** Every permission, grouped by service in the order above. */
    public static Collection<Permission> all() {
        return Collections.unmodifiableCollection(CATALOGUE.values());
    }

    public static Optional<Permission> find(String code) {
        return Optional.ofNullable(CATALOGUE.get(code));
    }

    /** The roles a permission is granted to (empty for an unknown code). */
    public static Set<String> rolesGranted(String code) {
        return ROLES_OF.getOrDefault(code, Set.of());
    }

    /** Whether any of the caller's roles holds the permission. */
    public static boolean allows(Collection<String> roles, String code) {
        Set<String> granted = rolesGranted(code);
        return roles.stream().anyMatch(granted::contains);
    }

    /** Every permission one role holds. */
    public static Set<String> permissionsOf(String role) {
        Set<String> held = new LinkedHashSet<>();
        ROLES_OF.forEach((code, roles) -> {
            if (roles.contains(role)) {
                held.add(code);
            }
        });
        return held;
    }
}
