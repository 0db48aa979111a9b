// 公益创投 screens' shared helpers: the grant-service's paths, a round's lifecycle and field errors of a problem.
import { ref } from 'vue'
import { api } from './api'

export const GRANTS = '/api/grants/v1'

/** The programmes a list's filter offers: loaded once, empty for a caller who may not read them or on a failure. */
export function useProgrammes(session) {
  const programmes = ref([])
  if (session.can('grants:programme:read')) {
    api.get(`${GRANTS}/programmes`, { size: 200 }).then((page) => { programmes.value = page.items }, () => {})
  }
  return programmes
}

/**
 * The round actions each status allows, as the service's RoundStatus.LIFECYCLE defines them (RANK goes to
 * POST /rounds/{id}/ranking, FINALIZE to /finalization, the others to /actions). The console shows a button only when
 * the status allows the action and the caller holds its permission; the service still decides (409 otherwise).
 */
const ACTIONS = {
  DRAFT: ['PUBLISH', 'CANCEL'],
  OPEN: ['CLOSE', 'CANCEL'],
  CLOSED: ['START_INITIAL_REVIEW', 'CANCEL'],
  INITIAL_REVIEW: ['START_EXPERT_REVIEW', 'CANCEL'],
  EXPERT_REVIEW: ['RANK', 'CANCEL'],
  RANKED: ['RANK', 'REOPEN_REVIEW', 'PUBLISH_NOTICE', 'CANCEL'],
  PUBLIC_NOTICE: ['FINALIZE', 'CANCEL'],
  FINAL: [],
  CANCELLED: []
}

/** Steps of a round in the order the lifecycle runs (CANCELLED is shown apart). */
export const STEPS = ['DRAFT', 'OPEN', 'CLOSED', 'INITIAL_REVIEW', 'EXPERT_REVIEW', 'RANKED', 'PUBLIC_NOTICE', 'FINAL']

/** The permission each action needs (the service's @RequiresPermission of its endpoint). */
export function actionPermission(action) {
  return action === 'FINALIZE' ? 'grants:round:finalize' : 'grants:round:manage'
}

/** The actions the caller may take on a round now: allowed by its status and by the caller's permissions. */
export function roundActions(round, session) {
  return (ACTIONS[round?.status] || []).filter((action) => session.can(actionPermission(action)))
}

/** Where a round's status allows the work that keeps it (RoundStatus.WORK). */
export const WORK = {
  ADD_EXPERT: ['CLOSED', 'INITIAL_REVIEW', 'EXPERT_REVIEW'],
  EXCUSE_EXPERT: ['EXPERT_REVIEW'],
  ADJUST_ALLOCATION: ['RANKED']
}

/** Whether a round has a ranking to read: once ranked (the managers), and on notice or final (everyone who sees it). */
export function hasAllocation(round) {
  return ['RANKED', 'PUBLIC_NOTICE', 'FINAL'].includes(round?.status)
}

/**
 * The field errors of a refusal (RFC 9457 problem with {@code errors: [{field, code, message}]}) by field name,
 * e.g. {@code {'title': '不能为空', 'budget[0].amount': '必须大于或等于0.01'}}; empty for other refusals.
 */
export function fieldErrors(error) {
  const errors = error?.problem?.errors || []
  return Object.fromEntries(errors.filter((e) => e.field).map((e) => [e.field, e.message]))
}

/** A new idempotency key for a payment (one per click; a retry of the same click reuses it). */
export function idempotencyKey() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2)
}
