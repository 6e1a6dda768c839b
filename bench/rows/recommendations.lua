-- wrk: recommendation requests over many shoppers (BENCH_USERS of them, ids bu1..buN), for the rows of
-- bench/rows/recommendations.sh. BENCH_MODE: cached (the same few queries per shopper, answered from the cache
-- once warm), miss (a price bound no request repeats, so every answer is computed), page (3 placements at once).
-- BENCH_STATIC=/file.json sends the cached mode's requests (same users, same query, same header) to that path
-- instead: nginx's side of the comparison runs this very script, so both sides pay the same client work.
local key = os.getenv("BENCH_KEY")
local users = tonumber(os.getenv("BENCH_USERS") or "2000")
local mode = os.getenv("BENCH_MODE") or "cached"
local static = os.getenv("BENCH_STATIC")
-- BENCH_PLACEMENT=home asks for that placement (the rows with merchandising rules on it)
local placement = os.getenv("BENCH_PLACEMENT")
local suffix = placement and ("&placementId=" .. placement) or ""
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0))
  seq = tid or 0
end

function request()
  seq = seq + 1
  local user = "bu" .. math.random(users)
  local path
  if mode == "miss" then
    path = "/api/v1/recommendations?limit=10&userId=" .. user .. "&maxPrice=" .. (tid or 0) .. seq .. "." .. math.random(10, 99) .. suffix
  elseif mode == "page" then
    path = "/api/v1/recommendations/page?placements=home,cart,footer&limit=10&userId=" .. user
  else
    path = (static or "/api/v1/recommendations") .. "?limit=10&userId=" .. user .. suffix
  end
  return wrk.format("GET", path, { ["X-API-Key"] = key })
end

-- A response() callback makes wrk parse every answer in Lua (a cost on the client's share of the 2 cores): it is
-- defined only with BENCH_SAMPLE set, to print the first failed answer; failures are counted either way.
if os.getenv("BENCH_SAMPLE") then
  function response(status, headers, body)
    if status ~= 200 and not sample then sample = status .. " " .. string.sub(body, 1, 200) end
  end
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    local s = thread:get("sample")
    if s then io.stderr:write("a failed request answered: " .. s .. "\n") end
  end
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.2f %.2f %.2f %.0f\n", summary.requests, failed,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6)))
end
