import './i18n.js'

/**
 * 节点管理 (the node directory of "1 center + 1 cloud + N street hubs"): the platform admin's menu, kept beside its code
 * and spread into the console's menu list by router.js. It names the permission NodeDirectoryController's read
 * requires; registering, draining and removing are buttons for their own permissions.
 */
export const nodeMenus = [
  {
    path: '/tier-nodes', name: 'tierNodes', icon: 'Share', permissions: ['registry:node:read'],
    component: () => import('./TierNodes.vue')
  }
]

/** Pages reached from a link rather than a menu: none (the register dialog and a node's timeline are on the page). */
export const nodeRoutes = []
