import { ref } from 'vue'
import { i18n } from '../i18n.js'

/**
 * The field errors of a refusal (RFC 9457 problem with {@code errors: [{field, code, message}]}) by field name,
 * e.g. {@code {'title': '不能为空', 'budget[0].amount': '必须大于或等于0.01'}}; empty for other refusals.
 */
export function fieldErrors(error) {
  const errors = error?.problem?.errors || []
  return Object.fromEntries(errors.filter((e) => e.field).map((e) => [e.field, e.message]))
}

/**
 * A refusal as every form shows it: {@code errors} by field (each under its field, as an el-form-item's
 * {@code :error}) and {@code problem}, the line above the form: "correct the fields marked below" when the refusal
 * names fields (the service's own detail says the same, so it is not repeated), or the service's detail when it names
 * none (a 403, a 409, a failure).
 */
export function refusalOf(error) {
  const errors = fieldErrors(error)
  return {
    errors,
    problem: Object.keys(errors).length ? i18n.global.t('common.fieldErrors') : error.message
  }
}

/** A form's refusal state: {@code show(error)} fills {@code errors} and {@code problem}, {@code clear()} empties them. */
export function useRefusal() {
  const errors = ref({})
  const problem = ref(null)
  return {
    errors,
    problem,
    clear() {
      errors.value = {}
      problem.value = null
    },
    show(error) {
      const refusal = refusalOf(error)
      errors.value = refusal.errors
      problem.value = refusal.problem
    }
  }
}
