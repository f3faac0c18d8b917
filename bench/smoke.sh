#!/usr/bin/env bash
# The API checked from outside: the packaged jar on an embedded database (demo data is generated on a new directory),
# the README's directory and country queries, a member State's request, an impossible date, a matching run and its
# explained suggestions, refusals (public audit trail, forged bearer token), /error, the demo's matches at every stage
# after the review with the coordination group's notifications, GraphiQL and the console without a CDN, a run started
# by the coordinator, state-KEN's match awaiting consent, and the reports' public and restricted CSVs.
#
#   bench/smoke.sh DATA_DIR [PORT]        # JAR= overrides the jar; prints each answer (cut), stops the application
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${1:?data directory}
PORT=${2:-18400}; URL=http://127.0.0.1:$PORT/graphql
java -jar "${JAR:-$ROOT/api/target/api-0.1.0-SNAPSHOT.jar}" --server.port=$PORT --coalition.neo4j.embedded.data-directory="$DATA" > /tmp/smoke-app-$PORT.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for i in $(seq 1 600); do a=$(curl -s -m 5 -H 'Content-Type: application/json' -d '{"query":"{ partners(first: 1) { totalCount } }"}' $URL || true); [[ "$a" == *totalCount* ]] && break; sleep 1; done
q() { if [ "$1" = ":" ]; then auth=(); else auth=(-u "$1"); fi; curl -s -m 60 "${auth[@]}" -H 'Content-Type: application/json' -d "$2" $URL; echo; }
echo "1 public directory:"; q ":" '{"query":"{ partners(filter: {region: AFRICA, thematicArea: \"SOCIAL_DIALOGUE\"}, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name kind membershipStatus country { name } expertise { level expertise { code } } offers { title kind amount unit thematicAreas { code } } } } } }"}' | cut -c1-400
echo "2 country:"; q ":" '{"query":"{ country(iso3: \"KEN\") { name region { name } deficits { severity value year indicator { code } } supportRequests { title status } } }"}' | cut -c1-300
echo "3 me as state-KEN:"; OBJ=$(curl -s -u state-KEN:demo -H 'Content-Type: application/json' -d '{"query":"{ me { role country { nationalStrategies { objectives { id supportKinds } } } } }"}' $URL); echo "$OBJ" | cut -c1-200; echo
ID=$(echo "$OBJ" | python3 -c 'import json,sys; d=json.load(sys.stdin); os_=[o for s in d["data"]["me"]["country"]["nationalStrategies"] for o in s["objectives"]]; o=[o for o in os_ if "TECHNICAL_ASSISTANCE" in o["supportKinds"]][0]; print(o["id"]+" TECHNICAL_ASSISTANCE")')
set -- $ID
echo "4 submit request:"; q "state-KEN:demo" "{\"query\":\"mutation { submitSupportRequest(input: {objectiveId: \\\"$1\\\", title: \\\"Smoke test request\\\", kind: $2, amount: 120, unit: \\\"PERSON_DAYS\\\", language: \\\"en\\\", deadline: \\\"2027-06-30\\\"}) { id status country { iso3 } } }\"}"
echo "5 impossible date:"; q "state-KEN:demo" "{\"query\":\"mutation { submitSupportRequest(input: {objectiveId: \\\"$1\\\", title: \\\"x\\\", kind: $2, amount: 1, unit: \\\"PERSON_DAYS\\\", language: \\\"en\\\", deadline: \\\"2027-02-30\\\"}) { id } }\"}" | cut -c1-300
echo "6 matching run:"; RUN=$(curl -s -u secretariat:demo -H 'Content-Type: application/json' -d '{"query":"mutation { startMatching(input: {timeLimitSeconds: 5}) { id status } }"}' $URL); echo "$RUN"
RID=$(echo "$RUN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["startMatching"]["id"])')
sleep 25; q "coordinator:demo" "{\"query\":\"{ matchRun(id: \\\"$RID\\\") { status counts { parts suggestions unmet } } matchSuggestions(filter: {status: PROPOSED}, first: 1) { totalCount edges { node { partner { name } explanation { reasons { sentence } } } } } }\"}" | cut -c1-500
echo "7 refused as public:"; q ":" '{"query":"{ auditEvents(first: 1) { totalCount } }"}'
echo "8 forged bearer:"; curl -s -o /dev/null -w '%{http_code}\n' -H 'Authorization: Bearer abc.def.ghi' -H 'Content-Type: application/json' -d '{"query":"{ partners(first:1){totalCount} }"}' $URL
echo "9 GET /error:"; curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:$PORT/error
echo "11 demo lifecycle:"; q "coordinator:demo" '{"query":"{ awaiting: matchSuggestions(filter: {matchStatus: AWAITING_CONSENT}) { totalCount } confirmed: matchSuggestions(filter: {matchStatus: CONFIRMED}) { totalCount } inDelivery: matchSuggestions(filter: {matchStatus: IN_DELIVERY}) { totalCount } delivered: matchSuggestions(filter: {matchStatus: DELIVERED}) { totalCount edges { node { request { status results { indicator { code } baseline target latestValue { value } } } } } } declined: matchSuggestions(filter: {matchStatus: DECLINED}) { totalCount } notifications(first: 3) { unreadCount edges { node { type summary } } } }"}' | cut -c1-900
echo "10 graphiql no CDN:"; curl -s http://127.0.0.1:$PORT/graphiql | grep -c "https://"
echo "12 console (no CDN, the coordinator starts a run, state-KEN's match awaiting consent):"
curl -s -o /dev/null -w 'console %{http_code}\n' http://127.0.0.1:$PORT/console
curl -s http://127.0.0.1:$PORT/console/ | grep -c "https://" || true
q "coordinator:demo" '{"query":"mutation { startMatching(input: {timeLimitSeconds: 3}) { status } }"}'
q "state-KEN:demo" '{"query":"{ matchSuggestions(filter: {matchStatus: AWAITING_CONSENT}) { totalCount edges { node { request { country { iso3 } } } } } }"}' | cut -c1-300
echo "13 reports (public resources mobilized, restricted coverage refused to the public):"
curl -s -o /dev/null -w 'resources-mobilized.csv %{http_code}\n' http://127.0.0.1:$PORT/reports/resources-mobilized.csv
curl -s -o /dev/null -w 'coverage.csv public %{http_code}\n' http://127.0.0.1:$PORT/reports/coverage.csv
curl -s -u secretariat:demo http://127.0.0.1:$PORT/reports/coverage.csv?groupBy=REGION | head -3
kill $pid; wait $pid 2>/dev/null
