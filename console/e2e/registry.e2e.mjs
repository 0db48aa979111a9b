// Browser journeys of the registry work screens (src/registry/), run by console.e2e.mjs with its helpers:
//   * the county officer reviews and concludes (基本合格, refused field by field first) an annual inspection (年检) of an
//     organization recorded for the run, from the annual-inspections list;
//   * the county officer registers (登记) an organization in preparation from its profile (a future date refused under
//     its field first): the profile offers only the actions its status allows, and the verified timeline shows it;
//   * the county officer puts an organization on the abnormal list (异常名录) for a reported reason from its profile
//     (eligibility changes), sees it on the abnormal list and withdraws it there;
//   * a trainer sees neither menu and the registry refuses its calls; an org-admin may not conclude an inspection.
// The organizations are recorded through the API with a random tag, so that reruns on the same platform work.
import { join } from 'node:path'

const REGISTRY = '/api/registry/v1'
const XINGSHA = '430121001000'

async function call(CONSOLE, method, path, bearer, body) {
  const response = await fetch(CONSOLE + path, {
    method,
    headers: {
      Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json',
      'Accept-Language': 'zh-CN'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null, text }
}

/** A fresh unified social credit code (GB 32100) of a social group registered in Changsha County, check character included. */
function creditCode() {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  let body = '51430121MJ'
  while (body.length < 17) body += alphabet[Math.floor(Math.random() * 31)]
  const sum = [...body].reduce((total, c, i) => total + alphabet.indexOf(c) * weights[i], 0)
  return body + alphabet[(31 - (sum % 31)) % 31]
}

/** A day in China, yyyy-mm-dd, `days` from today. */
function chinaDay(days) {
  return new Date(Date.now() + 8 * 3600 * 1000 + days * 86400 * 1000).toISOString().slice(0, 10)
}

/** Types a date into the Element Plus date picker inside the form item of `field`. */
async function pickDate(page, field, day) {
  const input = page.locator(`.el-dialog [data-field=${field}] input`)
  await input.fill(day)
  await input.press('Enter')
}

async function fieldError(page, field) {
  const error = page.locator(`.el-dialog [data-field="${field}"] .el-form-item__error`)
  await error.waitFor()
  return (await error.textContent()).trim()
}

export async function registryJourneys(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS }) {
  // 10a. Two organizations of the run at Xingsha, recorded by the county officer: one in preparation (for 登记), one
  // registered in 2024 whose report for last year is submitted (for the officer's review and conclusion).
  const tag = Date.now().toString(36).slice(-5)
  const officer = await token('county-officer')
  const year = Number(chinaDay(0).slice(0, 4)) - 1
  const preparing = await call(CONSOLE, 'POST', `${REGISTRY}/organizations`, officer, {
    name: `控制台登记演示协会${tag}`, legalForm: 'SOCIAL_GROUP', jurisdiction: XINGSHA, category: 'CULTURE_SPORTS',
    foundedOn: '2024-01-10'
  })
  check(preparing.status === 201 && preparing.json.status === 'IN_PREPARATION',
    `county-officer: records ${preparing.json?.name} in preparation (${preparing.status} ${preparing.status === 201 ? '' : preparing.text})`)
  const registered = await call(CONSOLE, 'POST', `${REGISTRY}/organizations`, officer, {
    name: `控制台年检演示协会${tag}`, legalForm: 'SOCIAL_GROUP', jurisdiction: XINGSHA, category: 'PUBLIC_WELFARE',
    creditCode: creditCode(), foundedOn: '2023-05-01', registeredOn: '2023-06-01'
  })
  check(registered.status === 201 && registered.json.status === 'REGISTERED',
    `county-officer: records ${registered.json?.name}, registered (${registered.status} ${registered.status === 201 ? '' : registered.text})`)
  const submitted = await call(CONSOLE, 'POST', `${REGISTRY}/organizations/${registered.json.id}/annual-inspections`,
    officer, { year, reportSummary: `全年开展社区公益活动 24 场（${tag}）。` })
  check(submitted.status === 201 && submitted.json.status === 'SUBMITTED', `county-officer: its ${year} annual report is submitted`)

  const { context, page } = await logIn(browser, 'county-officer')
  const shown = await menus(page)
  check(shown.includes('annualInspections') && shown.includes('abnormalList'),
    'county-officer: the annual inspections and abnormal list menus')

  // 10b. The annual inspections: the submitted ones of last year; review, then conclude — a basic pass without its
  // opinion and due date is refused field by field, then concluded with them. (Opened by its address: leaving the
  // dashboard the officer lands on while a chart of it fails to mount can drop the menu's navigation.)
  await page.goto(CONSOLE + '/annual-inspections')
  await page.waitForSelector('[data-test=inspections] .el-table__row')
  const all = await answer(page, `${REGISTRY}/annual-inspections?`)
  check(all.total > 0 && all.items.every((i) => i.jurisdiction.code.startsWith('430121')),
    `county-officer: ${all.total} annual inspections in the county`)
  const overdue = await answer(page, `${REGISTRY}/annual-inspections/overdue-rectifications`)
  check(overdue.items.every((i) => ['BASIC_PASSED', 'FAILED'].includes(i.status) && i.rectificationDue < chinaDay(0)),
    `county-officer: ${overdue.total} rectifications overdue`)
  await page.fill('[data-test=year] input', String(year))
  await page.click('[data-test=status]')
  await page.click('.el-select-dropdown__item:has-text("已提交")')
  const searched = page.waitForResponse((r) => r.url().includes('/annual-inspections?') && r.url().includes('status=SUBMITTED'))
  await page.click('[data-test=search]')
  const found = await (await searched).json()
  check(found.items.every((i) => i.status === 'SUBMITTED' && i.year === year) && found.items.some((i) => i.id === submitted.json.id),
    `county-officer: the ${year} inspections awaiting review (${found.total}) include the run's`)
  const row = `[data-test=inspections] .el-table__row:has-text("${registered.json.name}")`
  await page.click(`${row} [data-action=REVIEW]`)
  const reviewed = page.waitForResponse((r) => r.url().endsWith(`/annual-inspections/${submitted.json.id}/review`))
  await page.click('.el-message-box__btns .el-button--primary')
  check((await reviewed).status() === 200, 'county-officer: reviews it (审查)')
  await page.waitForSelector(`${row} [data-status=REVIEWED]`)
  await page.click(`${row} [data-action=CONCLUDE]`)
  await page.click('.el-dialog [data-result=BASIC_PASS]')
  const refused = page.waitForResponse((r) => r.url().endsWith('/conclusion'))
  await page.click('[data-test=inspection-confirm]')
  check((await refused).status() === 400, 'county-officer: a basic pass without opinion and due date is refused (400)')
  const opinionError = await fieldError(page, 'rectificationOpinion')
  const dueError = await fieldError(page, 'rectificationDue')
  check(opinionError.length > 0 && dueError.length > 0,
    `county-officer: the refusal is shown under each field (${opinionError} / ${dueError})`)
  await page.fill('.el-dialog [data-field=rectificationOpinion] textarea', '理事会会议记录不完整，请补充完善。')
  await pickDate(page, 'rectificationDue', chinaDay(60))
  const concluded = page.waitForResponse((r) => r.url().endsWith('/conclusion'))
  await page.click('[data-test=inspection-confirm]')
  const conclusion = await concluded
  check(conclusion.status() === 200 && (await conclusion.json()).status === 'BASIC_PASSED',
    'county-officer: concludes it 基本合格 with rectification opinions due in 60 days')
  await page.waitForSelector(`${row} [data-status=BASIC_PASSED]`)
  await page.waitForSelector('.el-dialog', { state: 'hidden' })
  await page.waitForTimeout(500) // the tags' fade-in
  await page.screenshot({ path: join(SCREENSHOTS, 'annual-inspections-county-officer.png'), fullPage: true })
  const inspectionsExported = page.waitForResponse((r) => r.url().includes(`${REGISTRY}/annual-inspections/export`))
  await page.locator('[data-test=export]:visible').click()
  const inspectionsWorkbook = await inspectionsExported
  check(inspectionsWorkbook.status() === 200 && inspectionsWorkbook.headers()['content-type'].includes('spreadsheetml')
    && decodeURIComponent(inspectionsWorkbook.headers()['content-disposition']).includes(`年检-${year}.xlsx`),
  `county-officer: the ${year} inspections export to Excel (年检-${year}.xlsx)`)

  // 10c. The organization in preparation: its profile offers only 登记 (not 备案, 换届, 注销); a registration dated in the
  // future is refused under the date; registered today, the verified timeline shows it and the actions change.
  await page.goto(`${CONSOLE}/organizations/${preparing.json.id}`)
  await page.waitForSelector('[data-test=verification]')
  const offered = await page.$$eval('[data-test=lifecycle-action]', (items) => items.map((i) => i.getAttribute('data-action')))
  check(offered.join() === 'REGISTER', `county-officer: in preparation, the profile offers ${offered.join(', ')}`)
  await page.click('[data-action=REGISTER]')
  await page.fill('.el-dialog [data-field=creditCode] input', creditCode())
  await pickDate(page, 'registeredOn', chinaDay(3))
  const early = page.waitForResponse((r) => r.url().endsWith('/registration'))
  await page.click('[data-test=lifecycle-confirm]')
  check((await early).status() === 400, 'county-officer: a registration dated in 3 days is refused (400)')
  const dateError = await fieldError(page, 'registeredOn')
  check(dateError.length > 0, `county-officer: the refusal is shown under the registration date (${dateError})`)
  await pickDate(page, 'registeredOn', chinaDay(0))
  const done = page.waitForResponse((r) => r.url().endsWith('/registration'))
  await page.click('[data-test=lifecycle-confirm]')
  const registration = await done
  check(registration.status() === 200 && (await registration.json()).status === 'REGISTERED', 'county-officer: registers it (登记)')
  await page.waitForSelector('[data-test=timeline-action][data-action="organization.registered"]')
  await page.waitForSelector('[data-test=verification].el-alert--success')
  check((await page.textContent('[data-test=timeline-action][data-action="organization.registered"]')).trim() === '登记',
    'county-officer: the timeline shows the registration (登记) and verifies as intact')
  const after = await page.$$eval('[data-test=lifecycle-action]', (items) => items.map((i) => i.getAttribute('data-action')))
  check(after.join() === 'RENEW_BOARD,CANCEL', `county-officer: registered, the profile offers ${after.join(', ')}`)
  await page.waitForSelector('.el-dialog', { state: 'hidden' })
  await page.waitForTimeout(500) // the tags' fade-in
  await page.screenshot({ path: join(SCREENSHOTS, 'organization-lifecycle-county-officer.png'), fullPage: true })

  // 10d. The abnormal list: the inspected organization is eligible; listed for a reported reason from its profile (a
  // malformed reason code refused under its field first) it is not; the list shows it; withdrawn there, it is off.
  await page.goto(`${CONSOLE}/organizations/${registered.json.id}`)
  await page.waitForSelector('[data-test=eligibility]')
  check(await page.getAttribute('[data-test=eligibility]', 'data-eligible') === 'true', 'county-officer: the registered organization is eligible')
  await page.waitForSelector('[data-test=organization-inspections] [data-status=BASIC_PASSED]')
  check(true, 'county-officer: the profile lists its annual inspection, 基本合格')
  const reason = `CONSOLE_CHECK_${tag.toUpperCase()}`
  await page.click('[data-test=list-abnormal]')
  await page.fill('.el-dialog [data-field=reasonCode] input', 'not a code')
  const badCode = page.waitForResponse((r) => r.url().endsWith('/abnormal-listings'))
  await page.click('[data-test=listing-confirm]')
  check((await badCode).status() === 400, 'county-officer: a malformed reason code is refused (400)')
  const codeError = await fieldError(page, 'reasonCode')
  check(codeError.length > 0, `county-officer: the refusal is shown under the reason code (${codeError})`)
  await page.fill('.el-dialog [data-field=reasonCode] input', reason)
  await page.fill('.el-dialog [data-field=note] textarea', '未按要求建立党的工作机制（控制台演示）')
  const listed = page.waitForResponse((r) => r.url().endsWith('/abnormal-listings'))
  await page.click('[data-test=listing-confirm]')
  check((await listed).status() === 201, `county-officer: lists it for ${reason}`)
  await page.waitForSelector('[data-test=eligibility][data-eligible=false]')
  await page.waitForSelector('[data-test=timeline-action][data-action="abnormal-list.listed"]')
  check(true, 'county-officer: no longer eligible; the listing is on its timeline')

  await page.click('[data-menu=abnormalList]')
  await page.waitForSelector('[data-test=abnormal-rows] .el-table__row')
  const listing = await answer(page, `${REGISTRY}/abnormal-list?`)
  check(listing.total > 0 && listing.items.every((l) => l.jurisdiction.code.startsWith('430121') && !l.removedAt),
    `county-officer: ${listing.total} organizations' reasons on the county's abnormal list`)
  const ours = `[data-test=abnormal-rows] .el-table__row:has-text("${registered.json.name}")`
  await page.waitForSelector(ours)
  check((await page.textContent(ours)).includes('业务部门报告'), 'county-officer: the run\'s organization is on it, reported')
  await page.waitForTimeout(500) // the tags' fade-in
  await page.screenshot({ path: join(SCREENSHOTS, 'abnormal-list-county-officer.png'), fullPage: true })
  const abnormalExported = page.waitForResponse((r) => r.url().includes(`${REGISTRY}/abnormal-list/export`))
  await page.locator('[data-test=export]:visible').click()
  const abnormalWorkbook = await abnormalExported
  check(abnormalWorkbook.status() === 200 && abnormalWorkbook.headers()['content-type'].includes('spreadsheetml')
    && decodeURIComponent(abnormalWorkbook.headers()['content-disposition']).includes('活动异常名录.xlsx'),
  'county-officer: the abnormal list exports to Excel (活动异常名录.xlsx)')
  await page.click(`${ours} [data-test=withdraw]`)
  const withdrawn = page.waitForResponse((r) => r.url().endsWith('/abnormal-listings/withdrawal'))
  await page.click('.el-message-box__btns .el-button--primary')
  check((await withdrawn).status() === 200, `county-officer: withdraws ${reason}`)
  await page.waitForSelector(ours, { state: 'detached' })
  check(true, 'county-officer: the organization is off the abnormal list')
  await context.close()

  // 10e. Roles without the permissions: a trainer sees neither menu and the registry refuses it; an org-admin reads
  // inspections but may not conclude one.
  {
    const trainer = await logIn(browser, 'trainer-demo')
    const theirs = await menus(trainer.page)
    check(!theirs.includes('annualInspections') && !theirs.includes('abnormalList'),
      `trainer-demo: no annual inspections or abnormal list menu (${theirs.join(', ')})`)
    await trainer.page.goto(CONSOLE + '/annual-inspections')
    await trainer.page.waitForSelector('[data-test=forbidden]')
    check(true, 'trainer-demo: the annual inspections route is refused in the console')
    const bearer = await token('trainer-demo')
    for (const path of [`${REGISTRY}/annual-inspections`, `${REGISTRY}/abnormal-list`]) {
      const response = await call(CONSOLE, 'GET', path, bearer)
      check(response.status === 403, `trainer-demo: GET ${path} is refused (${response.status})`)
    }
    await trainer.context.close()
    const orgAdmin = await token('org-admin-demo')
    const concluded = await call(CONSOLE, 'POST', `${REGISTRY}/annual-inspections/${submitted.json.id}/conclusion`,
      orgAdmin, { result: 'PASS' })
    check(concluded.status === 403, `org-admin-demo: POST .../conclusion is refused (${concluded.status})`)
    const swept = await call(CONSOLE, 'POST', `${REGISTRY}/abnormal-list/sweeps`, orgAdmin, { year })
    check(swept.status === 403, `org-admin-demo: POST /abnormal-list/sweeps is refused (${swept.status})`)
  }
}
