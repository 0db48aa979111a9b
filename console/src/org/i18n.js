import { i18n } from '../i18n'

/**
 * The strings of the talent pool (人才库), needs and offers (需求库) with matching, and an org-admin's own organization
 * (我的组织), merged into the console's messages here so that the feature keeps its text beside its code. Chinese first.
 */
i18n.global.mergeLocaleMessage('zh-CN', {
  menu: { talentPool: '人才库', needs: '需求库', myOrganization: '我的组织' },
  talent: {
    name: '姓名', kind: '类别', level: '社工等级', fields: '专业领域', jurisdiction: '所在辖区', idNumber: '身份证号',
    phone: '手机号', organizations: '任职组织', createdAt: '入库时间', maskedHint: '身份证号与手机号由服务端脱敏，控制台不保存也不显示明文。',
    lookup: '按身份证号查找', lookupHint: '完整身份证号（只在请求正文中发送）', find: '查找',
    notFound: '人才库中没有此人（或不在您的辖区）', profile: '人才档案', timeline: '时间线', noExport: '人才库暂无 Excel 导出接口'
  },
  needs: {
    needs: '需求', offers: '资源', title: '标题', organization: '组织', kind: '类型', field: '服务领域', status: '状态',
    amount: '金额（元）', jurisdiction: '辖区', createdAt: '发布时间', description: '说明', post: '发布需求',
    close: '关闭需求', confirmClose: '确认关闭需求“{title}”？关闭后不再链接资源。', closed: '已关闭需求', posted: '已发布需求',
    open: '查看匹配', matches: '匹配的资源（按服务排序）', rank: '序', provider: '提供方', providerType: '提供方类型',
    fields: '领域', coverage: '覆盖范围', value: '价值（元）', fieldMatches: '领域相符', coversAmount: '金额足够',
    coverageTier: '覆盖层级', yes: '是', no: '否', link: '确认链接', linkages: '已确认的资源链接', linkedOn: '链接日期',
    note: '备注', confirmedBy: '确认人', linked: '已记录资源链接', offer: '发布资源', offered: '已发布资源',
    withdraw: '撤回', confirmWithdraw: '确认撤回资源“{title}”？已做的链接保留。', withdrawn: '已撤回资源',
    offerOpen: '可链接', offerWithdrawn: '已撤回', chooseOrganization: '输入组织名称查找', noMatches: '暂无匹配的资源',
    matchHint: '排序与各项判断均来自需求库的匹配服务：同类型、覆盖需求所在地，按领域、金额、就近排序。'
  },
  myOrg: {
    profile: '组织概况', openProfile: '查看完整档案', noOrganization: '您的账号未关联组织', name: '名称',
    creditCode: '统一社会信用代码', legalForm: '组织形式', category: '类别', status: '状态', jurisdiction: '辖区',
    cases: '孵化申请与案例', track: '类型', stage: '阶段', appliedAt: '申请时间', admittedAt: '入壳时间',
    enrolments: '培训报名', session: '培训班次', course: '课程', person: '学员', audience: '对象', enrolmentStatus: '状态',
    enrolledAt: '报名时间', enrolmentHint: '培训服务没有按组织列出报名的接口：此处逐个读取您辖区内的班次（最近 {n} 个）中本组织的报名。',
    certificates: '结业证书', code: '验证码', holder: '持证人', completedOn: '结业日期', issuer: '发证单位',
    pdf: '下载 PDF', weekly: '每周活动预报', grants: '公益创投申报与资助', links: '常用入口'
  }
})

i18n.global.mergeLocaleMessage('en', {
  menu: { talentPool: 'Talent pool', needs: 'Needs and offers', myOrganization: 'My organization' },
  talent: {
    name: 'Name', kind: 'Kind', level: 'Level', fields: 'Fields', jurisdiction: 'Jurisdiction', idNumber: 'ID number',
    phone: 'Mobile', organizations: 'Organizations', createdAt: 'Added', maskedHint: 'ID numbers and phones are masked by the service; the console never holds them in clear.',
    lookup: 'Find by ID number', lookupHint: 'Full ID number (sent in the body only)', find: 'Find',
    notFound: 'Nobody with that ID number in your scope', profile: 'Talent profile', timeline: 'Timeline',
    noExport: 'The talent pool has no Excel export yet'
  },
  needs: {
    needs: 'Needs', offers: 'Offers', title: 'Title', organization: 'Organization', kind: 'Kind', field: 'Field',
    status: 'Status', amount: 'Amount (yuan)', jurisdiction: 'Jurisdiction', createdAt: 'Posted', description: 'Description',
    post: 'Post a need', close: 'Close', confirmClose: 'Close the need "{title}"? No more resources will be linked.',
    closed: 'Need closed', posted: 'Need posted', open: 'Matches', matches: 'Matching offers (as the service ranks them)',
    rank: '#', provider: 'Provider', providerType: 'Provider type', fields: 'Fields', coverage: 'Coverage',
    value: 'Value (yuan)', fieldMatches: 'Field matches', coversAmount: 'Covers the amount', coverageTier: 'Coverage tier',
    yes: 'Yes', no: 'No', link: 'Confirm linkage', linkages: 'Confirmed linkages', linkedOn: 'Linked on', note: 'Note',
    confirmedBy: 'Confirmed by', linked: 'Linkage recorded', offer: 'Offer a resource', offered: 'Offer recorded',
    withdraw: 'Withdraw', confirmWithdraw: 'Withdraw the offer "{title}"? Linkages made stay.', withdrawn: 'Offer withdrawn',
    offerOpen: 'Open', offerWithdrawn: 'Withdrawn', chooseOrganization: 'Type an organization\'s name',
    noMatches: 'No matching offers', matchHint: 'The order and every judgement come from the registry\'s matching: same kind, covering the need\'s place, ranked by field, amount and proximity.'
  },
  myOrg: {
    profile: 'Organization', openProfile: 'Full profile', noOrganization: 'Your account acts for no organization',
    name: 'Name', creditCode: 'Credit code', legalForm: 'Legal form', category: 'Category', status: 'Status',
    jurisdiction: 'Jurisdiction', cases: 'Incubation applications and cases', track: 'Track', stage: 'Stage',
    appliedAt: 'Applied', admittedAt: 'Admitted', enrolments: 'Training enrolments', session: 'Session', course: 'Course',
    person: 'Learner', audience: 'Audience', enrolmentStatus: 'Status', enrolledAt: 'Enrolled',
    enrolmentHint: 'The training service lists no enrolments by organization: these are your organization\'s enrolments in the {n} latest sessions you may see, read one session at a time.',
    certificates: 'Certificates', code: 'Verification code', holder: 'Holder', completedOn: 'Completed', issuer: 'Issuer',
    pdf: 'PDF', weekly: 'Weekly pre-reports', grants: 'Grants: calls, proposals, awards', links: 'Shortcuts'
  }
})
