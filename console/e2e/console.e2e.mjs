// Browser journeys through the web console, in the machine's headless Chromium driven by playwright-core.
// Run by system-tests ConsoleBrowserSystemIT against the running platform:
//   CONSOLE_URL=http://localhost:8080 KEYCLOAK_URL=http://localhost:8180 CHROMIUM=/usr/bin/chromium \
//   SCREENSHOTS=../docs/screenshots node e2e/console.e2e.mjs
// Exits non-zero on the first failed check; prints one line per check.
import { join } from 'node:path'
import { grantJourneys } from './grants.e2e.mjs'
import { opsJourneys } from './ops.e2e.mjs'
import { orgJourneys } from './org.e2e.mjs'
import { registryJourneys } from './registry.e2e.mjs'
import { CONSOLE, KEYCLOAK, SCREENSHOTS, answer, check, launch, logIn, menus, token } from './session.mjs'

/** Waits until every chart on the page has drawn its canvas. */
async function chartsDrawn(page) {
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('.chart')
    return charts.length > 0 && [...charts].every((chart) => chart.querySelector('canvas'))
  })
  await page.waitForTimeout(1500) // ECharts' entry animation
}

const browser = await launch()
try {
  // 1. The county officer: dashboards with the demo data, registry search (2 characters), a profile, real log-out.
  {
    const { context, page } = await logIn(browser, 'county-officer')
    await page.waitForSelector('[data-test=dashboard]')
    check(page.url() === CONSOLE + '/dashboard', 'county-officer: lands on the dashboard')
    const figures = await answer(page, '/api/registry/v1/statistics/organizations')
    check(figures.total > 0 && figures.byJurisdiction.length > 1,
      `county-officer: the county's organizations by street (${figures.total} in ${figures.byJurisdiction.length} streets)`)
    await page.waitForFunction((total) => document.querySelector('[data-test=organizations-total]')?.textContent.trim() === String(total), figures.total)
    check(true, 'county-officer: the dashboard shows the total the registry counted')
    check(figures.byMaturity.reduce((sum, c) => sum + c.count, 0) === figures.total &&
      (await page.$('[data-test=by-maturity]')) !== null,
      `county-officer: organizations by maturity (${figures.byMaturity.map((c) => c.label + ' ' + c.count).join(', ')})`)
    await page.waitForSelector('[data-test=person-times]')
    // 跨节点汇总: the roll-up over every node holding the county's records, the nodes it covers named.
    // (The card shows the roll-up once its answer is final: one that timed out on a cold node is asked once more.)
    await page.waitForSelector('[data-test=roll-up-organizations]')
    const rollUps = page.answers.filter((r) => r.url().includes('/api/registry/v1/statistics/roll-up'))
    const rolledUp = await rollUps[rollUps.length - 1].json()
    // A node that did not answer within the roll-up's deadline (a cold one) is named, its records left out.
    check(rolledUp.answered.length + rolledUp.missing.length > 0 &&
      (rolledUp.missing.length > 0 || rolledUp.total.organizations >= figures.total),
      `county-officer: the registry roll-up covers ${rolledUp.answered.map((n) => n.name).join(', ')} ` +
      `(${rolledUp.total.organizations} organizations, ${rolledUp.missing.length} nodes missing)`)
    await page.waitForFunction((total) => document.querySelector('[data-test=roll-up-organizations]')?.textContent.trim() === String(total),
      rolledUp.total.organizations)
    const nodeTags = await page.$$eval('[data-test=roll-up-node]', (tags) => tags.map((tag) => tag.textContent.trim()))
    const missingAlerts = await page.$$eval('[data-test=roll-up-missing]', (alerts) => alerts.map((a) => a.textContent))
    check(rolledUp.answered.every((n) => nodeTags.includes(n.name)) &&
      rolledUp.missing.every((n) => missingAlerts.some((text) => text.includes(n.name))),
      `county-officer: the dashboard shows the roll-up total and names its nodes (${nodeTags.join(', ')})`)
    // 公益创投: applied, awarded, disbursed and outcomes, as the grant service summed them for the county.
    const grantFigures = await answer(page, '/api/grants/v1/statistics?')
    await page.waitForFunction((n) => document.querySelector('[data-test=grants-awarded]')?.textContent.trim() === String(n),
      grantFigures.awarded.awards)
    check(grantFigures.applied.proposals > 0 && grantFigures.awarded.awards > 0,
      `county-officer: the dashboard shows grants as the service summed them (${grantFigures.applied.proposals} applied, ` +
      `${grantFigures.awarded.awards} awarded ¥${grantFigures.awarded.amount}, ¥${grantFigures.disbursed.amount} disbursed)`)
    await chartsDrawn(page)
    const shown = await menus(page)
    check(['dashboard', 'organizations', 'weekly'].every((m) => shown.includes(m)) && !shown.includes('reviews'),
      `county-officer: menus ${shown.join(', ')}`)
    check((await page.textContent('.header')).includes('长沙县'), 'county-officer: the jurisdiction picker names 长沙县')
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-county-officer.png'), fullPage: true })

    await page.click('[data-menu=organizations]')
    await page.waitForSelector('[data-test=results]')
    await page.fill('input[data-test=name]', '星沙')
    const search = page.waitForResponse((r) => r.url().includes('/api/registry/v1/organizations?') && r.url().includes('name='))
    await page.click('[data-test=search]')
    const found = await (await search).json()
    check(found.items.length > 0 && found.items.every((o) => o.name.includes('星沙')),
      `county-officer: a 2-character search 星沙 finds ${found.total} organizations`)
    await page.waitForSelector(`text=${found.items[0].name}`)
    await page.screenshot({ path: join(SCREENSHOTS, 'registry-search.png'), fullPage: true })
    await page.click(`text=${found.items[0].name}`)
    await page.waitForSelector('[data-test=verification]')
    check((await page.textContent('[data-test=org-name]')).trim() === found.items[0].name, 'county-officer: the profile opens')
    check((await page.getAttribute('[data-test=verification]', 'class')).includes('success'),
      'county-officer: the timeline verifies as intact')
    await page.screenshot({ path: join(SCREENSHOTS, 'organization-profile.png'), fullPage: true })

    await page.click('[data-test=language]')
    await page.waitForSelector('text=Log out')
    check(true, 'county-officer: English on the switch')
    await page.click('[data-test=language]')
    await Promise.all([page.waitForSelector('#username'), page.click('[data-test=logout]')])
    check(page.url().startsWith(KEYCLOAK), 'county-officer: log-out ends the Keycloak session (back at its log-in page)')
    await page.goto(CONSOLE + '/dashboard')
    await page.waitForSelector('#username')
    check(page.url().startsWith(KEYCLOAK), 'county-officer: after log-out the console asks for a log-in again')
    await context.close()
  }

  // 1b. Ejin Horo's civil-affairs officer sees the banner's seed figures: the first round's 52 proposals, 12 funded
  // sharing 440,000 yuan (DOMAIN.md), counted by the grant service from the demo rounds' rows.
  {
    const { context, page } = await logIn(browser, 'ejin-horo-officer')
    await page.waitForSelector('[data-test=dashboard]')
    const grantFigures = await answer(page, '/api/grants/v1/statistics?')
    check(grantFigures.jurisdiction.code === '150627000000' && grantFigures.applied.proposals === 52 &&
      grantFigures.awarded.awards === 12 && grantFigures.awarded.amount === 440000,
      `ejin-horo-officer: 伊金霍洛旗 ${grantFigures.applied.proposals} proposals, ${grantFigures.awarded.awards} awards sharing ¥${grantFigures.awarded.amount}`)
    await page.waitForFunction(() => document.querySelector('[data-test=grants-awarded-amount]')?.textContent.trim() === '¥440,000.00')
    check((await page.textContent('.header')).includes('伊金霍洛旗'), 'ejin-horo-officer: the jurisdiction picker names 伊金霍洛旗')
    await chartsDrawn(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-ejin-horo-officer.png'), fullPage: true })
    await context.close()
  }

  // 1c. Ya'an's centre operator sees the leaders' weekly chart: Yucheng's 68 weekly issues, 5,486 activities and
  // 251,853 attendees (DOMAIN.md), counted by the registry from the activity rows, one bar per issue.
  {
    const { context, page } = await logIn(browser, 'yaan-operator')
    await page.waitForSelector('[data-test=dashboard]')
    const weekly = await answer(page, '/api/registry/v1/weekly/cumulative')
    check(weekly.weeklyIssues === 68 && weekly.activities === 5486 && weekly.attendees === 251853 &&
      weekly.byWeek.length === 68 && weekly.byWeek.reduce((sum, w) => sum + w.attendees, 0) === 251853,
      `yaan-operator: 雅安 ${weekly.weeklyIssues} weekly issues, ${weekly.activities} activities, ${weekly.attendees} attendees, week by week`)
    await page.waitForFunction(() => document.querySelector('[data-test=weekly-attendees]')?.textContent.trim() === '251853')
    await page.waitForSelector('[data-test=weekly-clashes]')
    check(true, 'yaan-operator: the dashboard shows the weekly totals and the week being reported with its clashes')
    await chartsDrawn(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-yaan-operator.png'), fullPage: true })
    await context.close()
  }

  // 2. A street hub sees only its street.
  {
    const { context, page } = await logIn(browser, 'xingsha-hub')
    await page.waitForSelector('[data-test=dashboard]')
    const figures = await answer(page, '/api/registry/v1/statistics/organizations')
    const streets = figures.byJurisdiction.map((c) => c.label)
    check(streets.every((s) => s === '星沙街道'), `xingsha-hub: the dashboard counts only 星沙街道 (${streets.join(', ') || 'none'})`)
    check((await page.textContent('.header')).includes('星沙街道'), 'xingsha-hub: the jurisdiction picker is its street')
    await chartsDrawn(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-xingsha-hub.png'), fullPage: true })
    await page.click('[data-menu=organizations]')
    const organizations = await answer(page, '/api/registry/v1/organizations?')
    check(organizations.items.every((o) => o.jurisdiction.code.startsWith('430121001')),
      `xingsha-hub: the registry lists only its street's organizations (${organizations.total})`)
    await context.close()
  }

  // 3. Another role: an expert sees only its reviews; the officer's menus are hidden and their calls refused.
  {
    const { context, page } = await logIn(browser, 'expert-demo')
    await page.waitForSelector('[data-test=reviews]')
    const shown = await menus(page)
    check(shown.length === 1 && shown[0] === 'reviews', `expert-demo: only the reviews menu (${shown.join(', ')})`)
    await page.screenshot({ path: join(SCREENSHOTS, 'reviews-expert.png'), fullPage: true })
    await page.goto(CONSOLE + '/dashboard')
    await page.waitForSelector('[data-test=forbidden]')
    check(true, 'expert-demo: the dashboard route is refused in the console')
    const expert = await token('expert-demo')
    for (const path of ['/api/registry/v1/statistics/organizations', '/api/registry/v1/organizations',
      '/api/incubation/v1/operation-log']) {
      const response = await fetch(CONSOLE + path, { headers: { Authorization: `Bearer ${expert}` } })
      check(response.status === 403 && response.headers.get('content-type').startsWith('application/problem+json'),
        `expert-demo: GET ${path} is refused (${response.status})`)
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'forbidden-expert.png'), fullPage: true })
    await context.close()
  }
  // 4. An org-admin reports next week's activity on the square another organization booked: the clash warning.
  {
    const { context, page } = await logIn(browser, 'org-admin-demo')
    const shown = await menus(page)
    check(shown.includes('weekly') && !shown.includes('reviews'), `org-admin-demo: menus ${shown.join(', ')}`)
    await page.click('[data-menu=weekly]')
    await page.waitForSelector('[data-test=weekly-form]')
    // Saturday of next week (ISO), 10:00-11:00 China time: the demo data books 星沙街道文化广场 on Saturday morning.
    const china = new Date(Date.now() + 8 * 3600 * 1000)
    const day = (china.getUTCDay() + 6) % 7 // 0 = Monday
    const saturday = new Date(china.getTime() + (7 - day + 5) * 86400 * 1000).toISOString().slice(0, 10)
    // (a tag per run: the same title, time and place reported twice is refused as a duplicate)
    await page.fill('input[data-test=title]', `周末亲子阅读会·${Math.random().toString(36).slice(2, 6)}`)
    await page.fill('input[data-test=starts-at]', `${saturday}T10:00`)
    await page.fill('input[data-test=ends-at]', `${saturday}T11:00`)
    await page.fill('input[data-test=place]', '星沙街道文化广场')
    await page.click('[data-test=submit]')
    await page.waitForSelector('[data-test=clash-warning]')
    const warning = await page.textContent('[data-test=clash-warning]')
    check(warning.includes('星沙街道邻里互助队'), 'org-admin-demo: the submission warns of the clash with 星沙街道邻里互助队')
    await page.screenshot({ path: join(SCREENSHOTS, 'weekly-clash-org-admin.png'), fullPage: true })
    await context.close()
  }
  // 5. Notices (站内信): the weekly pre-report deadline reaches org-admins (a badge on the bell), not other roles.
  {
    const { context, page } = await logIn(browser, 'org-admin-demo')
    await page.waitForSelector('[data-test=notification-badge] sup.el-badge__content:not([style*="display: none"])')
    const badge = Number((await page.textContent('[data-test=notification-badge] sup')).trim())
    const count = await answer(page, '/api/registry/v1/notifications/unread-count')
    check(badge > 0 && badge === Math.min(count.unread, 99),
      `org-admin-demo: the bell shows ${badge} unread notices, as the registry counts them`)
    await page.click('[data-test=notification-bell]')
    await page.click('[data-test=notification-all]')
    await page.waitForSelector('[data-test=notice][data-kind=WEEKLY_REPORT_DUE]')
    const text = await page.textContent('[data-test=notice][data-kind=WEEKLY_REPORT_DUE]')
    check(text.includes('每周活动预报截止提醒') && text.includes('前提交'),
      'org-admin-demo: the notifications page shows the weekly pre-report deadline in Chinese')
    await page.screenshot({ path: join(SCREENSHOTS, 'notifications-org-admin.png'), fullPage: true })
    const unreadBefore = (await (await fetch(CONSOLE + '/api/registry/v1/notifications/unread-count',
      { headers: { Authorization: `Bearer ${await token('org-admin-demo')}` } })).json()).unread
    const marked = page.waitForResponse((r) => r.url().includes('/api/registry/v1/notifications/') && r.url().endsWith('/read'))
    await page.click('[data-test=notice][data-read=false] [data-test=mark-read]')
    check((await marked).status() === 200, 'org-admin-demo: a notice is marked read')
    await page.waitForFunction((before) => {
      const sup = document.querySelector('[data-test=notification-badge] sup')
      const shown = sup && sup.style.display !== 'none' ? Number(sup.textContent.trim()) : 0
      return shown === Math.min(before - 1, 99)
    }, unreadBefore)
    check(true, `org-admin-demo: the badge goes from ${unreadBefore} to ${unreadBefore - 1}`)
    for (const other of ['expert-demo', 'xingsha-hub']) {
      const notices = await (await fetch(CONSOLE + '/api/registry/v1/notifications?size=200',
        { headers: { Authorization: `Bearer ${await token(other)}` } })).json()
      check(notices.items.every((n) => n.kind !== 'WEEKLY_REPORT_DUE'),
        `${other}: no pre-report deadline notice (addressed to org-admins only)`)
    }
    await context.close()
  }

  // 6. A base operator works the incubation case board: five stages, the transitions it may perform as buttons.
  {
    const { context, page } = await logIn(browser, 'city-operator')
    const shown = await menus(page)
    check(shown.includes('incubationBoard'), `city-operator: menus ${shown.join(', ')}`)
    check(!shown.includes('operationLog'), 'city-operator: no operation log (officers and platform admins only)')
    await page.click('[data-menu=incubationBoard]')
    await page.waitForSelector('[data-test=incubation-board]')
    await page.waitForSelector('[data-test=case-card]')
    const columns = await page.$$eval('[data-column]', (items) => items.map((item) => item.getAttribute('data-column')))
    check(columns.join() === 'APPLIED,INSPECTION,ADMISSION_EVALUATION,GROWTH,FOLLOW_UP',
      `city-operator: the board has the five stages (${columns.join(', ')})`)
    const cards = await page.$$('[data-test=case-card]')
    const buttons = await page.$$eval('[data-test=case-card] [data-action]', (items) => items.map((item) => item.getAttribute('data-action')))
    check(cards.length > 0 && buttons.includes('START_INSPECTION'),
      `city-operator: ${cards.length} cases on the board, transitions offered (${[...new Set(buttons)].join(', ')})`)
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(SCREENSHOTS, 'incubation-board-base-operator.png'), fullPage: true })
    const exported = page.waitForResponse((r) => r.url().includes('/api/incubation/v1/cases/export'))
    await page.click('[data-test=export]')
    const workbook = await exported
    check(workbook.status() === 200 && workbook.headers()['content-type'].includes('spreadsheetml'),
      'city-operator: the board exports to Excel')
    await context.close()
  }

  // 7. A party instructor sees the party cases assigned to them, by the five stages of party-organization incubation.
  {
    const { context, page } = await logIn(browser, 'instructor-demo')
    const shown = await menus(page)
    check(shown.includes('partyBoard') && !shown.includes('incubationBoard') && !shown.includes('operationLog'),
      `instructor-demo: menus ${shown.join(', ')}`)
    await page.click('[data-menu=partyBoard]')
    await page.waitForSelector('[data-test=party-board]')
    await page.waitForSelector('[data-test=party-card]')
    const cases = await answer(page, '/api/party-building/v1/cases?')
    const columns = await page.$$eval('[data-column]', (items) => items.length)
    const cards = await page.$$('[data-test=party-card]')
    check(columns === 5 && cards.length > 0, `instructor-demo: ${cards.length} party cases in five stages`)
    check(cases.items.every((c) => c.instructor?.username === 'instructor-demo'),
      'instructor-demo: only the organizations assigned to the instructor')
    check((await page.$$('[data-test=party-card] [data-action]')).length > 0, 'instructor-demo: may move its cases on')
    await page.screenshot({ path: join(SCREENSHOTS, 'party-board-instructor.png'), fullPage: true })
    await context.close()
  }

  // 8. The county officer reads the operation log across the services, with a record's before and after.
  {
    const { context, page } = await logIn(browser, 'county-officer')
    await page.click('[data-menu=operationLog]')
    await page.waitForSelector('[data-test=log-results] .el-table__row')
    const modules = ['registry', 'incubation', 'party-building', 'grants', 'training']
    for (const module of modules) {
      const log = await answer(page, `/api/${module}/v1/operation-log?`)
      check(log.items.every((e) => e.jurisdiction?.code.startsWith('430121')), `county-officer: ${module} log in the county (${log.total})`)
    }
    await page.click('[data-test=log-results] .el-table__row [data-test=diff]')
    await page.waitForSelector('[data-test=diff-table]')
    check(true, 'county-officer: an entry opens with its before and after')
    await page.screenshot({ path: join(SCREENSHOTS, 'operation-log-county-officer.png'), fullPage: true })
    await context.close()
  }
  // 9. The grant screens (公益创投): see grants.e2e.mjs.
  await grantJourneys(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS })
  // 9. The operations screens (e2e/ops.e2e.mjs): a sitting's check-in QR codes, an import's row errors, the zone plan.
  await opsJourneys(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS })
  // 10. The talent pool (masked), needs with matching, 我的组织 (e2e/org.e2e.mjs).
  await orgJourneys(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS })
  // 11. The registry work screens (e2e/registry.e2e.mjs): annual inspections, a lifecycle action, the abnormal list.
  await registryJourneys(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS })
  console.log('all browser checks passed')
} finally {
  await browser.close()
}
