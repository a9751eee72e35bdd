#!/usr/bin/env bash
# What writing the search index costs a build: cold builds of the same corpus by this commit's generator and by the
# same commit with the search index left out (in a scratch worktree, OutputPlan no longer lists the index's files and
# SiteBuilder no longer starts making it),
# interleaved, whole process, timed with /usr/bin/time. Both are the framework-dependent build that
# `dotnet run -c Release` runs (see run-peers.sh, PUBLISH=framework).
#
#   tests/AdcsSite.Benchmarks/search-cost.sh                  # 10,000 posts on /dev/shm, 7 runs each
#   SIZE=2000 RUNS=5 tests/AdcsSite.Benchmarks/search-cost.sh
#
# Prints every run, then medians and minimums, and what the index adds to the build by each.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${BENCH_DIR:-$(cd "$repo/.." && pwd)/shared/bench}
work=${BENCH_WORK:-/dev/shm/adcssite-search-cost}
size=${SIZE:-10000}
runs=${RUNS:-7}
plan=generator/Outputs/OutputPlan.cs
builder=generator/Pipeline/SiteBuilder.cs

mkdir -p "$work"
corpus=$work/corpus-$size
[[ -d $corpus/posts ]] || python3 "$bench/gen-corpus.py" "$size" --out "$corpus" >/dev/null
printf 'title: Bench\nposts_per_page: 20\n' > "$corpus/site.yml"

without=$work/without-index
git -C "$repo" worktree remove --force "$without" 2>/dev/null || true
git -C "$repo" worktree add --detach "$without" HEAD >/dev/null
trap 'git -C "$repo" worktree remove --force "$without"' EXIT
# The loop that yields the index's files becomes an empty one, and the build no longer starts making the index early.
grep -q 'foreach (var file in SearchFiles.Outputs(' "$without/$plan" && grep -q 'searchIndex?.StartBuilding();' "$without/$builder" \
  || { echo "search-cost.sh: $plan or $builder changed; update this script" >&2; exit 2; }
sed -i 's/foreach (var file in SearchFiles.Outputs(.*))$/foreach (var file in Array.Empty<DataOutput>())/' "$without/$plan"
sed -i 's/searchIndex?.StartBuilding();//' "$without/$builder"

dotnet build "$repo/generator" -c Release -v quiet >&2
# The removed loop leaves a parameter unread, which is a warning.
dotnet build "$without/generator" -c Release -v quiet -p:TreatWarningsAsErrors=false >&2
declare -A program=([with]="$repo/generator/bin/Release/net10.0/AdcsSite" [without]="$without/generator/bin/Release/net10.0/AdcsSite")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version), $size posts in $corpus"
log=$work/runs.tsv
: > "$log"
for run in $(seq "$runs"); do
  for variant in with without; do
    rm -rf "$work/out"
    /usr/bin/time -f "$variant	%e	%U	%S	%M" -a -o "$log" \
      "${program[$variant]}" build --input "$corpus" --theme "$repo/theme" --output "$work/out" --quiet
    tail -1 "$log"
  done
done
[[ $(find "$work/out/search-index" -type f 2>/dev/null | wc -l) -eq 0 ]] || { echo "the build without the index wrote one" >&2; exit 1; }

python3 - "$log" <<'EOF'
import statistics, sys
rows = [line.split('\t') for line in open(sys.argv[1]) if line.strip()]
def column(variant, i): return [float(r[i]) for r in rows if r[0] == variant]
print('| build | wall s (median, min) | user CPU s | system CPU s | peak RSS MiB (max) |\n|---|---:|---:|---:|---:|')
for v in ('with', 'without'):
    print(f'| {v} the search index | {statistics.median(column(v, 1)):.2f}, {min(column(v, 1)):.2f} | {statistics.median(column(v, 2)):.2f}'
          f' | {statistics.median(column(v, 3)):.2f} | {max(column(v, 4)) / 1024:.0f} |')
for name, pick in (('median', statistics.median), ('min', min)):
    wall = pick(column('with', 1)) / pick(column('without', 1)) - 1
    cpu = pick([u + s for u, s in zip(column('with', 2), column('with', 3))]) / pick([u + s for u, s in zip(column('without', 2), column('without', 3))]) - 1
    print(f'by the {name}: the index adds {wall:+.1%} wall time and {cpu:+.1%} CPU time')
EOF
