#!/usr/bin/env bash
# Fails on an include that points up the layers. `scripts/check-layers.sh [ROOT]` checks the tree at ROOT
# (default: this checkout). The order, lowest first; a folder may include only itself and those before it:
#
#   core/util  core/db  core/model  core/settings  core/auth  core/calendar  core/words  core/customers
#   core/forms  core/calls  core/report  core/training  core/sync  core/site  core/sip  core/demo
#   ui/…  app/…
#
# core/db holds what every feature uses and includes only core/util. core never includes ui/ or app/;
# ui never includes app/. Every include of the project's own headers names its layer from the root
# ("core/forms/ProblemFormWorkflow.h"), so one spelling means one file. docs/architecture.md repeats
# this order; change both together. ui/ and app/ include no *Repository.h/*Queries.h: repositories
# and queries are internal to core.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"

order=(util db model settings auth calendar words customers forms calls report training sync site sip demo)
# Repositories and queries are internal to core: ui/ and app/ reach the data only through core's services and
# workflows, which take the person and check Permissions first. Files still waiting to move are listed apart;
# take them off as they move.
internal_pending=()
declare -A rank
for i in "${!order[@]}"; do rank[${order[$i]}]=$i; done

failures=0
fail() {
  echo "check-layers: $1" >&2
  failures=$((failures + 1))
}

# Folders of core that are not in the order.
for dir in core/*/; do
  feature=$(basename "$dir")
  [[ -n ${rank[$feature]+x} ]] || fail "core/$feature is not in the layer order; add it here and in docs/architecture.md"
done

while IFS= read -r hit; do
  file=${hit%%:*}
  rest=${hit#*:}
  where="$file:${rest%%:*}"
  line=${rest#*:}
  [[ $line =~ include[[:space:]]*\"([^\"]+)\" ]] || continue
  target=${BASH_REMATCH[1]}
  layer=${file%%/*}
  case $target in
  core/* | ui/* | app/*) ;;
  *)
    fail "$where: #include \"$target\" does not name its layer; write it from the repository root (core/…, ui/…, app/…)"
    continue
    ;;
  esac
  tlayer=${target%%/*}
  if [[ $layer == core && $tlayer != core ]]; then
    fail "$where: core includes $target; core links no widgets and knows nothing of ui/ or app/"
  elif [[ $layer == ui && $tlayer == app ]]; then
    fail "$where: ui includes $target; the views know nothing of the executable"
  elif [[ $layer != core && $target =~ ^core/[a-z]+/[A-Za-z]*(Repository|Queries)\.h$ &&
    " ${internal_pending[*]} " != *" $file "* ]]; then
    fail "$where: $layer includes $target; repositories are internal to core, use the feature's service"
  elif [[ $layer == core ]]; then
    feature=${file#core/}
    feature=${feature%%/*}
    tfeature=${target#core/}
    tfeature=${tfeature%%/*}
    if [[ -z ${rank[$feature]+x} ]]; then
      continue # reported above
    elif [[ -z ${rank[$tfeature]+x} ]]; then
      fail "$where: $target is in no known core folder"
    elif ((rank[$tfeature] > rank[$feature])); then
      fail "$where: core/$feature includes $target, which is above it (order: ${order[*]})"
    fi
  fi
done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' core ui app --include='*.h' --include='*.cpp' | sort)

if ((failures > 0)); then
  echo "check-layers: $failures include(s) against the layer order" >&2
  exit 1
fi
echo "check-layers: every include points down"
