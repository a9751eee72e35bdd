#!/usr/bin/env bash
# Side-by-side cold builds of the same synthetic blog by Hugo, Jekyll, Eleventy and AdcsSite, using the shared
# harness (../shared/bench/run-peers.sh: interleaved runs, /usr/bin/time -v, verify-site.py on every output).
#
#   tests/AdcsSite.Benchmarks/run-peers.sh                 # 100, 1,000 and 10,000 posts, all four generators
#   SIZES=1000 tests/AdcsSite.Benchmarks/run-peers.sh hugo ours
#
# AdcsSite runs as published for production: NativeAOT (PUBLISH=r2r for ReadyToRun on the .NET runtime instead).
# The corpus gets a settings file with 20 posts per page so every generator does the same work.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${BENCH_DIR:-$(cd "$repo/.." && pwd)/shared/bench}
publish=${PUBLISH_DIR:-/tmp/adcssite-bench-publish}

case "${PUBLISH:-aot}" in
  aot) dotnet publish "$repo/generator" -c Release -r linux-x64 -p:PublishAot=true -o "$publish" -v quiet ;;
  r2r) dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$publish" -v quiet ;;
  *) echo "PUBLISH must be aot or r2r" >&2; exit 2 ;;
esac

export OURS_DIR=$repo OURS_NAME=adcssite
export OURS_CMD="printf 'title: Bench\nposts_per_page: 20\n' > \"\$CORPUS/site.yml\" && \"$publish/AdcsSite\" build --input \"\$CORPUS\" --output \"\$OUT\" --quiet"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
for n in ${SIZES:-100 1000 10000}; do
  "$bench/run-peers.sh" "$n" "$@"
done
