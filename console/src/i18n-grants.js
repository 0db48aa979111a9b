// Strings of the grant screens (公益创投: programmes, rounds, proposals, awards), Chinese first; merged into i18n.js.
export const grants = {
  zh: {
    menu: { grantProgrammes: '项目计划', grantRounds: '创投批次', myGrants: '申报与项目', grantAwards: '资助项目' },
    grants: {
      round: '批次', rounds: '创投批次', programme: '项目计划', kind: '类型', status: '状态', jurisdiction: '所属区划',
      opensOn: '开始申报', closesOn: '截止申报', deadline: '申报截止（含宽限）', graceDays: '宽限天数', noticeDays: '公示天数',
      awardCap: '单项上限', priorityAreas: '关注领域', eligibility: '申报条件', minimumMaturity: '最低成熟度',
      allowedLegalForms: '组织形式', rubric: '评分标准', weight: '权重', maxScore: '满分', notice: '公示',
      noticeStartsAt: '公示开始', noticeEndsAt: '公示结束', finalizedAt: '定案时间', reason: '理由',
      reasonRequired: '此操作需要填写理由', confirm: '确认执行“{action}”？', done: '已完成：{action}', open: '打开',
      stages: {
        call: '申报征集', screening: '初审 / 筛选', panel: '专家评审', ranking: '排序与分配', notice: '公示与异议',
        final: '定案'
      },
      roundStatus: {
        DRAFT: '草稿', OPEN: '征集中', CLOSED: '征集结束', INITIAL_REVIEW: '初审中', EXPERT_REVIEW: '专家评审中',
        RANKED: '已排序分配', PUBLIC_NOTICE: '公示中', FINAL: '已定案', CANCELLED: '已取消'
      },
      action: {
        PUBLISH: '发布申报通知', CLOSE: '结束征集', START_INITIAL_REVIEW: '开始初审', START_EXPERT_REVIEW: '开始专家评审',
        RANK: '排序与分配', REOPEN_REVIEW: '退回专家评审', PUBLISH_NOTICE: '发布公示', FINALIZE: '定案', CANCEL: '取消批次'
      },
      programmeKind: {
        VENTURE_PHILANTHROPY: '公益创投', MICRO_VENTURE: '微创投', SUBSIDY_PLAN: '资助计划', SPECIAL_FUND: '专项资金'
      },
      proposals: '申报项目', proposal: '申报项目', organization: '申报组织', title: '项目名称', summary: '项目简介',
      priorityArea: '关注领域', planCode: '资助计划', requested: '申请金额', submittedAt: '提交时间',
      proposalStatus: { DRAFT: '草稿', SUBMITTED: '已提交', PASSED: '初审通过', FAILED: '初审未通过' },
      screen: '初审', screening: '初审核查', checksPassed: '各项核查均通过', checksFailed: '未通过的核查',
      pass: '通过', fail: '不通过', reasons: '不通过理由', comment: '意见', screeningReasons: '初审意见',
      panel: '评审专家', talentId: '人才库编号', addExpert: '增加评审专家', expert: '专家', username: '账号',
      addedAt: '加入时间', excuse: '免评', excusal: '免评决定', affiliated: '关联组织数',
      allocation: '排序与分配', rank: '排名', totalScore: '总分', priority: '优先', limit: '上限',
      recommended: '建议金额', amount: '分配金额', adjusted: '调整理由', adjust: '调整', pool: '资金池',
      committedByOtherRounds: '其他批次已安排', available: '可分配', allocated: '本批次分配', partialLastGrant: '末位部分资助',
      noAllocation: '尚未排序分配', yes: '是', no: '否',
      objections: '公示异议', objector: '异议人', content: '异议内容', lodgedAt: '提出时间', resolution: '处理意见',
      objectionStatus: { OPEN: '待处理', DISMISSED: '驳回', UPHELD: '成立' }, resolve: '处理', lodge: '提出异议',
      withdrawFunding: '取消该项目资助', finalize: '定案', finalizeHint: '公示期满且无待处理异议后定案，生成资助协议',
      calls: '申报通知', myProposals: '我的申报', myAwards: '我的资助项目', apply: '申报', edit: '修改',
      saveDraft: '保存草稿', saveAndSubmit: '保存并提交', submitProposal: '提交申报', submitted: '已提交申报',
      saved: '草稿已保存', newProposal: '填写申报书', budget: '预算明细', category: '科目', description: '用途说明',
      addLine: '增加一行', removeLine: '删除', budgetTotal: '预算合计（申请金额）', outcomes: '预期成效',
      activities: '活动场次', personTimes: '服务人次', volunteers: '志愿者人次',
      budgetCategory: {
        PERSONNEL: '人员费', ACTIVITY: '活动费', MATERIALS: '物资费', VENUE: '场地费', TRAVEL: '交通差旅费',
        PUBLICITY: '宣传费', ADMINISTRATION: '管理费', OTHER: '其他'
      },
      awards: '资助项目', award: '资助项目', projectTitle: '项目名称', awardAmount: '资助金额',
      awardStatus: {
        AWARDED: '已立项', AGREED: '已签约', IN_PROGRESS: '执行中', FINAL_REPORT_APPROVED: '结项报告已通过',
        CLOSED: '已结项', TERMINATED: '已终止'
      },
      agreement: '资助协议', agreementNumber: '协议编号', signedOn: '签约日期', terms: '协议条款', sign: '签订协议',
      interimReportDueOn: '中期报告截止', finalReportDueOn: '结项报告截止',
      interimDueHint: '有批次依赖中期报告时必填；截止前 7 天起向社会组织发送站内信提醒',
      signed: '协议已签订', tranches: '拨付计划', seq: '期次', dependsOn: '前置报告', none: '无',
      trancheStatus: { SCHEDULED: '待拨付', RELEASABLE: '可核准', RELEASED: '已核准拨付', PAID: '已支付' },
      release: '核准拨付', pay: '支付', voucherNumber: '凭证号', paid: '已支付 {amount}', payments: '拨付记录',
      paidBy: '拨付人', paidAt: '拨付时间', released: '已核准拨付',
      reports: '项目报告', reportKind: { INTERIM: '中期报告', FINAL: '结项报告' },
      reportStatus: { SUBMITTED: '已提交', APPROVED: '已通过', RETURNED: '已退回' },
      submitReport: '提交报告', activitiesHeld: '开展活动（场）', personTimesServed: '服务人次',
      volunteerPersonTimes: '志愿者人次', fundsLeveraged: '撬动资金', narrative: '报告正文', approve: '通过',
      returnReport: '退回', returnReason: '退回理由', reportSubmitted: '报告已提交', decidedBy: '审核人',
      ledger: '资金台账', paidTotal: '已拨付', unpaid: '未拨付',
      // 设立项目计划 and 起草批次
      programmes: '项目计划', newProgramme: '设立项目计划', programmeName: '计划名称', programmeDescription: '说明',
      committed: '已安排', programmeCreated: '项目计划已设立', fundings: '资金来源', source: '出资类型',
      fundingSource: { GOVERNMENT: '政府出资', PARTNER: '合作方出资' }, funderName: '出资方', partnerId: '合作方标识',
      partnerIdHint: '合作方出资时填写（partner_id）', committedOn: '承诺日期', addFunding: '增加资金',
      fundingAdded: '资金已计入资金池', plans: '限额计划', planCodeLabel: '计划代码', planName: '计划名称', cap: '单项限额',
      addPlan: '增加计划', planAdded: '计划已增加', plansHint: '资助计划类项目的每个申报须选定一个计划；计划增加后不可修改',
      codeHint: '大写字母开头，如 SOCIAL_NEED', poolTotal: '资金池合计', newRound: '新建批次', roundDraft: '起草创投批次',
      roundDrafted: '批次草稿已保存', draftHint: '批次保存为草稿；在批次页面点击“发布申报通知”开启征集。',
      programmeRequired: '请选择项目计划', criterion: '评分指标', criterionCode: '指标代码', addCriterion: '增加指标',
      weightTotal: '权重合计', fullMarks: '满分合计', eligibleJurisdiction: '申报范围',
      eligibleHint: '不选即为项目计划所属区划', priorityAreasHint: '输入后回车，可填多个', any: '不限',
      noticeDaysHint: '不填按默认天数，且不少于本类项目的最短公示期', priorityRules: '优先规则',
      priorityMinStars: '党建星级达到', stars: '星', priorityGraduates: '孵化出壳组织优先', priorityBonus: '优先加分',
      noRounds: '尚未设立批次', createdBy: '设立', fundingAmount: '金额', recordedBy: '记录人', roundTitle: '批次名称'
    }
  },
  en: {
    menu: { grantProgrammes: 'Programmes', grantRounds: 'Grant rounds', myGrants: 'Proposals & awards', grantAwards: 'Awards' },
    grants: {
      round: 'Round', rounds: 'Grant rounds', programme: 'Programme', kind: 'Kind', status: 'Status',
      jurisdiction: 'Jurisdiction', opensOn: 'Opens on', closesOn: 'Closes on', deadline: 'Deadline (with grace)',
      graceDays: 'Grace days', noticeDays: 'Notice days', awardCap: 'Cap per award', priorityAreas: 'Priority areas',
      eligibility: 'Eligibility', minimumMaturity: 'Minimum maturity', allowedLegalForms: 'Legal forms',
      rubric: 'Rubric', weight: 'Weight', maxScore: 'Max score', notice: 'Public notice', noticeStartsAt: 'Notice from',
      noticeEndsAt: 'Notice until', finalizedAt: 'Finalized', reason: 'Reason', reasonRequired: 'This action needs a reason',
      confirm: '{action}?', done: 'Done: {action}', open: 'Open',
      stages: {
        call: 'Call for proposals', screening: 'Screening', panel: 'Expert panel', ranking: 'Ranking & allocation',
        notice: 'Notice & objections', final: 'Final'
      },
      roundStatus: {
        DRAFT: 'Draft', OPEN: 'Open', CLOSED: 'Closed', INITIAL_REVIEW: 'Initial review', EXPERT_REVIEW: 'Expert review',
        RANKED: 'Ranked', PUBLIC_NOTICE: 'On notice', FINAL: 'Final', CANCELLED: 'Cancelled'
      },
      action: {
        PUBLISH: 'Publish the call', CLOSE: 'Close the call', START_INITIAL_REVIEW: 'Start initial review',
        START_EXPERT_REVIEW: 'Start expert review', RANK: 'Rank and allocate', REOPEN_REVIEW: 'Back to expert review',
        PUBLISH_NOTICE: 'Publish the notice', FINALIZE: 'Finalize', CANCEL: 'Cancel the round'
      },
      programmeKind: {
        VENTURE_PHILANTHROPY: 'Venture philanthropy', MICRO_VENTURE: 'Micro-venture', SUBSIDY_PLAN: 'Subsidy plan',
        SPECIAL_FUND: 'Special fund'
      },
      proposals: 'Proposals', proposal: 'Proposal', organization: 'Organization', title: 'Title', summary: 'Summary',
      priorityArea: 'Priority area', planCode: 'Plan', requested: 'Requested', submittedAt: 'Submitted',
      proposalStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted', PASSED: 'Passed', FAILED: 'Failed' },
      screen: 'Screen', screening: 'Screening checks', checksPassed: 'Every check passed', checksFailed: 'Failed checks',
      pass: 'Pass', fail: 'Fail', reasons: 'Reasons', comment: 'Comment', screeningReasons: 'Screening',
      panel: 'Panel', talentId: 'Talent id', addExpert: 'Seat an expert', expert: 'Expert', username: 'Account',
      addedAt: 'Seated', excuse: 'Excuse', excusal: 'Excused', affiliated: 'Affiliations',
      allocation: 'Ranking & allocation', rank: 'Rank', totalScore: 'Score', priority: 'Priority', limit: 'Limit',
      recommended: 'Recommended', amount: 'Allocated', adjusted: 'Adjustment', adjust: 'Adjust', pool: 'Pool',
      committedByOtherRounds: 'Committed elsewhere', available: 'Available', allocated: 'This round',
      partialLastGrant: 'Partial last grant', noAllocation: 'Not ranked yet', yes: 'Yes', no: 'No',
      objections: 'Objections', objector: 'Objector', content: 'Objection', lodgedAt: 'Lodged', resolution: 'Resolution',
      objectionStatus: { OPEN: 'Open', DISMISSED: 'Dismissed', UPHELD: 'Upheld' }, resolve: 'Resolve',
      lodge: 'Lodge an objection', withdrawFunding: 'Withdraw the funding', finalize: 'Finalize',
      finalizeHint: 'After the notice, with no open objection: the awards are made',
      calls: 'Open calls', myProposals: 'My proposals', myAwards: 'My awards', apply: 'Apply', edit: 'Edit',
      saveDraft: 'Save draft', saveAndSubmit: 'Save and submit', submitProposal: 'Submit', submitted: 'Proposal submitted',
      saved: 'Draft saved', newProposal: 'Proposal form', budget: 'Budget lines', category: 'Category',
      description: 'Description', addLine: 'Add a line', removeLine: 'Remove', budgetTotal: 'Total (requested)',
      outcomes: 'Expected outcomes', activities: 'Activities', personTimes: 'Person-times', volunteers: 'Volunteer person-times',
      budgetCategory: {
        PERSONNEL: 'Personnel', ACTIVITY: 'Activities', MATERIALS: 'Materials', VENUE: 'Venue', TRAVEL: 'Travel',
        PUBLICITY: 'Publicity', ADMINISTRATION: 'Administration', OTHER: 'Other'
      },
      awards: 'Awards', award: 'Award', projectTitle: 'Project', awardAmount: 'Amount',
      awardStatus: {
        AWARDED: 'Awarded', AGREED: 'Agreed', IN_PROGRESS: 'In progress', FINAL_REPORT_APPROVED: 'Final report approved',
        CLOSED: 'Closed', TERMINATED: 'Terminated'
      },
      agreement: 'Agreement', agreementNumber: 'Agreement number', signedOn: 'Signed on', terms: 'Terms',
      interimReportDueOn: 'Interim report due', finalReportDueOn: 'Final report due',
      interimDueHint: 'Required when a tranche waits for the interim report; the organization is notified from 7 days before',
      sign: 'Sign the agreement', signed: 'Agreement signed', tranches: 'Tranches', seq: 'No.', dependsOn: 'Waits for',
      none: 'None', trancheStatus: { SCHEDULED: 'Scheduled', RELEASABLE: 'Releasable', RELEASED: 'Released', PAID: 'Paid' },
      release: 'Release', pay: 'Pay', voucherNumber: 'Voucher', paid: 'Paid {amount}', payments: 'Payments',
      paidBy: 'Paid by', paidAt: 'Paid at', released: 'Released',
      reports: 'Reports', reportKind: { INTERIM: 'Interim report', FINAL: 'Final report' },
      reportStatus: { SUBMITTED: 'Submitted', APPROVED: 'Approved', RETURNED: 'Returned' },
      submitReport: 'Submit a report', activitiesHeld: 'Activities held', personTimesServed: 'Person-times served',
      volunteerPersonTimes: 'Volunteer person-times', fundsLeveraged: 'Funds leveraged', narrative: 'Narrative',
      approve: 'Approve', returnReport: 'Return', returnReason: 'Reason for return', reportSubmitted: 'Report submitted',
      decidedBy: 'Decided by', ledger: 'Ledger', paidTotal: 'Paid', unpaid: 'Unpaid',
      programmes: 'Programmes', newProgramme: 'New programme', programmeName: 'Name', programmeDescription: 'Description',
      committed: 'Committed', programmeCreated: 'Programme set up', fundings: 'Funding sources', source: 'Source',
      fundingSource: { GOVERNMENT: 'Government', PARTNER: 'Partner' }, funderName: 'Funder', partnerId: 'Partner id',
      partnerIdHint: "A partner's partner_id", committedOn: 'Committed on', addFunding: 'Add funding',
      fundingAdded: 'Funding added to the pool', plans: 'Capped plans', planCodeLabel: 'Code', planName: 'Name',
      cap: 'Cap per award', addPlan: 'Add a plan', planAdded: 'Plan added',
      plansHint: "A subsidy plan's proposals each name one plan; a plan never changes once added",
      codeHint: 'An upper-case letter first, e.g. SOCIAL_NEED', poolTotal: 'Pool total', newRound: 'New round',
      roundDraft: 'Draft a round', roundDrafted: 'Round saved as a draft',
      draftHint: "The round is saved as a draft; open the call with “Publish the call” on the round's page.",
      programmeRequired: 'Choose a programme', criterion: 'Criterion', criterionCode: 'Code', addCriterion: 'Add a criterion',
      weightTotal: 'Total weight', fullMarks: 'Total max score', eligibleJurisdiction: 'Eligible area',
      eligibleHint: "Empty: the programme's jurisdiction", priorityAreasHint: 'Type and press Enter; several allowed',
      any: 'Any', noticeDaysHint: 'Empty: the default, never below the minimum for the kind', priorityRules: 'Priority',
      priorityMinStars: 'Min. party stars', stars: 'stars', priorityGraduates: 'Graduates first',
      priorityBonus: 'Priority bonus', noRounds: 'No rounds yet', createdBy: 'Set up', fundingAmount: 'Amount', recordedBy: 'Recorded by', roundTitle: 'Title'
    }
  }
}

/** The messages of one language with the grant screens' strings added (menus merged, not replaced). */
export function withGrants(messages, language) {
  const extra = grants[language]
  return { ...messages, ...extra, menu: { ...messages.menu, ...extra.menu } }
}
