// Browser journeys of the talent pool, needs and an org-admin's own organization (src/org/), run by console.e2e.mjs
// with its helpers:
//   * a county officer finds a person it added to the talent pool: the API answers the ID number and phone masked, the
//     list, the ID-number lookup and the profile show exactly that, and the clear values appear nowhere on the page;
//   * the officer opens an org-admin's need: the offers in the order and with the judgements the registry's matching
//     answers, then records a resource linkage (资源链接) from the first one;
//   * the org-admin posts a need (refused field by field, then posted) and opens 我的组织: its profile, its incubation
//     case, its people's enrolments and its certificates (one earned in a session short enough to end meanwhile), a PDF;
//   * roles without the permission see no menu and the API refuses them (403).
// Data is made through the API with a random tag, so reruns work.
import { createHash } from 'node:crypto'
import { join } from 'node:path'

const REGISTRY = '/api/registry/v1'
const TRAINING = '/api/training/v1'
const INCUBATION = '/api/incubation/v1'
const XINGSHA = '430121001000'
const COUNTY_BASE = 'b0000000-0000-4000-8000-000000000002'

/** The demo data's fixed ids: md5 of a name, as PostgreSQL's md5(...)::uuid writes them. */
function demoId(name) {
  const hex = createHash('md5').update(name).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A random, valid resident ID number of Changsha County (GB 11643: the last character is the check digit). */
function idNumber() {
  const pad = (n, width) => String(n).padStart(width, '0')
  const random = (n) => Math.floor(Math.random() * n)
  const body = '430121' + (1960 + random(40)) + pad(1 + random(12), 2) + pad(1 + random(28), 2) + pad(random(1000), 3)
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
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

export async function orgJourneys(browser, { logIn, check, answer, menus, token, CONSOLE, SCREENSHOTS }) {
  const tag = Date.now().toString(36).slice(-5)
  const officer = await token('county-officer')
  const orgAdmin = await token('org-admin-demo')
  const hub = await token('xingsha-hub')

  // 10. First a session short enough to finish during the journeys: enrolment closes in 20 s, its one sitting runs
  // from 22 s to 27 s; the org-admin enrols a person now, the hub takes the roll and completes it in 10c (a certificate).
  const origin = Math.ceil(Date.now() / 1000) * 1000
  const at = (ms) => new Date(origin + ms).toISOString()
  const graduate = `证书${tag}`
  const short = await call(CONSOLE, 'POST', `${TRAINING}/sessions`, hub, {
    courseId: demoId('demo-course-county-2'), jurisdiction: XINGSHA, title: `结业证书演示-${tag}`, mode: 'ONSITE',
    venue: '星沙街道社会组织服务中心', capacity: 5, enrolmentDeadline: at(20000),
    sittings: [{ startsAt: at(22000), endsAt: at(27000) }]
  })
  check(short.status === 201, `xingsha-hub: plans a short session (${short.status} ${short.status === 201 ? '' : short.text})`)
  const shortPath = `${TRAINING}/sessions/${short.json.id}`
  check((await call(CONSOLE, 'POST', shortPath + '/publication', hub, {})).status === 200, 'xingsha-hub: opens it')
  const graduating = await call(CONSOLE, 'POST', shortPath + '/enrolments', orgAdmin,
    { personName: graduate, audience: 'ORGANIZATION_LEADER' })
  check(graduating.status === 201, `org-admin-demo: enrols ${graduate} before the deadline`)

  // 10a. The talent pool, masked: a person added through the API, then found in the console.
  {
    const clearId = idNumber()
    const clearPhone = '139' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0')
    const name = `控制台人才${tag}`
    const created = await call(CONSOLE, 'POST', `${REGISTRY}/talent`, officer, {
      name, kind: 'SOCIAL_WORKER', level: 'INTERMEDIATE', fields: ['ELDERLY_CARE'], jurisdiction: XINGSHA,
      idNumber: clearId, phone: clearPhone
    })
    check(created.status === 201, `county-officer: adds ${name} to the talent pool (${created.status} ${created.status === 201 ? '' : created.text})`)
    const masked = { id: created.json.idNumber, phone: created.json.phone }
    check(masked.id.includes('*') && masked.id !== clearId && !masked.id.includes(clearId.slice(6, 14)) &&
      masked.phone.includes('*') && !masked.phone.includes(clearPhone.slice(3, 7)),
    `county-officer: the API answers the ID number and phone masked (${masked.id}, ${masked.phone})`)

    const { context, page } = await logIn(browser, 'county-officer')
    check((await menus(page)).includes('talentPool'), 'county-officer: the talent pool menu')
    await page.click('[data-menu=talentPool]')
    await page.waitForSelector('[data-test=talent-list]')
    await page.fill('input[data-test=talent-name]', name)
    const searched = page.waitForResponse((r) => r.url().includes(`${REGISTRY}/talent?`) && r.url().includes('name='))
    await page.click('[data-test=talent-pool] [data-test=search]')
    const listed = await (await searched).json()
    const row = listed.items.find((p) => p.id === created.json.id)
    check(listed.items.length === 1 && row && row.idNumber === masked.id && row.phone === masked.phone,
      `county-officer: the list's answer holds ${name}, masked (${row?.idNumber})`)
    await page.waitForSelector(`[data-test=id-number][data-talent="${row.id}"]`)
    const shown = {
      id: (await page.textContent(`[data-test=id-number][data-talent="${row.id}"]`)).trim(),
      phone: (await page.textContent(`[data-test=phone][data-talent="${row.id}"]`)).trim()
    }
    check(shown.id === masked.id && shown.phone === masked.phone,
      `county-officer: the page shows the ID number and phone exactly as masked (${shown.id}, ${shown.phone})`)
    const html = await page.content()
    check(!html.includes(clearId) && !html.includes(clearPhone), 'county-officer: the clear ID number and phone are nowhere on the page')
    await page.screenshot({ path: join(SCREENSHOTS, 'talent-pool-masked.png'), fullPage: true })
    const talentExported = page.waitForResponse((r) => r.url().includes(`${REGISTRY}/talent/export`))
    await page.locator('[data-test=export]:visible').click()
    const talentWorkbook = await talentExported
    check(talentWorkbook.status() === 200 && talentWorkbook.headers()['content-type'].includes('spreadsheetml')
      && decodeURIComponent(talentWorkbook.headers()['content-disposition']).includes('人才库.xlsx'),
    'county-officer: the talent pool exports to Excel (人才库.xlsx)')

    // the lookup sends the ID number in the body; the answer and the page are masked, the field emptied
    await page.fill('input[data-test=lookup-id]', clearId)
    const looked = page.waitForResponse((r) => r.url().endsWith(`${REGISTRY}/talent/lookup`))
    await page.click('[data-test=lookup]')
    const lookup = await looked
    check(lookup.status() === 200 && !lookup.url().includes(clearId) && (await lookup.json()).idNumber === masked.id,
      'county-officer: the ID-number lookup (in the body, not the URL) finds the person, masked')
    await page.waitForSelector('[data-test=lookup-found]')
    check((await page.textContent('[data-test=lookup-found]')).includes(masked.id) &&
      (await page.inputValue('input[data-test=lookup-id]')) === '' && !(await page.content()).includes(clearId),
    'county-officer: the lookup shows the masked ID number and keeps no clear one')

    // the profile with its timeline
    await page.click(`[data-test=talent-list] a[data-talent="${row.id}"]`)
    await page.waitForSelector('[data-test=talent-profile] [data-test=talent-timeline] .el-timeline-item')
    check((await page.textContent('[data-test=talent-profile] [data-test=id-number]')).trim() === masked.id &&
      (await page.textContent('[data-test=talent-profile] [data-test=talent-name]')).trim() === name,
    `county-officer: ${name}'s profile, masked, with its timeline`)
    await context.close()
  }

  // 10b. Needs and matching: the org-admin's need, two offers recorded by the officer; the console shows the service's
  // ranking and judgements as answered, and the officer records a linkage from the first match.
  {
    const organizationId = (await call(CONSOLE, 'GET', `${REGISTRY}/me`, orgAdmin)).json.organizationId
    const title = `养老助餐经费-${tag}`
    const need = await call(CONSOLE, 'POST', `${REGISTRY}/needs`, orgAdmin, {
      organizationId, kind: 'FUNDS', title, field: 'ELDERLY_CARE', amountYuan: '5000.00'
    })
    check(need.status === 201, `org-admin-demo: posts the need ${title} (${need.status} ${need.status === 201 ? '' : need.text})`)
    const offers = []
    for (const [providerName, fields, coverage, valueYuan] of [
      [`星沙养老公益基金-${tag}`, ['ELDERLY_CARE'], XINGSHA, '8000.00'],
      [`县青少年发展基金-${tag}`, ['YOUTH'], '430121000000', '3000.00']]) {
      const offered = await call(CONSOLE, 'POST', `${REGISTRY}/offers`, officer, {
        providerName, providerType: 'FOUNDATION', kind: 'FUNDS', title: `资助-${providerName}`, fields, coverage, valueYuan
      })
      check(offered.status === 201, `county-officer: records the offer of ${providerName}`)
      offers.push(offered.json)
    }

    const { context, page } = await logIn(browser, 'county-officer')
    check((await menus(page)).includes('needs'), 'county-officer: the needs menu')
    await page.click('[data-menu=needs]')
    await page.waitForSelector('[data-test=need-list] .el-table__row')
    await page.goto(`${CONSOLE}/needs/${need.json.id}`)
    const ranked = await answer(page, `/needs/${need.json.id}/matches`)
    await page.waitForSelector('[data-test=match-list] [data-test=match-offer]')
    const rows = await page.$$eval('[data-test=match-list] .el-table__body-wrapper .el-table__row', (items) => items.map((item) => ({
      offer: item.querySelector('[data-test=match-offer]').getAttribute('data-offer'),
      field: item.querySelector('[data-test=field-matches]').textContent.trim(),
      tier: item.querySelector('[data-test=coverage-tier]').getAttribute('data-tier')
    })))
    const ours = ranked.items.map((m) => m.offer.id).filter((id) => offers.some((o) => o.id === id))
    check(ours.length === 2 && ranked.items[0].offer.id === offers[0].id && ranked.items[0].fieldMatches,
      `the service ranks the street's elderly-care offer first (${ranked.items.length} matches)`)
    check(rows.length === ranked.items.length && rows.every((r, i) => r.offer === ranked.items[i].offer.id &&
      r.field === (ranked.items[i].fieldMatches ? '是' : '否') && r.tier === ranked.items[i].coverageTier),
    'county-officer: the page lists the matches in the service\'s order with its field and coverage judgements')
    await page.screenshot({ path: join(SCREENSHOTS, 'needs-matching.png'), fullPage: true })

    await page.click(`[data-test=link-offer][data-offer="${offers[0].id}"]`)
    await page.waitForSelector('[data-test=linkage-form]')
    await page.fill('input[data-test=linkage-note]', `控制台链接 ${tag}`)
    const linked = page.waitForResponse((r) => r.url().endsWith(`/needs/${need.json.id}/linkages`) && r.request().method() === 'POST')
    await page.click('[data-test=submit-linkage]')
    const linkage = await linked
    check(linkage.status() === 201 && (await linkage.json()).offerId === offers[0].id, 'county-officer: records the linkage (201)')
    await page.waitForSelector(`[data-test=linkage-list] .el-table__row:has-text("控制台链接 ${tag}")`)
    await page.waitForSelector('[data-test=need-status][data-status=LINKED]')
    check(true, 'county-officer: the linkage is listed and the need shows 已链接')
    await context.close()
    for (const offer of offers) {
      check((await call(CONSOLE, 'POST', `${REGISTRY}/offers/${offer.id}/withdraw`, officer, {})).status === 200,
        `county-officer: withdraws the offer ${offer.providerName} (reruns start clean)`)
    }
  }

  // 10c. 我的组织: the org-admin's organization, its incubation case, its enrolment of today, its certificates.
  {
    // the short session is over by now: roll call, closed, completed; the certificate is the org-admin's
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, origin + 28000 - Date.now())))
    check((await call(CONSOLE, 'POST', shortPath + '/closure', hub, {})).status === 200, 'xingsha-hub: closes the short session')
    const roll = await call(CONSOLE, 'POST', shortPath + '/sittings/1/roll-call', hub,
      { calls: [{ enrolmentId: graduating.json.id, status: 'PRESENT' }] })
    check(roll.status === 200, `xingsha-hub: ${graduate} present at the roll call (${roll.status} ${roll.status === 200 ? '' : roll.text})`)
    const completed = await call(CONSOLE, 'POST', shortPath + '/completion', hub, {})
    const certificate = completed.json?.items?.find((c) => c.enrolmentId === graduating.json.id)
    check(completed.status === 200 && certificate, `xingsha-hub: completes it; ${graduate}'s certificate ${certificate?.code}`)
    const person = `学员${tag}`
    const start = new Date(Date.now() + 30 * 86400000)
    start.setMilliseconds(0)
    const planned = await call(CONSOLE, 'POST', `${TRAINING}/sessions`, hub, {
      courseId: demoId('demo-course-county-2'), jurisdiction: XINGSHA, title: `我的组织演示-${tag}`, mode: 'ONSITE',
      venue: '星沙街道社会组织服务中心', capacity: 10, enrolmentDeadline: new Date(start.getTime() - 86400000).toISOString(),
      sittings: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 90 * 60000).toISOString() }]
    })
    check(planned.status === 201, `xingsha-hub: plans a session (${planned.status} ${planned.status === 201 ? '' : planned.text})`)
    check((await call(CONSOLE, 'POST', `${TRAINING}/sessions/${planned.json.id}/publication`, hub, {})).status === 200,
      'xingsha-hub: opens its enrolment')
    const enrolled = await call(CONSOLE, 'POST', `${TRAINING}/sessions/${planned.json.id}/enrolments`, orgAdmin,
      { personName: person, audience: 'ORGANIZATION_LEADER' })
    check(enrolled.status === 201, `org-admin-demo: enrols ${person}`)
    const me = (await call(CONSOLE, 'GET', `${REGISTRY}/me`, orgAdmin)).json
    if ((await call(CONSOLE, 'GET', `${INCUBATION}/cases?size=1`, orgAdmin)).json.total === 0) {
      const applied = await call(CONSOLE, 'POST', `${INCUBATION}/cases`, orgAdmin,
        { track: 'INCUBATION', baseId: COUNTY_BASE, organizationId: me.organizationId, note: `控制台 ${tag}` })
      check(applied.status === 201, 'org-admin-demo: applies for incubation at the county base')
    }

    const { context, page } = await logIn(browser, 'org-admin-demo')
    const shown = await menus(page)
    check(shown.includes('myOrganization') && shown.includes('needs') && !shown.includes('talentPool'),
      `org-admin-demo: 我的组织 and needs, no talent pool (${shown.join(', ')})`)
    // posting a need in the console: the registry's refusal is shown under each field, then the corrected need is posted
    await page.click('[data-menu=needs]')
    await page.waitForSelector('[data-test=need-list]')
    await page.click('[data-test=post-need]')
    await page.waitForSelector('[data-test=need-form]')
    await page.fill('input[data-test=need-amount]', '12.345')
    let posted = page.waitForResponse((r) => r.url().endsWith(`${REGISTRY}/needs`) && r.request().method() === 'POST')
    await page.click('[data-test=submit-need]')
    check((await posted).status() === 400, 'org-admin-demo: a need without a title and with a third decimal is refused (400)')
    await page.waitForSelector('[data-field=title] .el-form-item__error')
    await page.waitForSelector('[data-field=amountYuan] .el-form-item__error')
    check(true, 'org-admin-demo: the refusal is shown under the title and the amount')
    const needTitle = `控制台需求-${tag}`
    await page.fill('input[data-test=need-title]', needTitle)
    await page.fill('input[data-test=need-amount]', '1200.00')
    posted = page.waitForResponse((r) => r.url().endsWith(`${REGISTRY}/needs`) && r.request().method() === 'POST')
    await page.click('[data-test=submit-need]')
    const post = await posted
    check(post.status() === 201 && (await post.json()).organizationId === me.organizationId,
      `org-admin-demo: posts ${needTitle} for its own organization`)
    await page.waitForSelector(`[data-test=need-list] .el-table__row:has-text("${needTitle}")`)
    check(true, `org-admin-demo: ${needTitle} is listed`)

    await page.click('[data-menu=myOrganization]')
    const profile = await answer(page, `${REGISTRY}/organizations/${me.organizationId}`)
    await page.waitForSelector('[data-test=my-org-name]')
    check((await page.textContent('[data-test=my-org-name]')).trim() === profile.name && profile.name === '长沙县星沙街道社区社会组织联合会',
      `org-admin-demo: 我的组织 names ${profile.name}`)
    check(await page.getAttribute('[data-test=open-profile]', 'href') === `/organizations/${me.organizationId}` &&
      await page.getAttribute('[data-test=link-weekly]', 'href') === '/weekly' &&
      await page.getAttribute('[data-test=link-grants]', 'href') === '/my-grants',
    'org-admin-demo: links to the full profile, the weekly pre-reports and the grants')
    const cases = await answer(page, `${INCUBATION}/cases?`)
    await page.waitForSelector('[data-test=my-cases] [data-test=case-stage]')
    const stages = await page.$$eval('[data-test=my-cases] [data-test=case-stage]', (items) => items.map((i) => i.getAttribute('data-case')))
    check(cases.total > 0 && cases.items.every((c) => c.organizationId === me.organizationId) &&
      stages.join() === cases.items.map((c) => c.id).join(), `org-admin-demo: its ${cases.total} incubation case(s), as answered`)
    await page.waitForSelector(`[data-test=my-enrolments] [data-enrolment="${enrolled.json.id}"]`)
    check((await page.textContent(`[data-test=my-enrolments] [data-enrolment="${enrolled.json.id}"]`)).trim() === person,
      `org-admin-demo: the enrolment of ${person} is listed`)
    const certificates = await answer(page, `${TRAINING}/certificates?`)
    await page.waitForSelector('[data-test=my-certificates]')
    const codes = await page.$$eval('[data-test=my-certificates] [data-test=certificate-code]', (items) => items.map((i) => i.textContent.trim()))
    check(certificates.items.every((c) => c.organizationId === me.organizationId) &&
      codes.join() === certificates.items.map((c) => c.code).join(),
    `org-admin-demo: its ${certificates.total} certificate(s) with their verification codes, as answered`)
    check(codes.includes(certificate.code), `org-admin-demo: ${graduate}'s certificate ${certificate.code} is listed`)
    const pdf = page.waitForResponse((r) => r.url().endsWith(`/certificates/${certificate.id}/pdf`))
    await page.click(`[data-test=my-certificates] .el-table__row:has-text("${certificate.code}") [data-test=certificate-pdf]`)
    const pdfAnswer = await pdf
    check(pdfAnswer.status() === 200 && pdfAnswer.headers()['content-type'].includes('pdf'), 'org-admin-demo: downloads the certificate as PDF')
    await page.screenshot({ path: join(SCREENSHOTS, 'my-organization-org-admin.png'), fullPage: true })

    // no talent pool for an org-admin: the route is refused in the console and by the registry
    await page.goto(CONSOLE + '/talent')
    await page.waitForURL((url) => url.toString().endsWith('/forbidden'))
    const refused = await call(CONSOLE, 'GET', `${REGISTRY}/talent`, orgAdmin)
    check(refused.status === 403, 'org-admin-demo: the talent pool is refused in the console and by the registry (403)')
    await context.close()
  }

  // 10d. A trainer reads neither talent nor needs: no menus, and the registry refuses both.
  {
    const { context, page } = await logIn(browser, 'trainer-demo')
    const shown = await menus(page)
    check(!['talentPool', 'needs', 'myOrganization'].some((m) => shown.includes(m)),
      `trainer-demo: no talent pool, needs or 我的组织 menu (${shown.join(', ')})`)
    const trainer = await token('trainer-demo')
    for (const path of [`${REGISTRY}/talent`, `${REGISTRY}/needs`]) {
      const refused = await call(CONSOLE, 'GET', path, trainer)
      check(refused.status === 403, `trainer-demo: GET ${path} is refused (${refused.status})`)
    }
    await context.close()
  }
}
