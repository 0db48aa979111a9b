import { i18n } from '../i18n'

/**
 * The strings of the registry work screens (organization lifecycle actions, annual inspections 年检, the
 * abnormal-activity list 异常名录), merged into the console's messages here so that the feature keeps its text beside
 * its code. Chinese first.
 */
i18n.global.mergeLocaleMessage('zh-CN', {
  menu: { annualInspections: '年检', abnormalList: '异常名录' },
  lifecycle: {
    actions: '生命周期办理', none: '当前状态下您没有可办理的事项', confirm: '确认办理', done: '已办理：{action}',
    confirmText: '确认对“{org}”办理“{action}”？办理后记入组织的全流程时间线。',
    action: { REGISTER: '登记', FILE: '备案', RENEW_BOARD: '换届', CANCEL: '注销' },
    creditCode: '统一社会信用代码', creditCodeHint: '18 位，如 51430121MJJ009001Q', registeredBy: '登记管理机关区划码',
    registeredByHint: '仅当由县级以上机关登记时填写，如 430100000000', registeredOn: '登记日期', filedOn: '备案日期',
    renewedOn: '换届日期', cancelledOn: '注销日期', termNumber: '届次', termYears: '任期（年）',
    legalRepresentative: '新任法定代表人', phone: '电话', name: '姓名'
  },
  // the registry's timeline actions (organization.registered, ...) by their dotted names
  timelineAction: {
    organization: {
      created: '录入组织', registered: '登记', filed: '备案', cancelled: '注销', 'board-renewed': '换届',
      'profile-updated': '更正档案', deleted: '删除筹建中组织', 'contacts-read': '查看联系电话',
      'administrator-provisioned': '开通组织管理员账号'
    },
    'annual-inspection': { submitted: '提交年检报告', reviewed: '年检审查', concluded: '年检结论', rectified: '整改完成' },
    'abnormal-list': { listed: '列入异常名录', removed: '移出异常名录' }
  },
  inspections: {
    list: '年检列表', overdue: '逾期未整改', year: '年度', status: '状态', organization: '组织', submittedAt: '提交时间',
    submittedBy: '提交人', reviewedBy: '审查人', concludedBy: '结论人', summary: '年度报告摘要',
    opinion: '整改意见', due: '整改期限', rectifiedOn: '整改完成日期', actions: '办理', ofOrganization: '年检记录',
    review: '审查', conclude: '作出结论', rectify: '整改完成', submit: '提交年检报告', result: '结论',
    reviewed: '已审查', concluded: '已作出结论', rectified: '已确认整改完成', submitted: '年检报告已提交',
    confirmReview: '确认开始审查“{org}” {year} 年度的年检？', noOverdue: '没有逾期未整改的年检',
    resultName: { PASS: '合格', BASIC_PASS: '基本合格', FAIL: '不合格' },
    statusName: {
      SUBMITTED: '已提交', REVIEWED: '已审查', PASSED: '合格', BASIC_PASSED: '基本合格', FAILED: '不合格',
      RECTIFIED: '已整改'
    },
    rectificationHint: '基本合格、不合格须填写整改意见和晚于今天的整改期限', onlyRegistered: '仅已登记的组织提交年检'
  },
  abnormal: {
    list: '活动异常名录', reason: '列入原因', reference: '依据', note: '说明', listedAt: '列入时间', listedBy: '列入人',
    removedAt: '移出时间', removalReason: '移出原因', sweep: '年度排查', sweepYear: '排查年度',
    sweepHint: '将辖区内未提交该年度年检的已登记组织、整改逾期的组织列入名录；已列入的不重复列入。',
    swept: '排查 {year} 年度：新列入未报年检 {missing} 家、整改逾期 {overdue} 家',
    listIt: '列入异常名录', withdraw: '移出', reasonCode: '原因代码', reasonCodeHint: '大写字母、数字、下划线，如 PARTY_BRANCH_NOT_FORMED',
    listed: '已列入异常名录', withdrawn: '已移出异常名录',
    confirmWithdraw: '确认将“{org}”因“{code}”移出异常名录？', listings: '异常名录记录',
    eligibility: '资格', eligible: '符合资格：已登记（备案）且未列入异常名录', notEligible: '不符合资格',
    active: '在列', removed: '已移出',
    reasonName: { NO_ANNUAL_REPORT: '未按时提交年度报告', RECTIFICATION_OVERDUE: '整改逾期', REPORTED: '业务部门报告' },
    statusReason: { CANCELLED: '组织已注销', NOT_REGISTERED: '组织尚未登记（备案）' }
  }
})

i18n.global.mergeLocaleMessage('en', {
  menu: { annualInspections: 'Annual inspections', abnormalList: 'Abnormal list' },
  lifecycle: {
    actions: 'Lifecycle', none: 'Nothing you may do in this status', confirm: 'Confirm', done: 'Done: {action}',
    confirmText: '{action} "{org}"? It goes on the organization\'s timeline.',
    action: { REGISTER: 'Register', FILE: 'File', RENEW_BOARD: 'Renew the board', CANCEL: 'Cancel' },
    creditCode: 'Credit code', creditCodeHint: '18 characters, e.g. 51430121MJJ009001Q',
    registeredBy: 'Registration authority', registeredByHint: 'Only when registered above the district, e.g. 430100000000',
    registeredOn: 'Registered on', filedOn: 'Filed on', renewedOn: 'Renewed on', cancelledOn: 'Cancelled on',
    termNumber: 'Term', termYears: 'Term (years)', legalRepresentative: 'New legal representative', phone: 'Phone',
    name: 'Name'
  },
  timelineAction: {
    organization: {
      created: 'Recorded', registered: 'Registered', filed: 'Filed', cancelled: 'Cancelled',
      'board-renewed': 'Board renewed', 'profile-updated': 'Profile corrected', deleted: 'Deleted in preparation', 'administrator-provisioned': 'Administrator account opened',
      'contacts-read': 'Phones read'
    },
    'annual-inspection': {
      submitted: 'Annual report submitted', reviewed: 'Inspection reviewed', concluded: 'Inspection concluded',
      rectified: 'Rectification completed'
    },
    'abnormal-list': { listed: 'Put on the abnormal list', removed: 'Taken off the abnormal list' }
  },
  inspections: {
    list: 'Annual inspections', overdue: 'Overdue rectifications', year: 'Year', status: 'Status',
    organization: 'Organization', submittedAt: 'Submitted', submittedBy: 'Submitted by', reviewedBy: 'Reviewed by',
    concludedBy: 'Concluded by', summary: 'Report summary', opinion: 'Rectification opinion', due: 'Due',
    rectifiedOn: 'Rectified on', actions: 'Actions', ofOrganization: 'Annual inspections', review: 'Review',
    conclude: 'Conclude', rectify: 'Rectified', submit: 'Submit the annual report', result: 'Result',
    reviewed: 'Reviewed', concluded: 'Concluded', rectified: 'Rectification confirmed', submitted: 'Annual report submitted',
    confirmReview: 'Start reviewing the {year} inspection of "{org}"?', noOverdue: 'No overdue rectifications',
    resultName: { PASS: 'Pass', BASIC_PASS: 'Basic pass', FAIL: 'Fail' },
    statusName: {
      SUBMITTED: 'Submitted', REVIEWED: 'Reviewed', PASSED: 'Passed', BASIC_PASSED: 'Basic pass', FAILED: 'Failed',
      RECTIFIED: 'Rectified'
    },
    rectificationHint: 'A basic pass or a fail needs an opinion and a due date after today',
    onlyRegistered: 'Only registered organizations submit annual inspections'
  },
  abnormal: {
    list: 'Abnormal-activity list', reason: 'Reason', reference: 'Reference', note: 'Note', listedAt: 'Listed',
    listedBy: 'Listed by', removedAt: 'Removed', removalReason: 'Removal reason', sweep: 'Yearly sweep',
    sweepYear: 'Year', sweepHint: 'Lists every registered organization in your scope without that year\'s inspection, and every overdue rectification; nothing is listed twice.',
    swept: 'Sweep of {year}: {missing} listed for a missing report, {overdue} for an overdue rectification',
    listIt: 'Put on the list', withdraw: 'Withdraw', reasonCode: 'Reason code',
    reasonCodeHint: 'Capitals, digits, underscores, e.g. PARTY_BRANCH_NOT_FORMED', listed: 'Put on the abnormal list',
    withdrawn: 'Taken off the abnormal list', confirmWithdraw: 'Take "{org}" off the list for {code}?',
    listings: 'Abnormal-list records', eligibility: 'Eligibility',
    eligible: 'Eligible: registered (filed) and not on the abnormal list', notEligible: 'Not eligible',
    active: 'Listed', removed: 'Removed',
    reasonName: { NO_ANNUAL_REPORT: 'No annual report', RECTIFICATION_OVERDUE: 'Rectification overdue', REPORTED: 'Reported' },
    statusReason: { CANCELLED: 'The organization is cancelled', NOT_REGISTERED: 'Not yet registered (filed)' }
  }
})
