#!/usr/bin/env python3
"""Commits one updatePartnerProfile mutation (the demo account partner-1 changes its description) every INTERVAL
seconds for DURATION seconds against 127.0.0.1, so that a read benchmark running beside it sees its caches emptied
by real committed writes, while the pages it reads keep their content and size (no page of the benchmark asks for
descriptions).

    bench/write-ticker.py PORT INTERVAL_S DURATION_S

Bounded in time and count (DURATION_S / INTERVAL_S writes at most); prints one WRITES line at the end."""
import base64
import http.client
import json
import sys
import time

port, interval, duration = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
headers = {"Content-Type": "application/json",
           "Authorization": "Basic " + base64.b64encode(b"partner-1:demo").decode()}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)


def call(body):
    conn.request("POST", "/graphql", json.dumps(body), headers)
    response = conn.getresponse()
    return response.status, json.loads(response.read())


partner = call({"query": "{ me { partner { id } } }"})[1]["data"]["me"]["partner"]["id"]
version = call({"query": "query($id: ID!) { partner(id: $id) { version } }", "variables": {"id": partner}})[1][
    "data"]["partner"]["version"]
mutation = """mutation($input: PartnerProfileInput!) { updatePartnerProfile(input: $input) { version } }"""
committed = refused = 0
millis = []
start = time.monotonic()
n = 0
while time.monotonic() - start < duration and n < duration / interval + 1:
    n += 1
    profile = {"partnerId": partner, "version": version, "description": f"Profile revision {n} at {time.time():.3f}"}
    t0 = time.monotonic()
    status, answer = call({"query": mutation, "variables": {"input": profile}})
    millis.append((time.monotonic() - t0) * 1000)
    if status == 200 and not answer.get("errors"):
        committed += 1
        version = answer["data"]["updatePartnerProfile"]["version"]
    else:
        refused += 1
        print("refused:", status, json.dumps(answer)[:300], file=sys.stderr)
        if refused > 20:
            break
    time.sleep(max(0.0, start + n * interval - time.monotonic()))
millis.sort()
print(f"WRITES committed={committed} refused={refused} interval_s={interval} "
      f"median_write_ms={millis[len(millis) // 2]:.1f}" if millis else "WRITES none")
