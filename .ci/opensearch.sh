#!/usr/bin/env bash
# A local OpenSearch for the OpenSearch backend's tests, from Maven Central only.
#
#   .ci/opensearch.sh install DIR                            OpenSearch into DIR/opensearch-VERSION
#   .ci/opensearch.sh home DIR                               prints that folder
#   .ci/opensearch.sh start DIR NAME HTTP_PORT [TRANSPORT_PORT]
#                                                            a one-node cluster on 127.0.0.1, its
#                                                            folder DIR/nodes/NAME; waits until it
#                                                            answers with status yellow or green
#   .ci/opensearch.sh stop DIR NAME                          stops that node (SIGTERM, then SIGKILL)
#
# The version is the root pom's opensearch.version; the pom's opensearch-install profile says what
# is downloaded. OpenSearch refuses to run as root: as root, nodes run as the system user
# $NEWSINDEX_OPENSEARCH_USER (default opensearch, created when missing), which must be able to read
# DIR, so pick a DIR outside /root. The JVM is $OPENSEARCH_JAVA_HOME, else the newest JDK 21+ under
# /usr/lib/jvm. Settings: OPENSEARCH_HEAP (512m), OPENSEARCH_START_TIMEOUT seconds (180).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSION=$(sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' "$ROOT/pom.xml")
RUN_USER=${NEWSINDEX_OPENSEARCH_USER:-opensearch}
HEAP=${OPENSEARCH_HEAP:-512m}
START_TIMEOUT=${OPENSEARCH_START_TIMEOUT:-180}

die() {
  echo "opensearch.sh: $*" >&2
  exit 1
}

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ -n "$VERSION" ] || die "no <opensearch.version> in $ROOT/pom.xml"

absolute() {
  realpath -m "$1"
}

# The modules added to the distribution: folder, plugin class, the module it extends.
# analysis-common holds the English analyzer and extends lang-painless (its scripted filters).
write_descriptor() {
  local home=$1 name=$2 classname=$3 extends=$4
  cat > "$home/modules/$name/plugin-descriptor.properties" <<EOF
description=The $name module of OpenSearch $VERSION, installed from Maven Central
version=$VERSION
name=$name
classname=$classname
java.version=21
opensearch.version=$VERSION
extended.plugins=$extends
has.native.controller=false
EOF
}

install() {
  local dir home staging
  dir=$(absolute "$1")
  mkdir -p "$dir"
  home=$dir/opensearch-$VERSION
  if [ -f "$home/modules/analysis-common/plugin-descriptor.properties" ]; then
    echo "OpenSearch $VERSION already installed in $home"
    return
  fi
  # Unpacked beside the home and moved into place whole: an interrupted install leaves no half home.
  staging=$dir/.staging
  rm -rf "$staging"
  mkdir -p "$staging"
  if ! mvn -B -N -f "$ROOT/pom.xml" -P opensearch-install -Dnewsindex.opensearch.dir="$staging" \
      dependency:unpack@opensearch-distribution \
      dependency:copy@opensearch-lang-painless \
      dependency:copy@opensearch-analysis-common > "$staging/maven.log" 2>&1; then
    cat "$staging/maven.log" >&2
    die "Maven could not fetch OpenSearch $VERSION (log above)"
  fi
  local unpacked=$staging/opensearch-$VERSION
  [ -x "$unpacked/bin/opensearch" ] || die "Maven left no $unpacked/bin/opensearch"
  write_descriptor "$unpacked" lang-painless org.opensearch.painless.PainlessModulePlugin ""
  # Painless compiles scripts into classes of their own loader.
  cat > "$unpacked/modules/lang-painless/plugin-security.policy" <<'EOF'
grant {
  permission java.lang.RuntimePermission "createClassLoader";
  permission java.lang.RuntimePermission "getClassLoader";
};
EOF
  write_descriptor "$unpacked" analysis-common \
    org.opensearch.analysis.common.CommonAnalysisModulePlugin lang-painless
  # Nodes run as another user and only read the home; their files live in their own folders.
  chmod -R a+rX "$unpacked"
  rm -rf "$home"
  mv "$unpacked" "$home"
  rm -rf "$staging"
  echo "OpenSearch $VERSION installed in $home (modules: $(ls "$home/modules" | tr '\n' ' '))"
}

java_home() {
  if [ -n "${OPENSEARCH_JAVA_HOME:-}" ]; then
    echo "$OPENSEARCH_JAVA_HOME"
    return
  fi
  local release major best="" best_major=0
  for release in /usr/lib/jvm/*/release; do
    [ -f "$release" ] || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ] \
        && [ -x "$(dirname "$release")/bin/java" ]; then
      best=$(dirname "$release")
      best_major=$major
    fi
  done
  [ -n "$best" ] || die "OpenSearch $VERSION needs Java 21 or newer: none under /usr/lib/jvm, and OPENSEARCH_JAVA_HOME is not set"
  echo "$best"
}

# Prints the body of GET http://127.0.0.1:PORT/PATH; fails when nothing answers. Plain bash, so
# that neither curl nor wget has to be installed.
http_get() {
  local response
  response=$(timeout 10 bash -c '
      exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
      printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" "$2" >&3
      cat <&3' _ "$1" "$2" 2>/dev/null) || return 1
  [ -n "$response" ] || return 1
  printf '%s\n' "${response#*$'\r\n\r\n'}"
}

# True while PID runs (a zombie left for a parent that never reaps it does not count).
running() {
  local pid=$1 state
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  state=$(sed -n 's/^[0-9]* ([^)]*) \(.\).*/\1/p' "/proc/$pid/stat" 2>/dev/null || true)
  [ "$state" != Z ]
}

# When PID started, in clock ticks after boot: with the pid, names one process for good.
started_at() {
  sed -n 's/^[0-9]* (.*) [A-Za-z] \(.*\)/\1/p' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f19
}

# The pid of the node whose folder is NODE_DIR, if it runs; the start time saved beside the pid
# keeps a recycled pid from being taken for the node.
node_pid() {
  local node_dir=$1 pid start
  read -r pid start 2>/dev/null < "$node_dir/pid" || return 0
  if running "$pid" && [ "$(started_at "$pid")" = "$start" ]; then
    echo "$pid"
  fi
}

log_tail() {
  local node_dir=$1
  echo "---- last lines of $node_dir/stdout.log ----" >&2
  tail -n 60 "$node_dir/stdout.log" >&2 || true
  echo "----" >&2
}

start() {
  local dir name=$2 http_port=$3 transport_port=${4:-$(($3 + 100))}
  dir=$(absolute "$1")
  local home=$dir/opensearch-$VERSION node_dir=$dir/nodes/$name
  [ -x "$home/bin/opensearch" ] || die "OpenSearch is not installed in $dir: run $0 install $dir"
  [[ $name =~ ^[A-Za-z0-9_-]+$ ]] || die "node name '$name' must be letters, digits, - or _"
  [[ $http_port =~ ^[0-9]+$ && $transport_port =~ ^[0-9]+$ ]] || die "ports must be numbers"
  local java
  java=$(java_home)

  if [ -n "$(node_pid "$node_dir")" ]; then
    echo "node $name already runs (pid $(node_pid "$node_dir"))"
  else
    # Whatever answers on the port would otherwise pass for this node.
    if http_get "$http_port" / >/dev/null; then
      die "port $http_port is already in use"
    fi
    mkdir -p "$node_dir/data" "$node_dir/logs" "$node_dir/tmp"
    # A writable copy of the configuration: OpenSearch writes its keystore there.
    rm -rf "$node_dir/conf"
    cp -r "$home/config" "$node_dir/conf"
    # jvm.options names gc.log, heap dumps and crash files relative to the home, which the node
    # user cannot write: point them into the node's folder.
    sed -i -e "s#file=logs/gc.log#file=$node_dir/logs/gc.log#" \
      -e "s#HeapDumpPath=data#HeapDumpPath=$node_dir/data#" \
      -e "s#ErrorFile=logs/#ErrorFile=$node_dir/logs/#" "$node_dir/conf/jvm.options"
    printf -- '-Xms%s\n-Xmx%s\n' "$HEAP" "$HEAP" > "$node_dir/conf/jvm.options.d/heap.options"
    cat > "$node_dir/conf/opensearch.yml" <<EOF
cluster.name: newsindex-$name
node.name: $name
discovery.type: single-node
# Loopback only: nothing outside this machine reaches it, and OpenSearch then skips the
# production bootstrap checks (vm.max_map_count and the like).
network.host: 127.0.0.1
http.port: $http_port
transport.port: $transport_port
path.data: $node_dir/data
path.logs: $node_dir/logs
# A full disk on a test machine must not turn indexes read-only.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
    local as_user=()
    if [ "$(id -u)" = 0 ]; then
      if ! id "$RUN_USER" >/dev/null 2>&1; then
        useradd -r -M -U -s /usr/sbin/nologin "$RUN_USER"
      fi
      chown -R "$RUN_USER:" "$node_dir"
      as_user=(setpriv "--reuid=$RUN_USER" "--regid=$RUN_USER" --init-groups --)
      "${as_user[@]}" test -x "$home/bin/opensearch" \
        || die "user $RUN_USER cannot reach $home: install into a folder every user can read (not under /root)"
    fi
    # bin/opensearch runs a few short Java tools, then execs the node's JVM: this pid ends up the
    # JVM's. In a session of its own, so that stop reaches those tools too, and Ctrl-C on the
    # terminal that started the node does not.
    (cd "$node_dir" && exec setsid env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$node_dir" \
      OPENSEARCH_JAVA_HOME="$java" OPENSEARCH_PATH_CONF="$node_dir/conf" \
      OPENSEARCH_TMPDIR="$node_dir/tmp" \
      "${as_user[@]}" "$home/bin/opensearch" > "$node_dir/stdout.log" 2>&1 < /dev/null) &
    echo "$! $(started_at $!)" > "$node_dir/pid"
    echo "starting node $name (pid $!, http 127.0.0.1:$http_port, transport $transport_port, heap $HEAP, $java)"
  fi

  local started=$SECONDS health status pid
  read -r pid _ < "$node_dir/pid"
  while true; do
    if ! running "$pid"; then
      log_tail "$node_dir"
      die "node $name exited while starting"
    fi
    health=$(http_get "$http_port" /_cluster/health || true)
    if [[ $health =~ \"status\":\"(green|yellow)\" ]]; then
      status=${BASH_REMATCH[1]}
      break
    fi
    if [ $((SECONDS - started)) -ge "$START_TIMEOUT" ]; then
      log_tail "$node_dir"
      stop "$dir" "$name" >&2
      die "node $name did not report yellow or green within ${START_TIMEOUT}s"
    fi
    sleep 1
  done
  # The node answers its name at /. No "http_get | grep -q" here: under pipefail, grep -q quitting
  # at its match can kill the writer with SIGPIPE and fail a node that is up. Asked thrice, in case
  # a busy machine times the first request out.
  local identity="" tries
  for tries in 1 2 3; do
    identity=$(http_get "$http_port" / || true)
    [[ $identity == *"\"name\" : \"$name\""* ]] && break
    sleep 1
  done
  [[ $identity == *"\"name\" : \"$name\""* ]] \
    || die "something other than node $name answers on port $http_port: ${identity:-no answer}"
  echo "node $name up on http://127.0.0.1:$http_port: $status after $((SECONDS - started))s"
}

stop() {
  local dir name=$2
  dir=$(absolute "$1")
  local node_dir=$dir/nodes/$name pid
  pid=$(node_pid "$node_dir")
  if [ -z "$pid" ]; then
    echo "node $name is not running"
    rm -f "$node_dir/pid"
    return
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  local waited=0
  while running "$pid" && [ "$waited" -lt 60 ]; do
    sleep 1
    waited=$((waited + 1))
  done
  if running "$pid"; then
    echo "node $name ignored SIGTERM for 60s: killing it" >&2
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$node_dir/pid"
  echo "node $name stopped"
}

case "${1:-}" in
  install) [ $# -eq 2 ] || usage; install "$2" ;;
  home) [ $# -eq 2 ] || usage; echo "$(absolute "$2")/opensearch-$VERSION" ;;
  start) [ $# -eq 4 ] || [ $# -eq 5 ] || usage; start "${@:2}" ;;
  stop) [ $# -eq 3 ] || usage; stop "$2" "$3" ;;
  *) usage ;;
esac
