// Strings of the work screens (case boards, operation log), Chinese first; merged into i18n.js.
export const work = {
  zh: {
    menu: { incubationBoard: '孵化看板', partyBoard: '党建案例', operationLog: '操作日志' },
    work: {
      exported: '已导出 {name}', cards: '{n} 个', showEnded: '显示已结束', track: '区域', note: '备注',
      confirmAction: '确认对“{org}”执行“{action}”？', done: '已完成：{action}', more: '仅显示前 {n} 个',
      trackName: { INCUBATION: '孵化区', RESIDENT: '入驻区' }
    },
    board: {
      columns: {
        APPLIED: '项目申请', INSPECTION: '考察辅导', ADMISSION_EVALUATION: '入壳评估', GROWTH: '在壳孵化 · 成长评估',
        FOLLOW_UP: '出壳 · 后续服务', RESIDENT: '入驻', ENDED: '已结束'
      },
      action: {
        START_INSPECTION: '开始考察辅导', REQUEST_ADMISSION_EVALUATION: '提请入壳评估', ADMIT: '入壳',
        START_GROWTH_EVALUATION: '开始成长评估', RETURN_TO_SHELL: '继续在壳', GRADUATE: '出壳',
        START_FOLLOW_UP: '开始后续服务', CLOSE: '结案', ADMIT_RESIDENT: '入驻', RECORD_SERVICE_EVALUATION: '年度服务评估',
        EXIT: '退出', REJECT: '不予通过', WITHDRAW: '撤回', TERMINATE: '终止孵化'
      },
      appliedAt: '申请', admittedAt: '入壳'
    },
    party: {
      stage: {
        ADMISSION_SURVEY: '入壳考察', MEMBER_DISCOVERY: '发现党员', SUPPORT: '支持帮扶', FORMATION: '发展组建',
        FOLLOW_UP: '后续服务', CLOSED: '结案'
      },
      action: {
        COMPLETE_SURVEY: '完成考察', COMPLETE_DISCOVERY: '完成党员排查', START_FORMATION: '进入发展组建',
        COMPLETE_FORMATION: '完成组建', CLOSE: '结案'
      },
      formation: { INSTRUCTOR_AND_DEVELOPMENT: '指导员 + 发展党员', JOINT_BRANCH: '联合党支部', OWN_BRANCH: '单独建支部' },
      shortfall: {
        INSTRUCTOR_MISSING: '未选派指导员', DEVELOPMENT_PLAN_MISSING: '缺发展党员计划', JOINT_BRANCH_MISSING: '未纳入联合党支部',
        OWN_BRANCH_MISSING: '应单独建支部'
      },
      members: '党员 {n} 名', instructor: '指导员', required: '应有', current: '现有', shortfalls: '待补足'
    },
    oplog: {
      module: '模块', actor: '操作人', actorHint: '用户名，如 county-officer', days: '日期', action: '操作',
      actionHint: '操作或其前缀，如 case.', recordType: '记录类型', recordId: '记录编号', at: '时间', record: '记录',
      jurisdiction: '辖区', diff: '前后对比', field: '字段', before: '操作前', after: '操作后', changed: '已变更',
      noBefore: '该操作未记录操作前状态（新建，或只记录了结果）', noAfter: '该操作未记录操作后状态',
      unavailable: '{modules} 暂时无法查询，以下结果不含这些模块', merged: '多个模块合并时最多翻到第 {n} 条',
      trace: '追踪号', exportModule: '导出 Excel（{module}）',
      modules: { registry: '组织库', incubation: '孵化', 'party-building': '党建', grants: '公益创投', training: '能力建设' }
    }
  },
  en: {
    menu: { incubationBoard: 'Case board', partyBoard: 'Party cases', operationLog: 'Operation log' },
    work: {
      exported: 'Exported {name}', cards: '{n}', showEnded: 'Show ended', track: 'Zone', note: 'Note',
      confirmAction: '{action} for {org}?', done: 'Done: {action}', more: 'First {n} shown',
      trackName: { INCUBATION: 'Incubation zone', RESIDENT: 'Resident zone' }
    },
    board: {
      columns: {
        APPLIED: 'Applied', INSPECTION: 'Inspection', ADMISSION_EVALUATION: 'Admission evaluation',
        GROWTH: 'In shell · growth evaluation', FOLLOW_UP: 'Graduated · follow-up', RESIDENT: 'Resident', ENDED: 'Ended'
      },
      action: {
        START_INSPECTION: 'Start inspection', REQUEST_ADMISSION_EVALUATION: 'Request admission evaluation', ADMIT: 'Admit',
        START_GROWTH_EVALUATION: 'Start growth evaluation', RETURN_TO_SHELL: 'Back to shell', GRADUATE: 'Graduate',
        START_FOLLOW_UP: 'Start follow-up', CLOSE: 'Close', ADMIT_RESIDENT: 'Admit resident',
        RECORD_SERVICE_EVALUATION: 'Service evaluation', EXIT: 'Exit', REJECT: 'Reject', WITHDRAW: 'Withdraw',
        TERMINATE: 'Terminate'
      },
      appliedAt: 'Applied', admittedAt: 'Admitted'
    },
    party: {
      stage: {
        ADMISSION_SURVEY: 'Admission survey', MEMBER_DISCOVERY: 'Member discovery', SUPPORT: 'Support',
        FORMATION: 'Formation', FOLLOW_UP: 'Follow-up', CLOSED: 'Closed'
      },
      action: {
        COMPLETE_SURVEY: 'Complete survey', COMPLETE_DISCOVERY: 'Complete discovery', START_FORMATION: 'Start formation',
        COMPLETE_FORMATION: 'Complete formation', CLOSE: 'Close'
      },
      formation: { INSTRUCTOR_AND_DEVELOPMENT: 'Instructor + development', JOINT_BRANCH: 'Joint branch', OWN_BRANCH: 'Own branch' },
      shortfall: {
        INSTRUCTOR_MISSING: 'No instructor', DEVELOPMENT_PLAN_MISSING: 'No development plan',
        JOINT_BRANCH_MISSING: 'Not in a joint branch', OWN_BRANCH_MISSING: 'Own branch due'
      },
      members: '{n} members', instructor: 'Instructor', required: 'Required', current: 'Current', shortfalls: 'Shortfalls'
    },
    oplog: {
      module: 'Module', actor: 'Actor', actorHint: 'User name, e.g. county-officer', days: 'Days', action: 'Action',
      actionHint: 'Action or its beginning, e.g. case.', recordType: 'Record type', recordId: 'Record id', at: 'At',
      record: 'Record', jurisdiction: 'Jurisdiction', diff: 'Before / after', field: 'Field', before: 'Before',
      after: 'After', changed: 'Changed', noBefore: 'No state before was recorded (a creation, or only the result)',
      noAfter: 'No state after was recorded', unavailable: '{modules} did not answer; the list leaves them out',
      merged: 'Across several modules the list goes up to entry {n}', trace: 'Trace', exportModule: 'Export Excel ({module})',
      modules: { registry: 'Registry', incubation: 'Incubation', 'party-building': 'Party building', grants: 'Grants', training: 'Training' }
    }
  }
}

/** The messages of one language with the work screens' strings added (menus merged, not replaced). */
export function withWork(messages, language) {
  const extra = work[language]
  return { ...messages, ...extra, menu: { ...messages.menu, ...extra.menu } }
}
