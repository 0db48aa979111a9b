// Browser journeys of the operations screens (src/ops/), run by console.e2e.mjs with its helpers:
//   * a trainer shows the check-in QR codes of a sitting; the learner's organization admin opens one (the QR's URL)
//     logged in and is checked in; the trainer's roll call refreshes to show it;
//   * a street hub imports an organization workbook (ORGANIZATION_WORKBOOK, written by ConsoleBrowserSystemIT) with one
//     bad row: nothing is imported and the row's error is shown;
//   * a base operator sees the city base's zone plan (workstations free and occupied), releases a workstation and
//     assigns it again.
import { createHash } from 'node:crypto'
import { join } from 'node:path'

const TRAINING = '/api/training/v1'
const XINGSHA = '430121001000'

/** The demo data's fixed ids: md5 of a name, as PostgreSQL's md5(...)::uuid writes them. */
function demoId(name) {
  const hex = createHash('md5').update(name).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

async function call(CONSOLE, method, path, bearer, body) {
  const response = await fetch(CONSOLE + path, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null, text }
}

export async function opsJourneys(browser, { logIn, check, menus, token, CONSOLE, SCREENSHOTS }) {
  // 9a. A session of the county's volunteer course at Xingsha, run by trainer-demo, its sitting starting in 20 minutes
  // (check-in opens 30 minutes before): planned and opened by the street hub, two people enrolled by the org-admin.
  const tag = Date.now().toString(36).slice(-5)
  const title = `扫码签到演示-${tag}`
  const hub = await token('xingsha-hub')
  const org = await token('org-admin-demo')
  const start = new Date(Date.now() + 20 * 60000)
  start.setMilliseconds(0)
  const planned = await call(CONSOLE, 'POST', `${TRAINING}/sessions`, hub, {
    courseId: demoId('demo-course-county-2'), jurisdiction: XINGSHA, title, mode: 'ONSITE',
    venue: '星沙街道社会组织服务中心', capacity: 10, trainer: 'trainer-demo',
    enrolmentDeadline: new Date(start.getTime() - 10 * 60000).toISOString(),
    sittings: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 90 * 60000).toISOString() }]
  })
  check(planned.status === 201, `xingsha-hub: plans the session ${title} run by trainer-demo (${planned.status} ${planned.status === 201 ? '' : planned.text})`)
  const sessionPath = `${TRAINING}/sessions/${planned.json.id}`
  check((await call(CONSOLE, 'POST', sessionPath + '/publication', hub, {})).status === 200, 'xingsha-hub: opens its enrolment')
  for (const personName of ['张晓明', '李思远']) {
    const enrolled = await call(CONSOLE, 'POST', sessionPath + '/enrolments', org, { personName, audience: 'HUB_STAFF' })
    check(enrolled.status === 201 && enrolled.json.status === 'ENROLLED', `org-admin-demo: enrols ${personName}`)
  }

  // 9b. The trainer shows the sitting's QR codes: one per enrolled person, each the console's check-in URL.
  const trainer = await logIn(browser, 'trainer-demo')
  check((await menus(trainer.page)).includes('trainingSessions'), 'trainer-demo: the training check-in menu')
  await trainer.page.click('[data-menu=trainingSessions]')
  await trainer.page.waitForSelector(`[data-test=session-list] .el-table__row:has-text("${title}")`)
  await trainer.page.click(`[data-test=session-list] .el-table__row:has-text("${title}")`)
  await trainer.page.waitForSelector('[data-test=roll-call-table] .el-table__row')
  const issued = trainer.page.waitForResponse((r) => r.url().includes('/sittings/1/check-in-codes'))
  await trainer.page.click('[data-test=show-qr][data-sitting="1"]')
  check((await issued).status() === 201, 'trainer-demo: issues the check-in codes of sitting 1')
  await trainer.page.waitForSelector('[data-test=qr-slip] svg path')
  const slips = await trainer.page.$$eval('[data-test=qr-slip]', (items) => items.map((item) => ({
    code: item.getAttribute('data-code'), url: item.querySelector('svg').getAttribute('data-qr'),
    dark: item.querySelector('svg path').getAttribute('d').length
  })))
  check(slips.length === 2 && slips.every((s) => s.url === `${CONSOLE}/check-in?code=${s.code}` && s.dark > 100),
    `trainer-demo: ${slips.length} QR codes, each encoding the console's check-in URL with its code`)
  const waiting = await trainer.page.$$eval('[data-test=roll-call-table] [data-test=attendance-status]',
    (items) => items.map((item) => item.getAttribute('data-status')))
  check(waiting.length === 2 && waiting.every((s) => s === 'NONE'), 'trainer-demo: nobody checked in yet')
  await trainer.page.screenshot({ path: join(SCREENSHOTS, 'training-qr-trainer.png'), fullPage: true })

  // 9c. The learner's organization admin opens the first QR's URL, logged in: the check-in is posted.
  const learner = await logIn(browser, 'org-admin-demo')
  const posted = learner.page.waitForResponse((r) => r.url().endsWith('/api/training/v1/check-ins'))
  await learner.page.goto(slips[0].url)
  check((await posted).status() === 201, 'org-admin-demo: the QR URL posts the check-in')
  await learner.page.waitForSelector('[data-test=checked-in]')
  check((await learner.page.textContent('[data-test=checked-in]')).includes('出勤'), 'org-admin-demo: checked in, present')
  await learner.page.screenshot({ path: join(SCREENSHOTS, 'check-in-org-admin.png'), fullPage: true })
  // the notices page: each notice's read state is shown before its title (no empty slot)
  await learner.page.goto(CONSOLE + '/notifications')
  await learner.page.waitForSelector('[data-test=notice] [data-test=notice-state]')
  const state = await learner.page.$eval('[data-test=notice] [data-test=notice-state]', (tag) =>
    ({ text: tag.textContent.trim(), width: tag.getBoundingClientRect().width, opacity: getComputedStyle(tag).opacity }))
  check(['未读', '已读'].includes(state.text) && state.width > 10 && state.opacity === '1',
    `org-admin-demo: a notice shows its state "${state.text}" before its title`)
  await learner.context.close()

  // 9d. The trainer's roll call refreshes by itself: the person of that code is present, by QR code.
  await trainer.page.waitForSelector('[data-test=roll-call-table] [data-status=PRESENT]', { timeout: 30000 })
  const present = await trainer.page.textContent('[data-test=present-count]')
  check(present.trim() === '1/2', `trainer-demo: the roll call refreshed (${present.trim()} present)`)
  await trainer.page.screenshot({ path: join(SCREENSHOTS, 'training-roll-call-trainer.png'), fullPage: true })
  await trainer.context.close()

  // 9e. A street hub imports an organization workbook with one bad row: the row and column are named, nothing stored.
  {
    const { context, page } = await logIn(browser, 'xingsha-hub')
    check((await menus(page)).includes('imports'), 'xingsha-hub: the Excel import menu')
    await page.click('[data-menu=imports]')
    await page.waitForSelector('[data-test=imports]')
    const template = page.waitForResponse((r) => r.url().includes('/api/registry/v1/organizations/import-template'))
    await page.click('[data-test=template]')
    const templateAnswer = await template
    check(templateAnswer.status() === 200 && templateAnswer.headers()['content-type'].includes('spreadsheetml'),
      'xingsha-hub: downloads the organization template')
    await page.setInputFiles('[data-test=import-file]', process.env.ORGANIZATION_WORKBOOK)
    const imported = page.waitForResponse((r) => r.url().includes('/api/registry/v1/organizations/import'))
    await page.click('[data-test=upload]')
    const refusal = await imported
    check(refusal.status() === 400, 'xingsha-hub: the workbook with a bad row is refused whole (400)')
    await page.waitForSelector('[data-test=row-errors] .el-table__row')
    const rows = await page.$$eval('[data-test=row-errors] .el-table__row', (items) =>
      items.map((item) => [...item.querySelectorAll('td')].map((td) => td.textContent.trim())))
    check(rows.length === 1 && rows[0][0] === '3' && rows[0][1] === '统一社会信用代码',
      `xingsha-hub: the row error names row 3, column 统一社会信用代码 (${rows.map((r) => r.join(' | ')).join('; ')})`)
    await page.screenshot({ path: join(SCREENSHOTS, 'import-row-errors-hub.png'), fullPage: true })
    const found = await call(CONSOLE, 'GET', '/api/registry/v1/organizations?name=' +
      encodeURIComponent('控制台导入协会' + process.env.ORGANIZATION_WORKBOOK_TAG), hub)
    check(found.status === 200 && found.json.total === 0, 'xingsha-hub: not even the good row was stored')
    await context.close()
  }

  // 9f. A base operator's zone plan: the city base's zones as grids, occupied and free; release a workstation and
  // assign it to the same case again.
  {
    const { context, page } = await logIn(browser, 'city-operator')
    check((await menus(page)).includes('zonePlan'), 'city-operator: the zone plan menu')
    await page.click('[data-menu=zonePlan]')
    await page.waitForSelector('[data-test=zone] [data-test=workstation]')
    const zones = await page.$$eval('[data-test=zone]', (items) => items.map((zone) => ({
      kind: zone.getAttribute('data-zone-kind'), badge: zone.querySelector('[data-test=zone-occupancy]').textContent.trim(),
      tiles: zone.querySelectorAll('[data-test=workstation]').length,
      occupied: zone.querySelectorAll('[data-test=workstation][data-occupied=true]').length
    })))
    const incubation = zones.find((z) => z.kind === 'INCUBATION')
    const resident = zones.find((z) => z.kind === 'RESIDENT')
    check(incubation && incubation.tiles === 200 && incubation.badge.includes(`${incubation.occupied}/200`),
      `city-operator: the incubation zone's 200 workstations drawn, ${incubation?.occupied} occupied as counted (${incubation?.badge})`)
    check(resident && resident.occupied >= 1 && resident.badge.includes(`${resident.occupied}/${resident.tiles}`),
      `city-operator: the resident zone shows ${resident?.occupied} occupied, as its count says (${resident?.badge})`)
    await page.screenshot({ path: join(SCREENSHOTS, 'zone-plan-base-operator.png'), fullPage: true })

    const held = '[data-zone-kind=RESIDENT] [data-test=workstation][data-occupied=true][data-holder]'
    const code = await page.getAttribute(held, 'data-code')
    const holder = (await page.textContent(`${held} .holder`)).trim()
    await page.click(held)
    const released = page.waitForResponse((r) => r.url().endsWith('/workstation/release'))
    await page.click('.el-message-box__btns .el-button--primary')
    check((await released).status() === 204, `city-operator: releases ${code} held by ${holder}`)
    await page.waitForSelector(`[data-test=workstation][data-code="${code}"][data-occupied=false]`)
    await page.click(`[data-test=workstation][data-code="${code}"]`)
    await page.click('[data-test=assign-case]')
    await page.click(`.el-select-dropdown__item:has-text("${holder}")`)
    const assigned = page.waitForResponse((r) => r.url().endsWith('/workstation') && r.request().method() === 'POST')
    await page.click('[data-test=assign]')
    check((await assigned).status() === 201, `city-operator: assigns ${code} to ${holder} again`)
    await page.waitForSelector(`[data-test=workstation][data-code="${code}"][data-occupied=true]`)
    check(true, `city-operator: the plan shows ${code} occupied again`)
    await context.close()
  }
}
