-- wrk: POST /api/v1/events/batch with BENCH_BATCH unique events per request.
local counter = 0
local prefix = "x"
local threads = 0
local size = tonumber(os.getenv("BENCH_BATCH") or "100")
local types = { "view", "view", "view", "click", "add_to_cart", "impression", "recommendation_click", "purchase" }

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
  local events = {}
  for i = 1, size do
    counter = counter + 1
    local t = types[(counter % #types) + 1]
    local meta = ""
    if t == "impression" or t == "recommendation_click" then
      meta = ',"metadata":{"placementId":"home","strategy":"trending","recommendationId":"r' .. counter .. '"}'
    elseif t == "purchase" then
      meta = ',"metadata":{"orderId":"o' .. counter .. '","revenue":19.99,"currency":"EUR"}'
    end
    events[i] = '{"eventId":"' .. prefix .. '-' .. counter .. '","eventType":"' .. t .. '","userId":"u'
        .. (counter % 5000) .. '","productId":"p' .. (counter % 2000) .. '","sessionId":"s' .. (counter % 700)
        .. '"' .. meta .. '}'
  end
  return wrk.format(nil, nil, nil, '{"events":[' .. table.concat(events, ",") .. ']}')
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d non2xx=%d seconds=%.2f\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests, e.connect + e.read + e.write + e.timeout, e.status, summary.duration / 1e6))
end
