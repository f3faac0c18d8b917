-- wrk script: POSTs GraphQL bodies to /graphql and reports p50/p90/p95/p99, GraphQL errors and non-2xx answers.
--
--   wrk -t2 -c8 -d30s --latency -s bench/partners-nested.lua http://127.0.0.1:PORT/graphql [-- BODIES_FILE [MAX]]
--
-- Without BODIES_FILE every request is the nested page of 50 partners with offers and their thematic areas.
-- With BODIES_FILE (one JSON body per line, see bench/make-bodies.sh) the bodies are sent round-robin, each thread
-- starting at a different line. MAX (default 100000) bounds the number of requests per thread: the thread stops
-- after MAX answers even if the -d duration has not run out.

local NESTED = '{"query":"query { partners(first: 50) { totalCount edges { node { id name country { iso3 } '
	.. 'offers { title kind thematicAreas { code } } } } } }"}'

local threads = {}
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("id", counter)
	table.insert(threads, thread)
end

local bodies = {}
local next_body = 1
local answers = 0
local max_answers = 100000
errors = 0
non2xx = 0
bytes = 0
sample = ""

function init(args)
	if args[1] ~= nil and args[1] ~= "" then
		for line in io.lines(args[1]) do
			if line ~= "" then table.insert(bodies, line) end
		end
	else
		bodies = { NESTED }
	end
	if args[2] ~= nil then max_answers = tonumber(args[2]) end
	next_body = ((id or 1) * 7) % #bodies + 1
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/json"
	wrk.headers["Accept"] = "application/json"
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
	end
	bytes = bytes + #body
	if sample == "" then sample = string.sub(body, 1, 300) end
	if answers >= max_answers then wrk.thread:stop() end
end

function done(summary, latency, requests)
	local errs, bad, total_bytes, n = 0, 0, 0, 0
	local snippet = ""
	for _, t in ipairs(threads) do
		errs = errs + (t:get("errors") or 0)
		bad = bad + (t:get("non2xx") or 0)
		total_bytes = total_bytes + (t:get("bytes") or 0)
		if snippet == "" then snippet = t:get("sample") or "" end
	end
	n = summary.requests
	local secs = summary.duration / 1e6
	io.write(string.format(
		"RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f "
			.. "graphql_errors=%d non2xx=%d socket_errors=%d avg_body_bytes=%.0f\n",
		n, secs, n / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
		latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errs, bad,
		summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
		n > 0 and total_bytes / n or 0))
	io.write("SAMPLE " .. snippet .. "\n")
end
