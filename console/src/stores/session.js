import { defineStore } from 'pinia'
import { api } from '../api'

/**
 * The caller as the platform sees them (GET /api/registry/v1/me): roles, the permissions the one permission table
 * grants those roles, jurisdictions. Menus and buttons are shown from these; every service still enforces them.
 */
export const useSession = defineStore('session', {
  state: () => ({ profile: null, jurisdiction: null }),
  getters: {
    permissions: (state) => new Set(state.profile?.permissions || []),
    roots: (state) => state.profile?.jurisdictions || []
  },
  actions: {
    async load() {
      this.profile = await api.get('/api/registry/v1/me')
      this.jurisdiction = this.profile.jurisdictions[0]?.jurisdiction.code || null
    },
    can(...permissions) {
      return permissions.some((permission) => this.permissions.has(permission))
    }
  }
})
