// 节点管理 (tier nodes): the node directory's paths, the services a node may run and a directory entry's lifecycle,
// mirrored from the registry (NodeDirectoryService.SERVICES, NodeState.LIFECYCLE, NodeDirectoryController's
// permissions) so that only the actions the state allows and the caller's permissions grant are offered. The service
// still decides: its refusal is shown as it answers. No Vue here, so that `npm test` runs it in plain Node.
export const DIRECTORY = '/api/registry/v1/node-directory'

/** The services a node may run, by the names the gateway routes (/api/<service>/**), in the console's order. */
export const SERVICES = ['registry', 'incubation', 'grants', 'training', 'party-building']

export const STATES = ['JOINING', 'ACTIVE', 'DRAINING']

/** The tag colour of each state: joining is on its way in, draining on its way out. */
export const STATE_TAG = { JOINING: 'warning', ACTIVE: 'success', DRAINING: 'info' }

/**
 * A directory entry's actions (NodeState.LIFECYCLE): 排空 only from ACTIVE (a joining node gets no traffic to drain),
 * 移除 from every state; each with the permission NodeDirectoryController requires.
 */
export const NODE_ACTIONS = [
  { action: 'DRAIN', from: ['ACTIVE'], permission: 'registry:node:drain' },
  { action: 'REMOVE', from: STATES, permission: 'registry:node:remove', danger: true }
]

/** The actions a node's state allows and the session's permissions grant. */
export function nodeActions(node, session) {
  if (!node) return []
  return NODE_ACTIONS.filter((step) => step.from.includes(node.state) && session.can(step.permission))
}

/** An empty registration form: no service chosen yet, joining (the safe default: no traffic until a handover). */
export function emptyNode() {
  return {
    name: '', jurisdiction: '', services: [], joining: true,
    endpoints: Object.fromEntries(SERVICES.map((service) => [service, { http: '', grpc: '' }]))
  }
}

/**
 * The body of POST /node-directory/nodes from the form: the endpoints of the chosen services only (in the service
 * order), a blank gRPC address left out (it is optional), texts trimmed. Nothing is checked here: the service answers
 * every problem field by field (endpoints.<service>.http, ...).
 */
export function registration(form) {
  const endpoints = {}
  SERVICES.filter((service) => form.services.includes(service)).forEach((service) => {
    const endpoint = form.endpoints[service] || {}
    const grpc = (endpoint.grpc || '').trim()
    endpoints[service] = { http: (endpoint.http || '').trim(), ...(grpc ? { grpc } : {}) }
  })
  return { name: form.name.trim(), jurisdiction: form.jurisdiction.trim(), endpoints, joining: !!form.joining }
}

/** A node's endpoints as rows in the service order: [{service, http, grpc}]. */
export function endpointRows(node) {
  const endpoints = node?.endpoints || {}
  const known = SERVICES.filter((service) => endpoints[service])
  const other = Object.keys(endpoints).filter((service) => !SERVICES.includes(service)).sort()
  return [...known, ...other].map((service) => ({ service, http: endpoints[service].http, grpc: endpoints[service].grpc || null }))
}
