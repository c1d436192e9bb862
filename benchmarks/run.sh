#!/usr/bin/env bash
#
# The benchmark matrix of issue 7 in one command: builds the benchmarks jar, then runs the revision
# graph (JMH), W1 apply and W2 start-up (beside plain JDBC, Flyway and Liquibase) and W3 read + compare
# (beside the catalog floors, Liquibase's diff and Hibernate's validate), and prints one table of
# medians, ratios and goals at the end (each part's own tables as it ends).
#
#   benchmarks/run.sh quick                  # every workload, quick settings: under 5 minutes
#   benchmarks/run.sh full --out matrix.md   # the full settings, every database: about 35 minutes
#
# Further arguments go to dev.revgraph.benchmarks.Matrix: --out FILE (every table as Markdown),
# --raw FILE (W1/W2's result lines), --parts graph,w1w2,w3. The database servers come from
# REVGRAPH_TEST_POSTGRES_URL and REVGRAPH_TEST_MARIADB_URL; when either is unset, this sources
# scripts/dev-databases.sh, which starts the local servers and exports them.

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=${1:-}
if [[ $mode != quick && $mode != full ]]; then
  echo "usage: benchmarks/run.sh quick|full [--out FILE] [--raw FILE] [--parts graph,w1w2,w3]" >&2
  exit 2
fi
shift

if [[ -z ${REVGRAPH_TEST_POSTGRES_URL:-} || -z ${REVGRAPH_TEST_MARIADB_URL:-} ]]; then
  source scripts/dev-databases.sh
fi

./mvnw -q -B -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.Matrix "$mode" "$@"
