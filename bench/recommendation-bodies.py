#!/usr/bin/env python3
"""Writes one file of GraphQL bodies per recommendation query, with ids read from a running application.

    bench/recommendation-bodies.py PORT OUT_DIR

Request ids: the first 2,000 OPEN support requests (soonest deadline first); partner ids: the first 1,000 admitted
partners by name; countries: every member State. Each body asks what a client would show: ranks, scores, reasons
and the partner's or request's name.
"""
import json
import sys
import urllib.request

port, out = sys.argv[1], sys.argv[2]
url = f"http://127.0.0.1:{port}/graphql"


def post(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as answer:
        data = json.load(answer)
    if data.get("errors"):
        raise SystemExit(data["errors"])
    return data["data"]


def ids(field, filter_, wanted):
    found, after = [], None
    while len(found) < wanted:
        page = post(f"query($after: String, $filter: {filter_[0]}) {{ {field}(first: 100, after: $after, filter: $filter) "
                    "{ pageInfo { hasNextPage endCursor } edges { node { id } } } }",
                    {"after": after, "filter": filter_[1]})[field]
        found += [e["node"]["id"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    return found[:wanted]


requests = ids("supportRequests", ("SupportRequestFilter", {"status": "OPEN"}), 2000)
partners = ids("partners", ("PartnerFilter", {"membershipStatuses": ["ADMITTED"]}), 1000)
countries, after = [], None
while True:
    page = post("query($after: String) { countries(first: 100, after: $after) "
                "{ pageInfo { hasNextPage endCursor } edges { node { iso3 } } } }", {"after": after})["countries"]
    countries += [e["node"]["iso3"] for e in page["edges"]]
    if not page["pageInfo"]["hasNextPage"]:
        break
    after = page["pageInfo"]["endCursor"]

queries = {
    "recommendPartners": ("query($id: ID!) { recommendPartners(requestId: $id, first: 10) "
                          "{ rank score reasons partner { id name } } }", requests),
    "recommendedRequests": ("query($id: ID!) { recommendedRequests(partnerId: $id, first: 10) "
                            "{ rank score deficitSeverity reasons request { id title } } }", partners),
    "similarPartners": ("query($id: ID!) { similarPartners(partnerId: $id, first: 10) "
                        "{ rank score reasons partner { id name } } }", partners),
    "suggestedProgrammes": ("query($id: String!) { suggestedProgrammes(country: $id) "
                            "{ score reasons programme { code } evidence { indicator { code } observation { severity } } } }",
                            countries),
}
for name, (query, values) in queries.items():
    with open(f"{out}/{name}.bodies", "w") as f:
        for value in values:
            f.write(json.dumps({"query": query, "variables": {"id": value}}) + "\n")
    print(name, len(values), "bodies")
