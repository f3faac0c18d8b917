#!/usr/bin/env bash
# The figures the simplification is measured by, for a checkout (default: this one):
# lines of main code per module, classes in api's graphql, startup and neo4j packages, coalition.* properties.
#
#   bench/code-size.sh [CHECKOUT_DIR]
set -euo pipefail
d=${1:-$(cd "$(dirname "$0")/.." && pwd)}
for m in matching graph-model api; do
	echo "lines $m $(find "$d/$m/src/main/java" -name '*.java' -print0 | xargs -0 cat | wc -l) ($(find "$d/$m/src/main/java" -name '*.java' | wc -l) files)"
done
for p in graphql startup neo4j; do
	dir="$d/api/src/main/java/org/ilo/coalition/api/$p"
	echo "classes api/$p $( [ -d "$dir" ] && find "$dir" -name '*.java' ! -name package-info.java | wc -l || echo 0)"
done
# Property keys: ${coalition...} placeholders, name/PROPERTY constants, and the components of
# @ConfigurationProperties("coalition...") records.
props=$(
	{
		grep -rhoE '\$\{coalition\.[a-zA-Z0-9.-]+' --include=*.java "$d/api/src/main" "$d/graph-model/src/main" | sed 's/\${//' || true
		grep -rhoE '(name|PROPERTY) = "coalition\.[a-zA-Z0-9.-]+"' --include=*.java "$d/api/src/main" "$d/graph-model/src/main" \
			| sed -E 's/^(name|PROPERTY) = "//; s/"//' || true
		for f in $(grep -rlE '@ConfigurationProperties\("coalition' --include=*.java "$d/api/src/main" "$d/graph-model/src/main" || true); do
			python3 - "$f" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
prefix = re.search(r'@ConfigurationProperties\("(coalition\.[a-z0-9.-]+)"', s).group(1)
m = re.search(r'record\s+\w+\s*\((.*?)\)\s*\{', s, re.S)
for component in re.split(r',(?![^<]*>)', m.group(1)) if m else []:
    component = re.sub(r'@\w+(\([^)]*\))?', '', component).strip()
    if component:
        print(prefix + '.' + re.sub(r'([A-Z])', lambda x: '-' + x.group(1).lower(), component.split()[-1]))
PY
		done
	} | sort -u
)
echo "properties coalition.* $(printf '%s\n' "$props" | grep -c .)"
[ "${VERBOSE:-}" ] && printf '%s\n' "$props"
exit 0
