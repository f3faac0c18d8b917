#!/usr/bin/env python3
"""Writes a mixed read workload, one GraphQL body per line, with ids read from a running application.

    bench/mixed-bodies.py PORT OUT_FILE [COUNT]

The mix is what the front end of a directory asks most (shares of COUNT, default 5,000 bodies, shuffled with a
fixed seed so that every run replays the same sequence):

  25 % partner directory pages of 20 (name, kind, country, expertise), half of them filtered by region or kind
  15 % one partner's page (profile, declared expertise, offers with their areas, work streams)
  15 % one country's page (deficits with indicators, strategies, open requests, partners based there)
  15 % support request pages of 20 (open, half of them filtered by country)
  10 % partners recommended for an open request (ranks, reasons, partner names)
   5 % similar partners
   5 % priority programmes suggested for a country
  10 % taxonomies (thematic areas, expertise, regions), as a client's start-up asks for them
"""
import json
import random
import sys

from graphql_client import Client

port, out = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
client = Client(port)
post = client.post
requests = client.ids("supportRequests", "SupportRequestFilter", {"status": "OPEN"}, 1000)
partners = client.ids("partners", "PartnerFilter", {"membershipStatuses": ["ADMITTED"]}, 1000)
countries = client.countries()
regions = ["AFRICA", "AMERICAS", "ARAB_STATES", "ASIA_PACIFIC", "EUROPE_CENTRAL_ASIA"]
kinds = ["GOVERNMENT", "EMPLOYERS_ORGANIZATION", "WORKERS_ORGANIZATION", "INTERNATIONAL_ORGANIZATION", "NGO", "ACADEMIA"]

DIRECTORY = ("query($filter: PartnerFilter) { partners(first: 20, filter: $filter) { totalCount "
             "pageInfo { hasNextPage endCursor } edges { node { id name kind country { iso3 name } "
             "expertise { expertise { code } level } } } } }")
PARTNER = ("query($id: ID!) { partner(id: $id) { id name kind description website languages country { iso3 name } "
           "expertise { expertise { code name } level } offers { id title kind amount unit status "
           "thematicAreas { code } countries { iso3 } regions { code } } workStreams { role workStream { id name } } } }")
COUNTRY = ("query($iso3: String!) { country(iso3: $iso3) { iso3 name region { code } "
           "deficits { indicator { code name } year value severity } nationalStrategies { id title } "
           "supportRequests { id title status deadline } partners { id name kind } } }")
REQUESTS = ("query($filter: SupportRequestFilter) { supportRequests(first: 20, filter: $filter) { totalCount "
            "pageInfo { hasNextPage endCursor } edges { node { id title kind amount unit deadline status "
            "country { iso3 name } thematicAreas { code } } } } }")
RECOMMEND = ("query($id: ID!) { recommendPartners(requestId: $id, first: 10) { rank score reasons partner { id name } } }")
SIMILAR = ("query($id: ID!) { similarPartners(partnerId: $id, first: 10) { rank score reasons partner { id name } } }")
PROGRAMMES = ("query($iso3: String!) { suggestedProgrammes(country: $iso3) { score reasons programme { code } "
              "evidence { indicator { code } observation { severity } } } }")
TAXONOMY = "{ thematicAreas { code name } expertise { code name } regions { code name } }"

rng = random.Random(20261127)
mix = [(25, "directory"), (15, "partner"), (15, "country"), (15, "requests"), (10, "recommend"), (5, "similar"),
       (5, "programmes"), (10, "taxonomy")]
bodies = []
for share, kind in mix:
    for i in range(count * share // 100):
        if kind == "directory":
            choice = i % 4
            f = None if choice < 2 else ({"region": rng.choice(regions)} if choice == 2 else {"kinds": [rng.choice(kinds)]})
            bodies.append({"query": DIRECTORY, "variables": {"filter": f}})
        elif kind == "partner":
            bodies.append({"query": PARTNER, "variables": {"id": rng.choice(partners)}})
        elif kind == "country":
            bodies.append({"query": COUNTRY, "variables": {"iso3": rng.choice(countries)}})
        elif kind == "requests":
            f = {"status": "OPEN"} if i % 2 == 0 else {"status": "OPEN", "country": rng.choice(countries)}
            bodies.append({"query": REQUESTS, "variables": {"filter": f}})
        elif kind == "recommend":
            bodies.append({"query": RECOMMEND, "variables": {"id": rng.choice(requests)}})
        elif kind == "similar":
            bodies.append({"query": SIMILAR, "variables": {"id": rng.choice(partners)}})
        elif kind == "programmes":
            bodies.append({"query": PROGRAMMES, "variables": {"iso3": rng.choice(countries)}})
        else:
            bodies.append({"query": TAXONOMY, "variables": {}})
rng.shuffle(bodies)
# Every kind must answer without errors before it is measured.
for query in {b["query"] for b in bodies}:
    sample = next(b for b in bodies if b["query"] == query)
    post(sample["query"], sample["variables"])
with open(out, "w") as f:
    for body in bodies:
        f.write(json.dumps(body) + "\n")
print(len(bodies), "bodies from", len(requests), "requests,", len(partners), "partners,", len(countries), "countries")
