-- wrk reporter: one machine-readable line with requests, failures, p50/p95/p99 (ms) and throughput.
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
wrk.method = method
if os.getenv("BENCH_KEY") then wrk.headers["X-API-Key"] = os.getenv("BENCH_KEY") end
if body then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.2f %.2f %.2f %.0f\n", summary.requests, failed,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6)))
end
