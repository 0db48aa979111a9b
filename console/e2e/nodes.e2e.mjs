// Browser journey of 节点管理 (src/nodes/), run by system-tests ConsoleNodesSystemIT against the running platform:
//   CONSOLE_URL=http://localhost:8080 KEYCLOAK_URL=http://localhost:8180 CHROMIUM=/usr/bin/chromium \
//   SCREENSHOTS=../docs/screenshots node e2e/nodes.e2e.mjs
//   * the platform admin opens 节点管理: the directory's nodes and its version as GET /node-directory answers them;
//   * registers a node whose name and registry endpoint are malformed (refused field by field under those fields,
//     nothing stored), then corrected: a loopback address nothing listens on, registered joining, so the gateway
//     routes nothing to it; the table shows it 接入中 (JOINING, Joining in English) with its endpoints, offers no 排空
//     for it, the version went up, and its timeline names the registration;
//   * removes it (confirmed): it leaves the table and the directory, the version goes up again;
//   * the county officer has no 节点管理 menu, the route is refused in the console and the directory by the registry.
// The node's name carries a random tag, so that reruns on the same platform work. Exits non-zero on the first failed
// check; prints one line per check.
import { join } from 'node:path'
import { CONSOLE, SCREENSHOTS, check, launch, logIn, menus, token } from './session.mjs'

const DIRECTORY = '/api/registry/v1/node-directory'
const CHANGLONG = '430121005000' // 长龙街道, Changsha County: no demo node serves it
const NOWHERE = 'http://127.0.0.1:1' // a loopback port nothing listens on

async function directory(bearer) {
  const response = await fetch(CONSOLE + DIRECTORY, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' } })
  return { status: response.status, json: response.status === 200 ? await response.json() : null }
}

async function fieldError(page, field) {
  const error = page.locator(`.el-dialog [data-field="${field}"] .el-form-item__error`)
  await error.waitFor()
  return (await error.textContent()).trim()
}

export async function nodeJourneys(browser) {
  const tag = Date.now().toString(36).slice(-5)
  const name = `e2e-${tag}`
  const admin = await token('admin')

  // 1. The platform admin: the directory as the registry answers it.
  {
    const { context, page } = await logIn(browser, 'admin')
    const shown = await menus(page)
    check(shown.includes('tierNodes'), `admin: the 节点管理 menu is shown (${shown.join(', ')})`)
    const loaded = page.waitForResponse((r) => r.url().endsWith(DIRECTORY) && r.request().method() === 'GET')
    await page.click('[data-menu=tierNodes]')
    const before = await (await loaded).json()
    await page.waitForSelector('[data-test=node-rows]')
    const version = await page.getAttribute('[data-test=directory-version]', 'data-version')
    const rows = await page.$$eval('[data-test=node-rows] [data-test=node-name]', (cells) => cells.map((c) => c.textContent.trim()))
    check(version === String(before.version) && rows.join() === before.nodes.map((n) => n.name).join(),
      `admin: the table shows the directory at version ${before.version} with its ${before.nodes.length} node(s) (${rows.join(', ')})`)

    // 2. A registration refused field by field: a malformed name and a registry endpoint that is not http(s).
    await page.click('[data-test=register]')
    await page.waitForSelector('input[data-test=node-name]')
    await page.fill('input[data-test=node-name]', 'Bad Name')
    await page.fill('input[data-test=node-jurisdiction]', CHANGLONG)
    await page.click('.el-dialog [data-field=endpoints] .el-checkbox:has-text("组织库")')
    await page.click('.el-dialog [data-field=endpoints] .el-checkbox:has-text("孵化")')
    await page.fill('input[data-test=http-registry]', 'ftp://127.0.0.1:1')
    await page.fill('input[data-test=http-incubation]', NOWHERE)
    check(await page.locator('.el-dialog [data-field=joining] .el-switch').evaluate((s) => s.classList.contains('is-checked')), 'admin: a new node registers as joining by default')
    const refusal = page.waitForResponse((r) => r.url().endsWith(`${DIRECTORY}/nodes`) && r.request().method() === 'POST')
    await page.click('[data-test=node-submit]')
    const refused = await refusal
    const problem = await refused.json()
    const nameError = await fieldError(page, 'name')
    const httpError = await fieldError(page, 'endpoints.registry.http')
    const fields = problem.errors.map((e) => e.field).sort()
    check(refused.status() === 400 && fields.join() === 'endpoints.registry.http,name' &&
      nameError === problem.errors.find((e) => e.field === 'name').message &&
      httpError === problem.errors.find((e) => e.field === 'endpoints.registry.http').message,
      `admin: the registration is refused under its fields (name: ${nameError}; registry HTTP: ${httpError})`)
    check((await page.$('.el-dialog [data-field="jurisdiction"] .el-form-item__error')) === null,
      'admin: the valid jurisdiction has no error')
    await page.screenshot({ path: join(SCREENSHOTS, 'tier-node-field-errors-admin.png'), fullPage: true })
    const unchanged = await directory(admin)
    check(unchanged.json.version === before.version, 'admin: a refused registration stores nothing (version unchanged)')

    // 3. Corrected: registered joining, at a loopback address nothing listens on.
    await page.fill('input[data-test=node-name]', name)
    await page.fill('input[data-test=http-registry]', NOWHERE)
    await page.fill('input[data-test=grpc-registry]', '127.0.0.1:1')
    const registration = page.waitForResponse((r) => r.url().endsWith(`${DIRECTORY}/nodes`) && r.request().method() === 'POST')
    const reloaded = page.waitForResponse((r) => r.url().endsWith(DIRECTORY) && r.request().method() === 'GET')
    await page.click('[data-test=node-submit]')
    const registered = await registration
    const node = await registered.json()
    check(registered.status() === 201 && node.state === 'JOINING' && node.jurisdiction.code === CHANGLONG &&
      Object.keys(node.endpoints).sort().join() === 'incubation,registry' && node.endpoints.registry.grpc === '127.0.0.1:1' &&
      node.endpoints.incubation.grpc == null,
      `admin: registers ${name} for ${node.jurisdiction?.name} joining, with the endpoints of the services chosen`)
    const after = await (await reloaded).json()
    const row = page.locator('[data-test=node-rows] .el-table__row', { hasText: name }).first()
    await row.waitFor()
    const state = await row.locator('[data-test=node-state]').getAttribute('data-state')
    const stateText = (await row.locator('[data-test=node-state]').textContent()).trim()
    check(state === 'JOINING' && stateText === '接入中', `admin: the table shows ${name} as ${stateText} (JOINING)`)
    const rowText = await row.textContent()
    check(rowText.includes('长龙街道') && rowText.includes(CHANGLONG) && rowText.includes(NOWHERE) &&
      rowText.includes('组织库') && rowText.includes('孵化'),
      'admin: the row names the place (name and code) and each service with its endpoint')
    check(after.version > before.version && after.nodes.some((n) => n.id === node.id) &&
      await page.getAttribute('[data-test=directory-version]', 'data-version') === String(after.version),
      `admin: the directory version went up to ${after.version}, as shown`)
    const actions = await row.locator('[data-test=node-action]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')))
    check(actions.join() === 'REMOVE', `admin: a joining node may be removed, not drained (${actions.join(', ')})`)
    // The dialog fades out (Element Plus' leave transition): hidden within a few seconds, not at once.
    const dialogClosed = await page.locator('input[data-test=node-name]').waitFor({ state: 'hidden', timeout: 5000 })
      .then(() => true, () => false)
    check(dialogClosed, 'admin: the dialog closed after the registration')

    await page.locator('.el-message').first().waitFor({ state: 'hidden' }) // the "registered" toast
    await page.screenshot({ path: join(SCREENSHOTS, 'tier-nodes-admin.png'), fullPage: true })
    // in English: the state, the services and the menu
    await page.click('[data-test=language]')
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-test=node-rows] .el-table__row')]
      .some((r) => r.textContent.includes(n) && r.querySelector('[data-test=node-state]').textContent.trim() === 'Joining'), name)
    const english = await row.textContent()
    check(english.includes('Registry') && english.includes('Incubation') &&
      (await page.textContent('[data-menu=tierNodes]')).trim() === 'Tier nodes',
      'admin: in English the node is Joining, its services and the menu named in English')
    await page.click('[data-test=language]')
    await page.waitForFunction(() => document.querySelector('[data-menu=tierNodes]')?.textContent.trim() === '节点管理')

    // its timeline: the registration on the registry's audit timeline
    await row.locator('[data-test=node-history]').click()
    await page.waitForSelector('[data-test=node-timeline-action]')
    const history = await page.$$eval('[data-test=node-timeline-action]', (items) => items.map((i) => i.getAttribute('data-action')))
    check(history.join() === 'node.registered', `admin: the node's timeline shows its registration (${history.join(', ')})`)
    await page.waitForTimeout(500) // the drawer's entry animation
    await page.screenshot({ path: join(SCREENSHOTS, 'tier-node-timeline-admin.png'), fullPage: true })
    await page.keyboard.press('Escape')
    await page.locator('[data-test=node-timeline-action]').first().waitFor({ state: 'hidden' })
    await page.locator('.el-drawer').first().waitFor({ state: 'hidden' })

    // 4. Removed, after the confirmation.
    await row.locator('[data-action=REMOVE]').click()
    await page.waitForSelector('.el-message-box')
    check((await page.textContent('.el-message-box')).includes(name), 'admin: the removal asks for a confirmation naming the node')
    const removal = page.waitForResponse((r) => r.url().endsWith(`${DIRECTORY}/nodes/${node.id}`) && r.request().method() === 'DELETE')
    await page.click('.el-message-box__btns .el-button--primary')
    check((await removal).status() === 204, `admin: ${name} is removed (204)`)
    await page.locator('[data-test=node-rows] .el-table__row', { hasText: name }).waitFor({ state: 'detached' })
    const removed = await directory(admin)
    check(!removed.json.nodes.some((n) => n.id === node.id) && removed.json.version > after.version &&
      await page.getAttribute('[data-test=directory-version]', 'data-version') === String(removed.json.version),
      `admin: ${name} left the table and the directory (version ${removed.json.version})`)
    await context.close()
  }

  // 5. The county officer: no menu, the route refused in the console, the directory refused by the registry.
  {
    const { context, page } = await logIn(browser, 'county-officer')
    const shown = await menus(page)
    check(!shown.includes('tierNodes'), `county-officer: no 节点管理 menu (${shown.join(', ')})`)
    await page.goto(CONSOLE + '/tier-nodes')
    await page.waitForSelector('[data-test=forbidden]')
    check(true, 'county-officer: the 节点管理 route is refused in the console')
    const refused = await directory(await token('county-officer'))
    check(refused.status === 403, `county-officer: GET ${DIRECTORY} is refused (${refused.status})`)
    await context.close()
  }
}

const browser = await launch()
try {
  await nodeJourneys(browser)
  console.log('all browser checks passed')
} finally {
  await browser.close()
}
