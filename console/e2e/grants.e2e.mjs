// Browser journeys through the grant screens (公益创投), run by console.e2e.mjs with its helpers:
//  - the county officer opens the rounds, a final round's ranking and allocation as the service computed it (money in
//    yuan with two decimals), the open county call with only the transitions its status allows, and pays a released
//    tranche of a micro-venture award (Idempotency-Key sent by the console);
//  - the org-admin sends a proposal to the county call: the service's field errors (RFC 9457) show under the fields
//    and nothing is stored; corrected, it is saved and submitted.
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
    check(shown.includes('myGrants') && !shown.includes('grantRounds') && !shown.includes('grantAwards'),
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
}
