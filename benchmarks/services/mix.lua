-- wrk script of the service benchmark: a fixed cycle of requests (paths from the file named by BENCH_PATHS, one
-- "kind<TAB>path" a line; a kind may appear several times), the county officer's token from BENCH_TOKEN, and per
-- thread counts of requests by kind and of responses by status. done() writes them to BENCH_COUNTS as
-- "kind <name> <count>" and "status <code> <count>" lines.
local threads = {}
local token = os.getenv("BENCH_TOKEN")
local paths_file = os.getenv("BENCH_PATHS")
local counts_file = os.getenv("BENCH_COUNTS")

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  kinds, requests = {}, {}
  issued, statuses = {}, {}
  for line in io.lines(paths_file) do
    local kind, path = line:match("^([^\t]+)\t(.+)$")
    if kind then
      table.insert(kinds, kind)
      table.insert(requests, wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token }))
      issued[kind] = 0
    end
  end
  -- each thread starts at another place in the cycle
  n = (id - 1) * 7
end

function request()
  n = n % #requests + 1
  local kind = kinds[n]
  issued[kind] = issued[kind] + 1
  return requests[n]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  local codes = {}
  for _, thread in ipairs(threads) do
    for kind, count in pairs(thread:get("issued")) do totals[kind] = (totals[kind] or 0) + count end
    for code, count in pairs(thread:get("statuses")) do codes[code] = (codes[code] or 0) + count end
  end
  local out = io.open(counts_file, "w")
  for kind, count in pairs(totals) do out:write(string.format("kind %s %d\n", kind, count)) end
  for code, count in pairs(codes) do out:write(string.format("status %d %d\n", code, count)) end
  out:close()
end
