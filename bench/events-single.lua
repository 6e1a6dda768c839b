-- wrk: one view event per request, each with a unique eventId (so every request stores a row).
local counter = 0
local prefix = "x"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  prefix = (os.getenv("BENCH_RUN") or "run") .. "-" .. tostring(tid or 0)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("BENCH_KEY")

function request()
  counter = counter + 1
  local body = '{"eventId":"' .. prefix .. '-' .. counter .. '","eventType":"view","userId":"u' .. (counter % 5000)
      .. '","productId":"p' .. (counter % 2000) .. '","sessionId":"s' .. (counter % 700) .. '"}'
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d non2xx=%d seconds=%.2f\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests, e.connect + e.read + e.write + e.timeout, e.status, summary.duration / 1e6))
end
