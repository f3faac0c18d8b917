"""What the bench scripts that write GraphQL bodies share: posting a query to a running application on 127.0.0.1
and reading ids off its paginated lists."""
import json
import urllib.request


class Client:
    def __init__(self, port):
        self.url = f"http://127.0.0.1:{port}/graphql"

    def post(self, query, variables=None):
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        req = urllib.request.Request(self.url, body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as answer:
            data = json.load(answer)
        if data.get("errors"):
            raise SystemExit(data["errors"])
        return data["data"]

    def ids(self, field, filter_type, filter_, wanted, key="id"):
        """The first `wanted` values of `key` of a filtered connection, 100 per page."""
        found, after = [], None
        while len(found) < wanted:
            page = self.post(f"query($after: String, $filter: {filter_type}) {{ {field}(first: 100, after: $after, "
                             f"filter: $filter) {{ pageInfo {{ hasNextPage endCursor }} edges {{ node {{ {key} }} }} }} }}",
                             {"after": after, "filter": filter_})[field]
            found += [e["node"][key] for e in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        return found[:wanted]

    def countries(self):
        """The ISO3 codes of every member State."""
        found, after = [], None
        while True:
            page = self.post("query($after: String) { countries(first: 100, after: $after) "
                             "{ pageInfo { hasNextPage endCursor } edges { node { iso3 } } } }", {"after": after})["countries"]
            found += [e["node"]["iso3"] for e in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                return found
            after = page["pageInfo"]["endCursor"]
