import { i18n } from '../i18n'

/**
 * The strings of 节点管理 (the tier-node directory), merged into the console's messages here so that the feature keeps
 * its text beside its code. Chinese first.
 */
i18n.global.mergeLocaleMessage('zh-CN', {
  menu: { tierNodes: '节点管理' },
  nodes: {
    title: '节点目录', version: '目录版本 {version}', count: '共 {n} 个节点', refresh: '刷新',
    hint: '中心节点不在目录中：它服务所有未由目录中节点接管的辖区。',
    empty: '目录中还没有节点：所有辖区均由中心节点服务',
    name: '节点名称', jurisdiction: '服务辖区', code: '区划代码', state: '状态', services: '运行的服务及地址',
    registeredBy: '登记人', registeredAt: '登记时间', updatedAt: '最近变更', entryVersion: '条目版本', actions: '操作',
    stateName: { JOINING: '接入中', ACTIVE: '运行中', DRAINING: '排空中' },
    stateHint: {
      JOINING: '已登记，辖区数据移交中，暂不接收流量', ACTIVE: '网关按辖区将请求路由到该节点',
      DRAINING: '不再接收新流量，流量回到上级节点'
    },
    service: { registry: '组织库', incubation: '孵化', grants: '公益创投', training: '培训', 'party-building': '党建' },
    register: '登记节点', registered: '已登记节点“{name}”', nameHint: '小写字母开头，仅含小写字母、数字和连字符，如 xingsha',
    jurisdictionHint: '12 位行政区划代码，如 430121004000（须在您的辖区内）',
    chooseServices: '运行的服务', servicesHint: '节点未运行的服务由最近的上级节点提供',
    http: 'HTTP 地址', httpHint: 'http(s)://主机[:端口]，如 http://10.0.3.7:8081',
    grpc: 'gRPC 地址', grpcHint: '主机:端口（可选），如 10.0.3.7:9081',
    joining: '接入中登记', joiningHint: '开启：节点待辖区数据移交完成后才启用，其间网关不向它路由；关闭：立即启用（辖区尚无数据时）',
    action: { DRAIN: '排空', REMOVE: '移除' },
    confirm: {
      DRAIN: '确认排空节点“{name}”（{place}）？排空后网关不再向它路由新请求，流量回到上级节点。',
      REMOVE: '确认将节点“{name}”（{place}）从目录中移除？移除后该辖区由上级节点服务。'
    },
    done: { DRAIN: '节点“{name}”已排空', REMOVE: '节点“{name}”已移除' },
    timeline: '变更记录', timelineOf: '节点“{name}”的变更记录', noTimeline: '暂无变更记录', at: '时间', actor: '操作人',
    change: '变更', stateAfter: '变更后状态',
    // the directory's audit actions (node.registered, ...) by their dotted names
    timelineAction: {
      node: { registered: '登记节点', 'handed-over': '数据移交完成，启用', drained: '排空', removed: '移除' }
    }
  }
})

i18n.global.mergeLocaleMessage('en', {
  menu: { tierNodes: 'Tier nodes' },
  nodes: {
    title: 'Node directory', version: 'Directory version {version}', count: '{n} nodes', refresh: 'Refresh',
    hint: 'The central node is not listed: it serves every place no listed node has taken over.',
    empty: 'No nodes in the directory: the central node serves every place',
    name: 'Node', jurisdiction: 'Serves', code: 'Division code', state: 'State', services: 'Services and endpoints',
    registeredBy: 'Registered by', registeredAt: 'Registered', updatedAt: 'Last change', entryVersion: 'Entry version',
    actions: 'Actions',
    stateName: { JOINING: 'Joining', ACTIVE: 'Active', DRAINING: 'Draining' },
    stateHint: {
      JOINING: 'Registered, its records being handed over; receives no traffic yet',
      ACTIVE: 'The gateway routes its places to it', DRAINING: 'No new traffic; it returns to the parent node'
    },
    service: { registry: 'Registry', incubation: 'Incubation', grants: 'Grants', training: 'Training', 'party-building': 'Party building' },
    register: 'Register a node', registered: 'Node "{name}" registered',
    nameHint: 'Starts with a lower-case letter; lower-case letters, digits and hyphens, e.g. xingsha',
    jurisdictionHint: '12-digit division code, e.g. 430121004000 (inside your jurisdiction)',
    chooseServices: 'Services it runs', servicesHint: 'A service the node does not run is served by the nearest parent node',
    http: 'HTTP endpoint', httpHint: 'http(s)://host[:port], e.g. http://10.0.3.7:8081',
    grpc: 'gRPC endpoint', grpcHint: 'host:port (optional), e.g. 10.0.3.7:9081',
    joining: 'Register as joining',
    joiningHint: 'On: the node becomes active once its records are handed over, and gets no traffic until then; off: active at once (a place without records yet)',
    action: { DRAIN: 'Drain', REMOVE: 'Remove' },
    confirm: {
      DRAIN: 'Drain node "{name}" ({place})? The gateway sends it no new requests; its traffic returns to the parent node.',
      REMOVE: 'Remove node "{name}" ({place}) from the directory? Its places are then served by the parent node.'
    },
    done: { DRAIN: 'Node "{name}" drained', REMOVE: 'Node "{name}" removed' },
    timeline: 'History', timelineOf: 'History of node "{name}"', noTimeline: 'No changes recorded', at: 'Time',
    actor: 'By', change: 'Change', stateAfter: 'State after',
    // the directory's audit actions (node.registered, ...) by their dotted names
    timelineAction: {
      node: { registered: 'Registered', 'handed-over': 'Handed over, activated', drained: 'Drained', removed: 'Removed' }
    }
  }
})
