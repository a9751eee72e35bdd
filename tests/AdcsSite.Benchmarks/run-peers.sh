#!/usr/bin/env bash
# Side-by-side cold builds of the same synthetic blog by Hugo, Jekyll, Eleventy and AdcsSite, using the shared
# harness (../shared/bench/run-peers.sh: interleaved runs, /usr/bin/time -v, verify-site.py on every output).
#
#   tests/AdcsSite.Benchmarks/run-peers.sh                 # 100, 1,000 and 10,000 posts, all four generators
#   SIZES=1000 tests/AdcsSite.Benchmarks/run-peers.sh hugo ours
#   PUBLISH="framework aot" SIZES=10000 tests/AdcsSite.Benchmarks/run-peers.sh hugo ours
#
# PUBLISH says which AdcsSite runs (a list runs the harness once per build, each interleaved with the peers):
#   aot        NativeAOT (the default)
#   framework  what `dotnet run -c Release` runs, without MSBuild's own time: the apphost that `dotnet build -c Release`
#              writes (ReadyToRun images of our code and packages, on the shared .NET runtime)
#   r2r        a framework-dependent ReadyToRun publish
# The corpus gets a settings file with 20 posts per page so every generator does the same work.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${BENCH_DIR:-$(cd "$repo/.." && pwd)/shared/bench}
publish=${PUBLISH_DIR:-/tmp/adcssite-bench-publish}
modes=(${PUBLISH:-aot})

binary() { # mode -> the AdcsSite executable it runs, built or published first
  case "$1" in
    aot) dotnet publish "$repo/generator" -c Release -r linux-x64 -p:PublishAot=true -o "$publish/aot" -v quiet >&2
         echo "$publish/aot/AdcsSite" ;;
    framework) dotnet build "$repo/generator" -c Release -v quiet >&2
         echo "$repo/generator/bin/Release/net10.0/AdcsSite" ;;
    r2r) dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$publish/r2r" -v quiet >&2
         echo "$publish/r2r/AdcsSite" ;;
    *) echo "PUBLISH must be aot, framework or r2r (or a list of them)" >&2; exit 2 ;;
  esac
}
declare -A program
for mode in "${modes[@]}"; do program[$mode]=$(binary "$mode"); done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET $(dotnet --version)"
for n in ${SIZES:-100 1000 10000}; do
  for mode in "${modes[@]}"; do
    name=adcssite; [[ ${#modes[@]} -gt 1 ]] && name=adcssite-$mode
    OURS_DIR=$repo OURS_NAME=$name \
    OURS_CMD="printf 'title: Bench\nposts_per_page: 20\n' > \"\$CORPUS/site.yml\" && \"${program[$mode]}\" build --input \"\$CORPUS\" --output \"\$OUT\" --quiet" \
      "$bench/run-peers.sh" "$n" "$@"
  done
done
