#!/bin/bash
# add.sh ID LANG REPO PATH-IN-REPO : scrape one page of a fetched repository into pages/ID/page.txt,
# remember where it came from (sources.tsv) and print its lines numbered for hand-cleaning.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
id=$1 lang=$2 repo=$3 path=$4
mkdir -p "$here/pages/$id"
git -C "/work/.mirror/${repo/\//+}/repo" show "HEAD:$path" > "/tmp/i2/$id.html"
commit=$(git -C "/work/.mirror/${repo/\//+}/repo" rev-parse HEAD)
LINKEDOM_FROM=${LINKEDOM_FROM:-$here/../../package.json} node "$here/tools/scrape.mjs" "/tmp/i2/$id.html" > "$here/pages/$id/page.txt"
grep -v "^$id	" "$here/sources.tsv" 2>/dev/null > "$here/sources.tsv.new" || true
printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$lang" "$repo" "$commit" "$path" >> "$here/sources.tsv.new"
sort "$here/sources.tsv.new" > "$here/sources.tsv"; rm "$here/sources.tsv.new"
awk 'NF{printf "%d: %s\n", ++n, $0}' "$here/pages/$id/page.txt" | cut -c1-${WIDTH:-160}
