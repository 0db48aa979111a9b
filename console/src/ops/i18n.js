import { i18n } from '../i18n'

/**
 * The strings of the operations screens (training sessions and QR check-in, Excel imports, the zone plan), merged into
 * the console's messages here so that the feature keeps its text beside its code. Chinese first.
 */
i18n.global.mergeLocaleMessage('zh-CN', {
  menu: { trainingSessions: '培训签到', imports: 'Excel 导入', zonePlan: '工位平面图' },
  training: {
    sessions: '培训班次', mineOnly: '只看我讲授的', course: '课程', title: '班次', status: '状态', trainer: '讲师',
    sittings: '课次', enrolled: '已报名', place: '地点', online: '线上', sitting: '第 {n} 课次', attendance: '考勤',
    showQr: '生成签到二维码', qrTitle: '{session} · 第 {n} 课次 签到二维码', qrHint: '学员所在组织的管理员登录后扫码即签到；每个二维码只能使用一次，课次开始前 30 分钟起有效，开始 15 分钟后签到记为迟到。',
    codes: '共 {n} 个签到码', noCodes: '该班次没有已报名的学员', refreshing: '点名表每 5 秒自动刷新',
    rollCall: '点名表', person: '学员', audience: '对象', result: '签到', method: '方式', recordedAt: '时间',
    notYet: '未签到', mark: '点名', print: '打印',
    sessionStatus: { PLANNED: '未开放', OPEN: '报名中', CLOSED: '报名截止', COMPLETED: '已结业', CANCELLED: '已取消' },
    attendanceStatus: { PRESENT: '出勤', LATE: '迟到', ABSENT: '缺勤' },
    methodName: { CODE: '扫码', ROLL_CALL: '点名' },
    checkIn: '扫码签到', checkingIn: '正在签到…', checkedIn: '签到成功', checkedInAs: '{status} · {at}',
    checkInFailed: '签到未成功', code: '签到码', checkInAgain: '用签到码签到'
  },
  imports: {
    organizations: '组织库导入', talent: '人才库导入', template: '下载模板', choose: '选择 Excel 文件',
    validRowsOnly: '只导入无误的行（有误的行列在下方）', upload: '上传并导入', rows: '共 {rows} 行，已导入 {imported} 行',
    refused: '有 {n} 行有误，整个文件未导入', row: '行号', column: '列', message: '问题', wholeRow: '整行',
    hintOrganizations: '每行一个组织；带 * 的列必填。文件有误时整个文件不导入，除非勾选“只导入无误的行”。',
    hintTalent: '每行一位人才；身份证号校验、不能重复。文件有误时整个文件不导入，除非勾选“只导入无误的行”。',
    skipped: '未导入的行', none: '没有有误的行'
  },
  zones: {
    base: '孵化基地', zone: '功能区', free: '空闲', occupied: '已占用', workstations: '工位 {occupied}/{total}',
    assign: '分配给案例', release: '释放工位', case: '案例', chooseCase: '选择已入壳（入驻）且尚无工位的案例',
    assigned: '已将 {code} 分配给 {org}', released: '已释放 {code}', confirmRelease: '确认释放 {org} 占用的工位 {code}？',
    noWorkstations: '该功能区没有工位', hidden: '已占用（不在您的辖区）', since: '自 {at}', legend: '图例',
    kind: { INCUBATION: '孵化区', RESIDENT: '入驻区', EXHIBITION: '展示区', CONSULTATION: '咨询区' }
  }
})

i18n.global.mergeLocaleMessage('en', {
  menu: { trainingSessions: 'Training check-in', imports: 'Excel import', zonePlan: 'Zone plan' },
  training: {
    sessions: 'Sessions', mineOnly: 'Only mine', course: 'Course', title: 'Session', status: 'Status', trainer: 'Trainer',
    sittings: 'Sittings', enrolled: 'Enrolled', place: 'Place', online: 'Online', sitting: 'Sitting {n}',
    attendance: 'Attendance', showQr: 'Check-in QR codes', qrTitle: '{session} · sitting {n}: check-in QR codes',
    qrHint: 'Scanned by the learner\'s organization admin once logged in; each code works once, from 30 minutes before the sitting starts; past 15 minutes it counts as late.',
    codes: '{n} check-in codes', noCodes: 'Nobody holds a place in this session', refreshing: 'The roll call refreshes every 5 s',
    rollCall: 'Roll call', person: 'Learner', audience: 'Audience', result: 'Check-in', method: 'How',
    recordedAt: 'At', notYet: 'Not yet', mark: 'Call', print: 'Print',
    sessionStatus: { PLANNED: 'Planned', OPEN: 'Open', CLOSED: 'Enrolment closed', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
    attendanceStatus: { PRESENT: 'Present', LATE: 'Late', ABSENT: 'Absent' },
    methodName: { CODE: 'QR code', ROLL_CALL: 'Roll call' },
    checkIn: 'QR check-in', checkingIn: 'Checking in…', checkedIn: 'Checked in', checkedInAs: '{status} · {at}',
    checkInFailed: 'Check-in failed', code: 'Code', checkInAgain: 'Check in with a code'
  },
  imports: {
    organizations: 'Import organizations', talent: 'Import talent', template: 'Download template',
    choose: 'Choose an Excel file', validRowsOnly: 'Import the valid rows only (the others are listed below)',
    upload: 'Upload and import', rows: '{imported} of {rows} rows imported',
    refused: '{n} rows are wrong: nothing was imported', row: 'Row', column: 'Column', message: 'Problem',
    wholeRow: 'Whole row',
    hintOrganizations: 'One organization a row; columns marked * are required. A file with errors is not imported at all, unless "valid rows only" is ticked.',
    hintTalent: 'One person a row; ID numbers are checked and unique. A file with errors is not imported at all, unless "valid rows only" is ticked.',
    skipped: 'Rows not imported', none: 'No wrong rows'
  },
  zones: {
    base: 'Base', zone: 'Zone', free: 'Free', occupied: 'Occupied', workstations: 'Workstations {occupied}/{total}',
    assign: 'Assign to a case', release: 'Release', case: 'Case',
    chooseCase: 'Choose an admitted (resident) case without a workstation', assigned: '{code} assigned to {org}',
    released: '{code} released', confirmRelease: 'Release workstation {code} held by {org}?',
    noWorkstations: 'This zone has no workstations', hidden: 'Occupied (outside your jurisdiction)', since: 'since {at}',
    legend: 'Legend',
    kind: { INCUBATION: 'Incubation zone', RESIDENT: 'Resident zone', EXHIBITION: 'Exhibition area', CONSULTATION: 'Consultation area' }
  }
})
