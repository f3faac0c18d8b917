#!/usr/bin/env python3
"""Writes GraphQL bodies for the filtered, paged variant of the nested partners benchmark, one JSON a line.

    bench/make-bodies.py PORT OUT_FILE [PAGES_PER_REGION]

For each of the five ILO regions it walks the first PAGES_PER_REGION (default 4) pages of 50 partners with
`filter: {region: R}` over 127.0.0.1 and writes one body per page, with the `after` cursor that reaches it, so that
wrk cycles through 5 x PAGES different answers instead of one.
"""
import json
import sys
import urllib.request

QUERY = ("query($region: IloRegion, $after: String) { partners(first: 50, filter: {region: $region}, after: $after) "
         "{ totalCount pageInfo { endCursor hasNextPage } edges { node { id name country { iso3 } "
         "offers { title kind thematicAreas { code } } } } } }")
REGIONS = ["AFRICA", "AMERICAS", "ARAB_STATES", "ASIA_PACIFIC", "EUROPE_CENTRAL_ASIA"]


def post(port, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body.encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def main():
    port, out = sys.argv[1], sys.argv[2]
    pages = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    lines = []
    for region in REGIONS:
        after = None
        for _ in range(pages):
            body = json.dumps({"query": QUERY, "variables": {"region": region, "after": after}})
            answer = post(port, body)
            if "errors" in answer:
                sys.exit(f"GraphQL errors: {answer['errors']}")
            connection = answer["data"]["partners"]
            lines.append(body)
            print(f"{region} after={after} edges={len(connection['edges'])} total={connection['totalCount']}")
            if not connection["pageInfo"]["hasNextPage"]:
                break
            after = connection["pageInfo"]["endCursor"]
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} bodies to {out}")


if __name__ == "__main__":
    main()
