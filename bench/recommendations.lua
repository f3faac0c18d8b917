-- wrk script for any list of GraphQL bodies (the recommendation queries, the mixed workload): POSTs GraphQL bodies round-robin (one JSON body per line of the file
-- given after --, each thread starting at a different line) and prints p50/p95/p99, GraphQL errors and non-2xx.
--
--   wrk -t2 -c8 -d30s --timeout 10s -s bench/recommendations.lua http://127.0.0.1:18090/graphql -- BODIES_FILE

local threads = {}
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("id", counter)
	table.insert(threads, thread)
end

local bodies = {}
local next_body = 1
answers = 0
errors = 0
non2xx = 0
sample = ""

function init(args)
	for line in io.lines(args[1]) do
		if line ~= "" then table.insert(bodies, line) end
	end
	next_body = ((id or 1) * 997) % #bodies + 1
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/json"
end

function request()
	local body = bodies[next_body]
	next_body = next_body % #bodies + 1
	return wrk.format("POST", nil, nil, body)
end

function response(status, headers, body)
	answers = answers + 1
	if status < 200 or status > 299 then
		non2xx = non2xx + 1
	elseif string.find(body, '"errors"', 1, true) then
		errors = errors + 1
		if sample == "" then sample = string.sub(body, 1, 300) end
	end
end

function done(summary, latency, requests)
	local e, n = 0, 0
	for _, t in ipairs(threads) do
		e = e + t:get("errors")
		n = n + t:get("non2xx")
		local s = t:get("sample")
		if s ~= nil and s ~= "" then io.write("ERROR SAMPLE ", s, "\n") end
	end
	io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f graphql_errors=%d non2xx=%d socket_errors=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, e, n,
		summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
