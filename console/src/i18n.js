import { createI18n } from 'vue-i18n'
import { withWork } from './i18n-work.js'
import { withGrants } from './i18n-grants.js'

const zh = {
  app: { title: '社会组织孵化平台', console: '管理控制台', logout: '退出登录', language: 'English', jurisdiction: '辖区' },
  menu: {
    dashboard: '数据看板', organizations: '组织库', weekly: '每周活动预报', reviews: '评审任务'
  },
  role: {
    'platform-admin': '平台管理员', 'civil-affairs': '民政干部', 'base-operator': '基地运营', 'hub-operator': '街道枢纽',
    'org-admin': '组织管理员', expert: '评审专家', 'party-instructor': '党建指导员', trainer: '培训讲师', partner: '合作伙伴'
  },
  common: {
    search: '查询', reset: '重置', period: '统计期间', from: '开始日期', to: '结束日期', total: '合计', view: '查看',
    back: '返回', submit: '提交', loading: '加载中…', noData: '暂无数据', export: '导出', forbidden: '无权访问此页面',
    week: '周次', save: '保存', cancel: '取消', fieldErrors: '请按提示修改后再提交'
  },
  dashboard: {
    organizations: '组织总数', byLegalForm: '按组织形式', byCategory: '按类别', byStatus: '按状态', byMaturity: '按成熟度',
    densityBySubdivision: '各下级辖区每万人拥有组织数（已登记常住人口的）', registered: '已登记组织',
    byJurisdiction: '按下级辖区', density: '每万人拥有组织数', residents: '常住人口', pipeline: '孵化漏斗',
    applications: '申请', admissions: '入驻', graduations: '出壳', casesByStage: '各阶段案例', workstations: '工位占用',
    party: '党建覆盖', admitted: '入驻组织', withMembers: '有党员', inJointBranch: '联合党支部覆盖',
    withOwnBranch: '单独建支部', instructorOnly: '指导员覆盖', jointCommittees: '联合党委', jointBranches: '联合党支部',
    branches: '党支部', training: '培训人次', personTimes: '人次', sessions: '场次', grants: '公益创投资金',
    pool: '资金池', committed: '已安排', available: '可用', programme: '项目', grantFigures: '公益创投申报、资助与成效',
    applied: '申报', awarded: '立项资助', disbursed: '已拨付', leveraged: '撬动资金', yuan: '金额（元）',
    activitiesHeld: '开展活动（场）', personTimesServed: '服务人次', volunteerPersonTimes: '志愿者人次',
    reportedAwards: '已报告成效的项目', weekly: '活动周预报', weeklyIssues: '期数', activities: '活动（场）',
    attendees: '参与人次', reportingWeek: '本期预报（{week}）', clashes: '冲突'
  },
  rollUp: {
    title: '跨节点汇总', missing: '未响应节点', nodes: '已汇总节点', covered: '覆盖节点', serviceColumn: '业务', figureColumn: '指标',
    partial: '节点 {node}（{place}）未响应（{reasons}），其数据未计入合计',
    service: { registry: '组织库', incubation: '孵化', party: '党建', training: '培训', grants: '公益创投' },
    figure: {
      organizations: '组织总数', registeredOrganizations: '已登记组织', talents: '人才', cases: '孵化案例',
      withPartyOrganization: '已建党组织的组织', members: '党员', branches: '党支部', jointBranches: '联合党支部',
      instructors: '党建指导员', sessions: '培训场次', personTimes: '培训人次', awards: '资助项目',
      awardedAmount: '资助金额', disbursedAmount: '已拨付金额'
    },
    reason: { DEADLINE_EXCEEDED: '超时', UNAVAILABLE: '无法连接', BREAKER_OPEN: '熔断中', REFUSED: '拒绝', FAILED: '出错' }
  },
  organizations: {
    name: '组织名称', nameHint: '至少输入两个字，如“星沙”', creditCode: '统一社会信用代码', legalForm: '组织形式',
    category: '类别', status: '状态', maturity: '成熟度', jurisdiction: '所在辖区', registeredOn: '登记日期',
    profile: '组织档案', timeline: '全流程时间线', verification: '防篡改校验', verified: '校验通过，时间线完整未被篡改',
    notVerified: '校验未通过', action: '事项', actor: '操作人', at: '时间', totalFound: '共 {n} 条',
    estimated: '约 {n} 条'
  },
  weekly: {
    title: '活动名称', organization: '组织', startsAt: '开始时间', endsAt: '结束时间', place: '地点',
    expectedAttendees: '预计人数', volunteers: '志愿者人数', volunteerTeam: '志愿服务队', newReport: '填报活动预报', chinaTime: '北京时间',
    clashWarning: '冲突提醒：与以下活动时间重叠', clashes: '本周冲突', late: '逾期', submitted: '已提交',
    kind: { PLACE: '同一地点', VOLUNTEER_TEAM: '同一志愿服务队' }
  },
  reviews: {
    assignments: '待评审项目', proposal: '申报项目', round: '批次', score: '评分', criteria: '评分项', comments: '评语',
    scored: '评分已提交', conflict: '利益冲突声明', noAssignments: '暂无分配给您的评审'
  }
}

const en = {
  app: { title: 'Social-organization incubation platform', console: 'Console', logout: 'Log out', language: '中文', jurisdiction: 'Jurisdiction' },
  menu: { dashboard: 'Dashboard', organizations: 'Registry', weekly: 'Weekly pre-reports', reviews: 'My reviews' },
  role: {
    'platform-admin': 'Platform admin', 'civil-affairs': 'Civil-affairs officer', 'base-operator': 'Base operator',
    'hub-operator': 'Street hub', 'org-admin': 'Organization admin', expert: 'Expert', 'party-instructor': 'Party instructor',
    trainer: 'Trainer', partner: 'Partner'
  },
  common: {
    search: 'Search', reset: 'Reset', period: 'Period', from: 'From', to: 'To', total: 'Total', view: 'View', back: 'Back',
    submit: 'Submit', loading: 'Loading…', noData: 'No data', export: 'Export', forbidden: 'You may not open this page',
    week: 'Week', save: 'Save', cancel: 'Cancel', fieldErrors: 'Please correct the fields marked below'
  },
  dashboard: {
    organizations: 'Organizations', byLegalForm: 'By legal form', byCategory: 'By category', byStatus: 'By status',
    byMaturity: 'By maturity', densityBySubdivision: 'Per 10,000 residents, by sub-division (where residents are recorded)',
    registered: 'Registered organizations',
    byJurisdiction: 'By sub-division', density: 'Per 10,000 residents', residents: 'Residents', pipeline: 'Incubation funnel',
    applications: 'Applications', admissions: 'Admissions', graduations: 'Graduations', casesByStage: 'Cases by stage',
    workstations: 'Workstations occupied', party: 'Party coverage', admitted: 'Admitted', withMembers: 'With members',
    inJointBranch: 'In a joint branch', withOwnBranch: 'Own branch', instructorOnly: 'Instructor only',
    jointCommittees: 'Joint committees', jointBranches: 'Joint branches', branches: 'Branches', training: 'Training person-times',
    personTimes: 'Person-times', sessions: 'Sessions', grants: 'Grant funds', pool: 'Pool', committed: 'Committed',
    available: 'Available', programme: 'Programme', grantFigures: 'Grants: applied, awarded, outcomes',
    applied: 'Applied', awarded: 'Awarded', disbursed: 'Disbursed', leveraged: 'Funds leveraged', yuan: 'Yuan',
    activitiesHeld: 'Activities held', personTimesServed: 'Person-times served',
    volunteerPersonTimes: 'Volunteer person-times', reportedAwards: 'Awards with outcomes reported',
    weekly: 'Weekly activity pre-reports', weeklyIssues: 'Issues', activities: 'Activities', attendees: 'Attendees',
    reportingWeek: 'Week being reported ({week})', clashes: 'Clashes'
  },
  rollUp: {
    title: 'Across nodes (roll-up)', missing: 'Nodes missing', nodes: 'Nodes summed', covered: 'Nodes covered', serviceColumn: 'Service',
    figureColumn: 'Figure', partial: 'Node {node} ({place}) did not answer ({reasons}): its records are not in the totals',
    service: { registry: 'Registry', incubation: 'Incubation', party: 'Party building', training: 'Training', grants: 'Grants' },
    figure: {
      organizations: 'Organizations', registeredOrganizations: 'Registered organizations', talents: 'Talents',
      cases: 'Incubation cases', withPartyOrganization: 'With a Party organization', members: 'Party members',
      branches: 'Branches', jointBranches: 'Joint branches', instructors: 'Party instructors', sessions: 'Training sessions',
      personTimes: 'Training person-times', awards: 'Awards', awardedAmount: 'Awarded (yuan)',
      disbursedAmount: 'Disbursed (yuan)'
    },
    reason: { DEADLINE_EXCEEDED: 'timed out', UNAVAILABLE: 'unreachable', BREAKER_OPEN: 'breaker open', REFUSED: 'refused', FAILED: 'failed' }
  },
  organizations: {
    name: 'Name', nameHint: 'Two characters at least, e.g. 星沙', creditCode: 'Credit code', legalForm: 'Legal form',
    category: 'Category', status: 'Status', maturity: 'Maturity', jurisdiction: 'Jurisdiction', registeredOn: 'Registered on',
    profile: 'Profile', timeline: 'Timeline', verification: 'Tamper check', verified: 'Verified: the timeline is intact',
    notVerified: 'Verification failed', action: 'Action', actor: 'Actor', at: 'At', totalFound: '{n} found',
    estimated: 'about {n}'
  },
  weekly: {
    title: 'Title', organization: 'Organization', startsAt: 'Starts', endsAt: 'Ends', place: 'Place',
    expectedAttendees: 'Expected attendees', volunteers: 'Volunteers', volunteerTeam: 'Volunteer team',
    newReport: 'Report an activity', chinaTime: 'China time', clashWarning: 'Clash: overlaps with', clashes: 'Clashes this week', late: 'Late',
    submitted: 'Submitted', kind: { PLACE: 'Same place', VOLUNTEER_TEAM: 'Same volunteer team' }
  },
  reviews: {
    assignments: 'Proposals to score', proposal: 'Proposal', round: 'Round', score: 'Score', criteria: 'Criteria',
    comments: 'Comments', scored: 'Scores submitted', conflict: 'Conflict of interest', noAssignments: 'No reviews assigned to you'
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: localStorage.getItem('incubator.locale') === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': withGrants(withWork(zh, 'zh'), 'zh'), en: withGrants(withWork(en, 'en'), 'en') }
})

export function switchLocale() {
  const next = i18n.global.locale.value === 'en' ? 'zh-CN' : 'en'
  i18n.global.locale.value = next
  localStorage.setItem('incubator.locale', next)
  document.documentElement.lang = next
}
