#!/usr/bin/env bash
# The project's test command: unit, component, integration and browser tests, from a clean clone.
# Prints a final line "N passed, N failed" read from the test results, and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

# The browser tests drive Debian's Chromium (Playwright cannot download its own browsers here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing Debian's chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || { echo "test.sh: could not install chromium with apt-get." >&2; echo "0 passed, 0 failed"; exit 1; }
  else
    echo "test.sh: /usr/bin/chromium is missing. Install it as root: apt-get install -y chromium" >&2
    echo "0 passed, 0 failed"
    exit 1
  fi
fi

results=TestResults
rm -rf "$results"
dotnet test portal.sln --logger "trx" --results-directory "$results" --nologo
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

# The short soak (README, "soak"): the portal process killed once under 20 % emulator faults, nothing lost or doubled.
# A fixed seed keeps its choices (orders, cancellations, shipments, kill moment) the same from run to run; SOAK=0 skips it.
# It runs the Debug build dotnet test just made and counts as one test in the summary.
soak_dll=Pipe17Portal/bin/Debug/net10.0/Pipe17Portal.dll
soak_args="--orders 60 --fault-rate 0.2 --kills 1 --quiet-minutes 6 --seed 1212"
if [ "${SOAK:-1}" = "1" ]; then
  if [ -f "$soak_dll" ]; then
    echo "test.sh: soak $soak_args …"
    # shellcheck disable=SC2086 # the arguments are meant to split
    if (cd "$(dirname "$soak_dll")" && dotnet Pipe17Portal.dll soak $soak_args); then
      passed=$((passed + 1))
    else
      echo "test.sh: the soak found a loss, duplicate, stuck item or mismatch (table above)." >&2
      failed=$((failed + 1))
    fi
  else
    echo "test.sh: $soak_dll is missing, so the soak could not run." >&2
    failed=$((failed + 1))
  fi
else
  echo "test.sh: soak skipped (SOAK=0)."
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: dotnet test failed before all tests could report (build or run error above)." >&2
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
