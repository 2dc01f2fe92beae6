-- wrk script: POST /api/v1/scenarios/results with the published example at VARIANTS demand levels,
-- as many explorer users asking about a few dozen scenarios would; tokens rotate over USERS users.
local variants, tokens = {}, {}
local template = os.getenv("SCENARIO")
for i = 1, tonumber(os.getenv("VARIANTS")) do
  variants[i] = template:gsub('"demand":{"value":[^,]+', '"demand":{"value":' .. (i * 1.0e9), 1)
end
for token in string.gmatch(os.getenv("TOKENS"), "[^,]+") do tokens[#tokens + 1] = token end
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/scenarios/results", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1]
  }, variants[(n % #variants) + 1])
end
local statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency)
  io.write(string.format("requests=%d  p50=%.0f ms  p90=%.0f ms  p99=%.0f ms  max=%.0f ms  rps=%.1f  non2xx=%d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6), summary.errors.status))
end
