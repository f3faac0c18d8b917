#!/usr/bin/env python3
"""Writes one file of GraphQL bodies per recommendation query, with ids read from a running application.

    bench/recommendation-bodies.py PORT OUT_DIR

Request ids: the first 2,000 OPEN support requests (soonest deadline first); partner ids: the first 1,000 admitted
partners by name; countries: every member State. Each body asks what a client would show: ranks, scores, reasons
and the partner's or request's name.
"""
import json
import sys

from graphql_client import Client

port, out = sys.argv[1], sys.argv[2]
client = Client(port)
requests = client.ids("supportRequests", "SupportRequestFilter", {"status": "OPEN"}, 2000)
partners = client.ids("partners", "PartnerFilter", {"membershipStatuses": ["ADMITTED"]}, 1000)
countries = client.countries()

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
