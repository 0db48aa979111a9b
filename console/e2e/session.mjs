// The helpers every browser-journey script shares (console.e2e.mjs, nodes.e2e.mjs): the platform's addresses from the
// environment, one line per check, a log-in through Keycloak's own page, the API answers a page received, the menus it
// shows, a token of the command-line client, and the machine's headless Chromium.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'

export const CONSOLE = process.env.CONSOLE_URL || 'http://localhost:8080'
export const KEYCLOAK = process.env.KEYCLOAK_URL || 'http://localhost:8180'
export const SCREENSHOTS = process.env.SCREENSHOTS || 'target/screenshots'
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 120000)
mkdirSync(SCREENSHOTS, { recursive: true })

export function check(condition, message) {
  if (!condition) throw new Error('FAILED: ' + message)
  console.log('ok  ' + message)
}

/** A token of the command-line client, to call the API directly as a role (the refusal checks). */
export async function token(username) {
  const response = await fetch(`${KEYCLOAK}/realms/incubator/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'incubator-cli', username, password: 'demo' })
  })
  return (await response.json()).access_token
}

export async function logIn(browser, username) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultTimeout(TIMEOUT)
  page.on('pageerror', (error) => console.log(`    [${username}] page error: ${error.message}`))
  // Every API answer the console receives, from the first page on (the dashboard loads while the log-in returns).
  page.answers = []
  page.on('response', (response) => {
    if (response.url().includes('/api/')) page.answers.push(response)
  })
  await page.goto(CONSOLE + '/')
  // Keycloak's own log-in page (authorization code + PKCE): the console holds no password.
  await page.waitForSelector('#username')
  check(page.url().startsWith(KEYCLOAK) && page.url().includes('code_challenge_method=S256'),
    `${username}: the console sends the browser to Keycloak with PKCE S256`)
  await page.fill('#username', username)
  await page.fill('#password', 'demo')
  await Promise.all([page.waitForURL((url) => url.toString().startsWith(CONSOLE)), page.click('#kc-login')])
  await page.waitForSelector('[data-test=username]')
  check((await page.textContent('[data-test=username]')).trim() === username, `${username}: logged in to the console`)
  return { context, page }
}

/** The JSON of the first API answer whose URL contains the fragment (waits for it). */
export async function answer(page, fragment) {
  for (let waited = 0; waited < TIMEOUT; waited += 250) {
    const found = page.answers.find((response) => response.url().includes(fragment))
    if (found) return found.json()
    await page.waitForTimeout(250)
  }
  throw new Error('FAILED: no answer from ' + fragment)
}

export async function menus(page) {
  return page.$$eval('[data-menu]', (items) => items.map((item) => item.getAttribute('data-menu')))
}

/** The machine's headless Chromium (CHROMIUM, Debian's package by default). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=zh-CN']
  })
}
