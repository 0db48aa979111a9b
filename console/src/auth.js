import Keycloak from 'keycloak-js'

// Log-in through Keycloak: authorization code + PKCE (S256) with the public client named by the gateway's
// /console-config.json (Keycloak's address is the running gateway's configuration, never built in).
let keycloak

export async function login() {
  const response = await fetch('/console-config.json', { headers: { Accept: 'application/json' } })
  if (!response.ok) {
    throw new Error(`/console-config.json: ${response.status}`)
  }
  const config = await response.json()
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // No hidden iframes: the gateway forbids framing its pages (X-Frame-Options: DENY); tokens are refreshed with
    // the refresh token instead.
    checkLoginIframe: false,
    responseMode: 'fragment'
  })
  // Silent refresh: a token that expires within 60 s is refreshed before each call, and every 30 s in the background.
  setInterval(() => keycloak.updateToken(60).catch(() => keycloak.login()), 30000)
  return keycloak
}

export async function token() {
  await keycloak.updateToken(30)
  return keycloak.token
}

export function username() {
  return keycloak.tokenParsed?.preferred_username
}

/** Real log-out: ends the Keycloak session (RP-initiated logout), then comes back to the console's start page. */
export function logout() {
  return keycloak.logout({ redirectUri: window.location.origin + '/' })
}
