-- wrk: the recommendation queries of `make bench-tenants` (BENCH_QUERIES_FILE, one "key path" a line), each sent
-- once: thread t of BENCH_THREADS takes every BENCH_THREADS-th line and stops when all of them are answered (the
-- last few connections' spare requests start the list again). Prints the RESULT line of bench/report.lua.
local file = os.getenv("BENCH_QUERIES_FILE")
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  queries = {}
  local i = 0
  for line in io.lines(file) do
    if i % threads == tid - 1 then
      local key, path = line:match("^(%S+) (%S+)$")
      table.insert(queries, wrk.format("GET", path, { ["X-API-Key"] = key }))
    end
    i = i + 1
  end
  sent, answered = 0, 0
end

function request()
  sent = sent + 1
  return queries[(sent - 1) % #queries + 1]
end

function response(status, headers, body)
  answered = answered + 1
  if answered >= #queries then wrk.thread:stop() end
end

done = function(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.2f %.2f %.2f %.0f\n", summary.requests, failed,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6)))
end
