// Browser journeys through the grant screens (公益创投), run by console.e2e.mjs with its helpers:
//  - the county officer opens the rounds, a final round's ranking and allocation as the service computed it (money in
//    yuan with two decimals), the open county call with only the transitions its status allows, and pays a released
//    tranche of a micro-venture award (Idempotency-Key sent by the console);
//  - the org-admin sends a proposal to the county call: the service's field errors (RFC 9457) show under the fields
//    and nothing is stored; corrected, it is saved and submitted.
//  - the county officer sets up a programme (a pool from two fundings, a capped plan: yuan to the cent), drafts a round
//    whose call closes before it opens (the service's field error under 截止申报, nothing stored), corrects it, saves
//    the draft with its rubric and opens the call from the round's page. Names carry a random tag: the platform's
//    data persists between runs.
import { join } from 'node:path'

const GRANTS = '/api/grants/v1'
const XINGSHA_ROUND = '星沙街道2025年社区微创投'
const COUNTY_CALL = '长沙县第三届社会组织公益创投大赛'
/** 广场舞文明共建: a Xingsha 2026 micro-venture award whose first tranche the demo data left released, not paid. */
const RELEASED_AWARD = '6d1e0000-0000-4000-8006-000000000008'

/** ¥1,036,800.00, as the console's format.money writes it. */
function yuan(value) {
  return '¥' + Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

export async function grantJourneys(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS }) {
  // G1. The county officer: rounds, a final round's ranking and allocation, the open call's transitions, a payment.
  {
    const { context, page } = await logIn(browser, 'county-officer')
    const shown = await menus(page)
    check(shown.includes('grantRounds') && shown.includes('grantAwards') && !shown.includes('myGrants'),
      `county-officer: grant menus ${shown.filter((m) => m.startsWith('grant') || m === 'myGrants').join(', ')}`)
    await page.click('[data-menu=grantRounds]')
    await page.waitForSelector('[data-test=round-results] .el-table__row')
    const rounds = await answer(page, `${GRANTS}/rounds?`)
    check(rounds.total > 0 && rounds.items.every((r) => r.jurisdiction.code.startsWith('430121')),
      `county-officer: ${rounds.total} rounds, all in the county`)
    // The final rounds, by the status filter in the address.
    const finals = page.waitForResponse((r) => r.url().includes(`${GRANTS}/rounds?`) && r.url().includes('status=FINAL'))
    await page.goto(`${CONSOLE}/grant-rounds?status=FINAL`)
    const final = await (await finals).json()
    const xingsha = final.items.find((r) => r.title === XINGSHA_ROUND)
    check(xingsha && final.items.every((r) => r.status === 'FINAL'), `county-officer: ${XINGSHA_ROUND} among the final rounds`)
    await page.waitForSelector(`[data-round="${XINGSHA_ROUND}"]`)
    await page.click(`[data-round="${XINGSHA_ROUND}"]`)
    await page.waitForSelector('[data-test=allocation-table] .el-table__row')
    const allocation = await answer(page, `${GRANTS}/rounds/${xingsha.id}/allocation`)
    const funded = allocation.lines.filter((l) => Number(l.amount) > 0)
    const total = funded.reduce((sum, l) => sum + Number(l.amount), 0)
    check(funded.length === 8 && total === 80000 && Number(allocation.total) === total,
      `county-officer: the service allocated ${yuan(total)} to ${funded.length} of ${allocation.lines.length} ranked proposals`)
    const rows = await page.$$eval('[data-test=allocation-table] .el-table__body-wrapper tr', (trs) => trs.length)
    const amounts = await page.$$eval('[data-test=line-amount]', (cells) => cells.map((c) => c.textContent.trim()))
    check(rows === allocation.lines.length && amounts.join() === allocation.lines.map((l) => yuan(l.amount)).join(),
      `county-officer: the table shows every line in rank order with its amount in yuan (${amounts[0]}, …)`)
    check((await page.textContent('[data-test=allocation-total]')).trim() === yuan(allocation.total)
      && (await page.textContent('[data-test=allocation-pool]')).trim() === yuan(allocation.pool),
    `county-officer: pool ${yuan(allocation.pool)} and allocation ${yuan(allocation.total)} shown to the cent`)
    check((await page.$$('[data-test=grant-round] [data-action]')).length === 0, 'county-officer: a final round offers no transition')
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(SCREENSHOTS, 'grant-round-allocation-county-officer.png'), fullPage: true })
    const exported = page.waitForResponse((r) => r.url().includes(`/rounds/${xingsha.id}/allocation/export`))
    await page.locator('[data-test=export]:visible').click()
    const workbook = await exported
    check(workbook.status() === 200 && workbook.headers()['content-type'].includes('spreadsheetml'),
      'county-officer: the ranking and allocation export to Excel')

    const open = await (await fetch(`${CONSOLE}${GRANTS}/rounds?status=OPEN&size=200`,
      { headers: { Authorization: `Bearer ${await token('county-officer')}` } })).json()
    const call = open.items.find((r) => r.title === COUNTY_CALL)
    await page.goto(`${CONSOLE}/grant-rounds/${call.id}`)
    await page.waitForSelector('[data-test=round-status][data-status=OPEN]')
    const offered = await page.$$eval('[data-test=grant-round] [data-action]', (items) => items.map((i) => i.getAttribute('data-action')))
    check(offered.join() === 'CLOSE,CANCEL', `county-officer: the open call offers ${offered.join(', ')}`)

    await page.goto(`${CONSOLE}/grant-awards/${RELEASED_AWARD}`)
    await page.waitForSelector('[data-test=tranches] [data-action=PAY]')
    const paying = page.waitForResponse((r) => r.url().includes(`/awards/${RELEASED_AWARD}/tranches/1/payment`))
    await page.click('[data-test=tranches] [data-action=PAY]')
    await page.fill('.el-message-box input', 'PZ-2026-0408')
    await page.click('.el-message-box .el-button--primary')
    const payment = await paying
    const paid = await payment.json()
    check(payment.status() === 201 && payment.request().headers()['idempotency-key'] && Number(paid.amount) === 9000,
      `county-officer: the released tranche is paid once (${payment.status()}, ${yuan(paid.amount)}, with an Idempotency-Key)`)
    await page.waitForSelector('[data-test=tranches] [data-tranche-status=PAID]')
    await page.waitForFunction(() => document.querySelector('[data-test=payments]')?.textContent.includes('PZ-2026-0408'))
    check(true, 'county-officer: the tranche shows paid and the payment is listed with its voucher')
    await page.screenshot({ path: join(SCREENSHOTS, 'grant-award-payment-county-officer.png'), fullPage: true })
    await context.close()
  }

  // G2. The org-admin: the county call's proposal form; the service's field errors, then a submitted proposal.
  {
    const { context, page } = await logIn(browser, 'org-admin-demo')
    const shown = await menus(page)
    check(shown.includes('myGrants') && !shown.includes('grantRounds') && !shown.includes('grantAwards')
      && !shown.includes('grantProgrammes'),
      `org-admin-demo: grant menus ${shown.filter((m) => m.startsWith('grant') || m === 'myGrants').join(', ')}`)
    const orgAdmin = await token('org-admin-demo')
    const refused = await fetch(`${CONSOLE}${GRANTS}/rounds/c5000000-2026-4000-8000-000000000002/actions`, {
      method: 'POST', headers: { Authorization: `Bearer ${orgAdmin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'CLOSE', reason: '试图提前截止' })
    })
    check(refused.status === 403, `org-admin-demo: closing a call is refused by the API (${refused.status})`)
    await page.click('[data-menu=myGrants]')
    await page.waitForSelector(`[data-apply="${COUNTY_CALL}"]`)
    await page.click(`[data-apply="${COUNTY_CALL}"]`)
    await page.waitForSelector('[data-test=proposal-form]')
    await page.fill('[data-field=title] input', '银龄陪伴·社区居家养老互助')
    await page.fill('[data-field="budget[0].amount"] input', '0')
    const refusal = page.waitForResponse((r) => r.url().endsWith('/proposals') && r.request().method() === 'POST')
    await page.click('[data-test=save-submit]')
    const problem = await (await refusal).json()
    const fields = (problem.errors || []).map((e) => e.field)
    check(problem.status === 400 && fields.includes('budget[0].description') && fields.includes('budget[0].amount'),
      `org-admin-demo: the service refuses the form field by field (${fields.join(', ')})`)
    await page.waitForSelector('[data-field="budget[0].description"] .el-form-item__error')
    const shownErrors = await page.$$eval('[data-field] > .el-form-item__error, [data-field] .el-form-item__error',
      (items) => [...new Set(items.map((i) => i.closest('[data-field]').getAttribute('data-field')))])
    check(['budget[0].description', 'budget[0].amount'].every((f) => shownErrors.includes(f)),
      `org-admin-demo: the errors show under their fields (${shownErrors.join(', ')})`)
    const stored = await (await fetch(`${CONSOLE}${GRANTS}/proposals`, { headers: { Authorization: `Bearer ${orgAdmin}` } })).json()
    check(stored.items.every((p) => p.roundId !== 'c5000000-2026-4000-8000-000000000002'), 'org-admin-demo: nothing was stored')
    check(stored.items.every((p) => p.organizationId === '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001'),
      `org-admin-demo: its proposals across rounds are its organization's only (${stored.total})`)
    await page.screenshot({ path: join(SCREENSHOTS, 'proposal-field-errors-org-admin.png'), fullPage: true })

    await page.fill('[data-field=summary] textarea', '组织低龄老人结对探访高龄独居老人，开展陪伴、助餐与健康讲座。')
    await page.fill('[data-field="budget[0].description"] input', '探访与陪伴活动物资')
    await page.fill('[data-field="budget[0].amount"] input', '12000')
    await page.click('[data-test=add-line]')
    await page.fill('[data-field="budget[1].description"] input', '社工督导与培训')
    await page.fill('[data-field="budget[1].amount"] input', '8000.5')
    await page.fill('[data-field="expectedOutcomes.activities"] input', '24')
    await page.fill('[data-field="expectedOutcomes.personTimes"] input', '1200')
    await page.fill('[data-field="expectedOutcomes.volunteers"] input', '180')
    await page.click('[data-field=title] input')
    check((await page.textContent('[data-test=budget-total]')).trim() === '¥20,000.50', 'org-admin-demo: the budget adds up to ¥20,000.50')
    const submission = page.waitForResponse((r) => r.url().endsWith('/submission'))
    await page.click('[data-test=save-submit]')
    const submitted = await (await submission).json()
    await page.waitForSelector('[data-test=proposal-status][data-status=SUBMITTED]')
    check(submitted.status === 'SUBMITTED' && Number(submitted.requestedAmount) === 20000.5 && submitted.budget.length === 2,
      `org-admin-demo: the proposal is submitted, requesting ${yuan(submitted.requestedAmount)} (the sum of its lines)`)
    await page.screenshot({ path: join(SCREENSHOTS, 'proposal-submitted-org-admin.png'), fullPage: true })
    await context.close()
  }

  // G3. The county officer sets up a programme and drafts a round with its rubric, then opens the call.
  await programmeSetupJourney(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS })
}

/** A day in China, days from today, as yyyy-mm-dd. */
function chinaDay(days) {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
  return new Date(Date.parse(today + 'T00:00:00Z') + days * 86400000).toISOString().slice(0, 10)
}

/** Types a date into an Element Plus date picker of the form field (data-field) and confirms it. */
async function pickDate(page, field, day) {
  await page.fill(`[data-field=${field}] input`, day)
  await page.press(`[data-field=${field}] input`, 'Enter')
  await page.waitForFunction(([f, d]) => document.querySelector(`[data-field=${f}] input`)?.value === d, [field, day])
}

/** Chooses the option with this label in the Element Plus select of the form field (data-field). */
async function choose(page, field, label) {
  await page.click(`[data-field=${field}] .el-select__wrapper`)
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click()
}

/**
 * G3. The county officer (长沙县民政局) sets up a venture-philanthropy programme: a 350,000.00 yuan pool from the county's
 * civil-affairs bureau and a capped plan on the new programme's form, then 150,000.00 from the welfare lottery fund
 * added on its page: the pool, committed and available figures are the service's, in yuan to the cent. A round is
 * drafted from the programme with a rubric of four criteria; first its call closes the day before it opens: the
 * service refuses that field by field (the message under 截止申报) and stores nothing; corrected, the draft is saved
 * and the round's page opens the call (DRAFT → OPEN) with the existing actions.
 */
export async function programmeSetupJourney(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS }) {
  const tag = Math.random().toString(36).slice(2, 7)
  const name = `长沙县2027年社会组织公益创投资金·${tag}`
  const title = `长沙县第四届社会组织公益创投大赛·${tag}`
  const { context, page } = await logIn(browser, 'county-officer')
  const shown = await menus(page)
  check(shown.includes('grantProgrammes'), 'county-officer: the programmes menu (grants:programme:read)')
  await page.click('[data-menu=grantProgrammes]')
  await page.waitForSelector('[data-test=programme-results] .el-table__row')
  const listed = await answer(page, `${GRANTS}/programmes?`)
  const cells = async (column) => page.$$eval(`[data-test=programme-results] [data-test=${column}]`, (items) => items.map((i) => i.textContent.trim()))
  const [pools, committed, available] = [await cells('pool'), await cells('committed'), await cells('available')]
  check(listed.total > 0 && pools.join() === listed.items.map((p) => yuan(p.pool)).join()
    && committed.join() === listed.items.map((p) => yuan(p.committed)).join()
    && available.join() === listed.items.map((p) => yuan(p.available)).join(),
  `county-officer: ${listed.items.length} programmes with pool, committed and available to the cent (${pools[0]} / ${committed[0]} / ${available[0]})`)

  // The new programme: one funding and one capped plan on the form.
  await page.click('[data-test=new-programme]')
  await page.waitForSelector('[data-test=programme-form]')
  await page.fill('[data-field=name] input', name)
  await page.fill('[data-field=description] textarea', '县民政局出资，聚焦居家养老、社区文化与青少年社会工作，面向全县社会组织公开征集')
  await page.fill('[data-field="fundings[0].funderName"] input', '长沙县民政局')
  await page.fill('[data-field="fundings[0].amount"] input', '350000')
  await page.click('[data-test=add-plan-line]')
  await page.fill('[data-field="plans[0].code"] input', 'startup')
  await page.fill('[data-field="plans[0].name"] input', '初创型社会组织项目')
  await page.fill('[data-field="plans[0].cap"] input', '30000')
  await page.click('[data-field=name] input')
  check((await page.textContent('[data-test=pool-total]')).trim() === '¥350,000.00', 'county-officer: the form adds the pool up to ¥350,000.00')
  const creation = page.waitForResponse((r) => r.url().endsWith(`${GRANTS}/programmes`) && r.request().method() === 'POST')
  await page.click('[data-test=save-programme]')
  const created = await creation
  const programme = await created.json()
  check(created.status() === 201 && programme.jurisdiction.code === '430121000000' && programme.plans[0]?.code === 'STARTUP'
    && Number(programme.pool) === 350000 && Number(programme.plans[0].cap) === 30000,
  `county-officer: the programme is set up in 长沙县 (${created.status()}, pool ${yuan(programme.pool)}, plan STARTUP capped at ${yuan(programme.plans[0]?.cap)})`)
  await page.waitForURL(`${CONSOLE}/grant-programmes/${programme.id}`)
  await page.waitForSelector('[data-test=programme-pool]')

  // A second funding from its page: the pool grows, nothing is committed yet.
  await page.click('[data-test=add-funding]')
  await page.waitForSelector('.el-dialog [data-field=funderName] input')
  await page.fill('.el-dialog [data-field=funderName] input', '长沙县民政局（福彩公益金）')
  await page.fill('.el-dialog [data-field=amount] input', '150000')
  const funding = page.waitForResponse((r) => r.url().endsWith(`/programmes/${programme.id}/fundings`))
  await page.click('[data-test=save-funding]')
  const funded = await (await funding).json()
  await page.waitForFunction(() => document.querySelector('[data-test=programme-pool]')?.textContent.trim() === '¥500,000.00')
  const figures = [await page.textContent('[data-test=programme-pool]'), await page.textContent('[data-test=programme-committed]'),
    await page.textContent('[data-test=programme-available]')].map((f) => f.trim())
  check(Number(funded.pool) === 500000 && figures.join() === [funded.pool, funded.committed, funded.available].map(yuan).join()
    && (await page.$$('[data-test=fundings] .el-table__row')).length === 2,
  `county-officer: two fundings make the pool; shown as ${figures.join(' / ')} (pool / committed / available)`)
  await page.waitForTimeout(500)
  await page.screenshot({ path: join(SCREENSHOTS, 'programme-setup-county-officer.png'), fullPage: true })

  // The round's draft, from the programme: the call closes before it opens, the rubric has four criteria.
  await page.click('[data-test=new-round]')
  await page.waitForSelector('[data-test=round-form] [data-test=programme-available]')
  check((await page.textContent('[data-test=programme-available]')).includes('¥500,000.00'),
    'county-officer: the draft is for the new programme, its ¥500,000.00 available shown')
  await page.fill('[data-field=title] input', title)
  for (const area of ['居家养老', '社区文化', '青少年社工']) {
    await page.fill('[data-field=priorityAreas] input', area)
    await page.press('[data-field=priorityAreas] input', 'Enter')
  }
  await page.click('[data-legal-form=SOCIAL_SERVICE_ORGANIZATION]')
  await page.click('[data-legal-form=COMMUNITY_ORGANIZATION]')
  await choose(page, 'minimumMaturity', '初创型')
  await pickDate(page, 'opensOn', chinaDay(0))
  await pickDate(page, 'closesOn', chinaDay(-1))
  await page.fill('[data-field=awardCap] input', '50000')
  const rubric = [['SOCIAL_NEED', '社会需求与项目必要性', '25', '25'], ['DESIGN', '项目设计与可行性', '30', '30'],
    ['CAPACITY', '组织执行能力', '25', '25'], ['BUDGET', '预算合理性', '20', '20']]
  for (const [i, [code, criterion, weight, maxScore]] of rubric.entries()) {
    if (i > 0) await page.click('[data-test=add-criterion]')
    await page.fill(`[data-field="rubric[${i}].code"] input`, code)
    await page.fill(`[data-field="rubric[${i}].name"] input`, criterion)
    await page.fill(`[data-field="rubric[${i}].weight"] input`, weight)
    await page.fill(`[data-field="rubric[${i}].maxScore"] input`, maxScore)
  }
  await page.click('[data-test=add-criterion]')
  await page.click('[data-test=remove-criterion-4]')
  await page.click('[data-field=title] input')
  check((await page.$$('[data-test=rubric] .el-table__body-wrapper tr')).length === 4
    && (await page.textContent('[data-test=weight-total]')).trim() === '100'
    && (await page.textContent('[data-test=full-marks]')).trim() === '100',
  'county-officer: the rubric editor holds four criteria (a fifth added and removed), weights and full marks adding up to 100')
  const refusal = page.waitForResponse((r) => r.url().endsWith(`/programmes/${programme.id}/rounds`))
  await page.click('[data-test=save-round]')
  const refused = await refusal
  const problem = await refused.json()
  const fields = (problem.errors || []).map((e) => e.field)
  check(refused.status() === 400 && fields.join() === 'closesOn',
    `county-officer: a call closing before it opens is refused field by field (${refused.status()}, ${fields.join(', ')})`)
  await page.waitForSelector('[data-field=closesOn] .el-form-item__error')
  const shownError = (await page.textContent('[data-field=closesOn] .el-form-item__error')).trim()
  check(shownError === problem.errors[0].message, `county-officer: the refusal shows under 截止申报 (“${shownError}”)`)
  const officer = await token('county-officer')
  const none = await (await fetch(`${CONSOLE}${GRANTS}/rounds?programmeId=${programme.id}`,
    { headers: { Authorization: `Bearer ${officer}` } })).json()
  check(none.total === 0, 'county-officer: nothing was stored')
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(SCREENSHOTS, 'round-draft-county-officer.png'), fullPage: true })

  await pickDate(page, 'closesOn', chinaDay(30))
  const drafting = page.waitForResponse((r) => r.url().endsWith(`/programmes/${programme.id}/rounds`))
  await page.click('[data-test=save-round]')
  const drafted = await drafting
  const round = await drafted.json()
  check(drafted.status() === 201 && round.status === 'DRAFT' && round.title === title && round.rubric.length === 4
    && round.rubric.map((c) => `${c.code}:${Number(c.weight)}/${c.maxScore}`).join() === 'SOCIAL_NEED:25/25,DESIGN:30/30,CAPACITY:25/25,BUDGET:20/20'
    && round.priorityAreas.join() === '居家养老,社区文化,青少年社工' && round.minimumMaturity === 'STARTUP'
    && [...round.allowedLegalForms].sort().join() === 'COMMUNITY_ORGANIZATION,SOCIAL_SERVICE_ORGANIZATION'
    && round.opensOn === chinaDay(0) && round.closesOn === chinaDay(30) && Number(round.awardCap) === 50000,
  `county-officer: the round is drafted with its rubric, eligibility and dates (${round.opensOn} – ${round.closesOn})`)
  await page.waitForURL(`${CONSOLE}/grant-rounds/${round.id}`)
  await page.waitForSelector('[data-test=round-status][data-status=DRAFT]')
  const offered = await page.$$eval('[data-test=grant-round] [data-action]', (items) => items.map((i) => i.getAttribute('data-action')))
  check(offered.join() === 'PUBLISH,CANCEL', `county-officer: the draft's page offers ${offered.join(', ')}`)
  const publishing = page.waitForResponse((r) => r.url().endsWith(`/rounds/${round.id}/actions`))
  await page.click('[data-test=grant-round] [data-action=PUBLISH]')
  await page.click('.el-message-box .el-button--primary')
  const published = await (await publishing).json()
  await page.waitForSelector('[data-test=round-status][data-status=OPEN]')
  const now = await page.$$eval('[data-test=grant-round] [data-action]', (items) => items.map((i) => i.getAttribute('data-action')))
  check(published.status === 'OPEN' && now.join() === 'CLOSE,CANCEL', `county-officer: the call is open (then offers ${now.join(', ')})`)
  await context.close()
}
