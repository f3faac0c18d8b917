#!/usr/bin/env python3
"""Sends offerResource mutations as the demo account partner-1 over one keep-alive connection to 127.0.0.1 and
appends the id of every offer the server acknowledges (HTTP 200, data, no errors) to ACK_FILE, flushed per line.

    bench/crash-writer.py PORT ACK_FILE RUN_TAG [MAX_WRITES]

Stops after MAX_WRITES acknowledgements (default unbounded) or once the server stops answering (the crash)."""
import base64
import datetime
import http.client
import json
import sys
import time

port, ack_path, tag = int(sys.argv[1]), sys.argv[2], sys.argv[3]
max_writes = int(sys.argv[4]) if len(sys.argv) > 4 else 10**9
auth = "Basic " + base64.b64encode(b"partner-1:demo").decode()
headers = {"Content-Type": "application/json", "Authorization": auth}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)


def call(body):
    conn.request("POST", "/graphql", json.dumps(body), headers)
    response = conn.getresponse()
    return response.status, json.loads(response.read())


status, me = call({"query": "{ me { partner { id } } }"})
partner = me["data"]["me"]["partner"]["id"]
today = datetime.date.today()
mutation = "mutation($input: OfferInput!) { offerResource(input: $input) { id } }"
acked = failures = 0
with open(ack_path, "a", buffering=1) as acks:
    n = 0
    while acked < max_writes:
        n += 1
        offer = {"partnerId": partner, "title": f"{tag}-{n}", "kind": "TRAINING", "amount": 10.0, "unit": "PLACES",
                 "capacity": 1, "availableFrom": today.isoformat(),
                 "availableUntil": (today + datetime.timedelta(days=180)).isoformat(), "languages": ["en"],
                 "thematicAreas": ["EMPLOYMENT"], "countries": ["KEN"]}
        try:
            status, answer = call({"query": mutation, "variables": {"input": offer}})
        except (OSError, http.client.HTTPException, ValueError):
            break  # the server is gone: whatever was in flight is not acknowledged
        if status == 200 and not answer.get("errors") and answer.get("data", {}).get("offerResource"):
            acks.write(answer["data"]["offerResource"]["id"] + "\n")
            acked += 1
        else:
            failures += 1
            print("not acknowledged:", status, json.dumps(answer)[:300], file=sys.stderr)
            if failures > 20:
                break
print(f"WRITER sent={n} acknowledged={acked} refused={failures}")
