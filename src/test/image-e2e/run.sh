#!/bin/bash
# End-to-end check of multi-process images, run as root on Debian with skopeo, umoci, bubblewrap,
# mmdebstrap and curl installed.
#
#   run.sh base                     prints the path of the cached Debian base tarball, building it first
#                                   (mmdebstrap, the machine's own apt sources) when it is missing
#   run.sh check IMAGE.tar PM [WORKDIR]
#                                   checks an image built from examples/multi-process with process manager
#                                   PM (supervisord|sysvinit): skopeo inspect and copy, umoci unpack, runs the
#                                   image's Entrypoint+Cmd as PID 1 in fresh PID/mount/network namespaces
#                                   (bwrap, own loopback so parallel runs never clash), queries nginx, the
#                                   process manager and the webapp's user, stops PID 1 with TERM.
#   run.sh expect-ignored IMAGE.tar PM [WORKDIR]
#                                   runs an image built from policy/crash-loop.json with --on-failure ignore and
#                                   expects it to stay up while its health check reports the failure.
#   run.sh expect-failure IMAGE.tar PM [WORKDIR]
#                                   runs an image built from failing.json and expects PID 1 to exit non-zero
#                                   by itself (the default failure policy, exit).
#
# Every wait is bounded. Exit status 0 when every check passed.
set -euo pipefail

CACHE=${DYDISNIX_E2E_CACHE:-$HOME/.cache/dydisnix-image-e2e}
PACKAGES=nginx-light,supervisor,s6,busybox,bash,curl,procps

CONTAINER=
RUNNER=
TEMP_WORK=
log() { echo "image-e2e: $(date +%T) $*" >&2; }

PODMAN_STORE=
PODMAN_CONTAINER=

# Whatever happens, no container and no temporary directory outlives the script.
cleanup() {
  if [ -n "$PODMAN_STORE" ]; then
    local -a P=(podman --root "$PODMAN_STORE/root" --runroot "$PODMAN_STORE/run" --storage-driver vfs
      --cgroup-manager cgroupfs --events-backend none)
    [ -z "$PODMAN_CONTAINER" ] || "${P[@]}" rm -f "$PODMAN_CONTAINER" > /dev/null 2>&1 || true
    "${P[@]}" rmi -af > /dev/null 2>&1 || true
    rm -rf "$PODMAN_STORE" 2> /dev/null || true
  fi
  if [ -n "$CONTAINER" ]; then
    kill -KILL "$CONTAINER" 2> /dev/null || true
  fi
  if [ -n "$TEMP_WORK" ]; then
    rm -rf "$TEMP_WORK"
  fi
}
trap cleanup EXIT
fail() { log "FAIL: $*"; exit 1; }

base() {
  mkdir -p "$CACHE"
  # One cached base per package list, so that changing the list builds a new one.
  local tarball
  tarball=$CACHE/base-$(printf '%s' "$PACKAGES" | sha256sum | cut -c1-12).tar
  (
    flock -w 600 9 || fail "timed out waiting for another base build"
    if [ ! -s "$tarball" ]; then
      log "building the Debian base with mmdebstrap (once; cached in $CACHE)"
      timeout 900 mmdebstrap --quiet --format=tar --variant=minbase --include="$PACKAGES" bookworm \
        "$CACHE/base.part.tar" >&2 || fail "mmdebstrap failed"
      mv "$CACHE/base.part.tar" "$tarball"
    fi
  ) 9> "$CACHE/lock"
  echo "$tarball"
}

# Prints the elements of the string array "KEY": [ ... ] of umoci's pretty-printed config.json, one a line
# (the strings this image uses have no escapes).
json_strings() {
  sed -n "/\"$1\": \[/,/\]/p" "$2" | sed -e '1d' -e '$d' -e 's/^[[:space:]]*"//' -e 's/",\{0,1\}$//'
}

# Runs a command inside the container whose PID 1 has host PID $1.
inside() {
  local pid=$1
  shift
  timeout 20 nsenter --target "$pid" --mount --pid --net --uts --ipc --root --wd -- "$@"
}

# Unpacks IMAGE into the directory LAYOUT as umoci reads it: umoci takes only OCI-typed manifests and the
# archive's is docker-typed (podman keeps the health check only then), so the manifest is rewritten with the
# OCI media types; the config and layer blobs stay the very same, and umoci checks their digests and diff ids.
oci_view() {
  local image=$1 layout=$2
  mkdir -p "$layout"
  tar -xf "$image" -C "$layout"
  local digest
  digest=$(sed -n 's/.*"digest":"sha256:\([0-9a-f]*\)".*/\1/p' "$layout/index.json")
  [ -s "$layout/blobs/sha256/$digest" ] || fail "index.json names no manifest blob"
  sed -e 's#application/vnd.docker.distribution.manifest.v2+json#application/vnd.oci.image.manifest.v1+json#g' \
    -e 's#application/vnd.docker.container.image.v1+json#application/vnd.oci.image.config.v1+json#g' \
    -e 's#application/vnd.docker.image.rootfs.diff.tar.gzip#application/vnd.oci.image.layer.v1.tar+gzip#g' \
    -e 's#application/vnd.docker.image.rootfs.diff.tar"#application/vnd.oci.image.layer.v1.tar"#g' \
    "$layout/blobs/sha256/$digest" > "$layout/manifest.oci"
  local new size
  new=$(sha256sum < "$layout/manifest.oci" | cut -d' ' -f1)
  size=$(stat -c %s "$layout/manifest.oci")
  mv "$layout/manifest.oci" "$layout/blobs/sha256/$new"
  printf '{"schemaVersion":2,"manifests":[{"mediaType":"%s","digest":"sha256:%s","size":%s,"annotations":{"%s":"image"}}]}' \
    application/vnd.oci.image.manifest.v1+json "$new" "$size" org.opencontainers.image.ref.name > "$layout/index.json"
}

# Unpacks IMAGE with umoci into WORK and starts its Entrypoint+Cmd as PID 1 under bwrap; sets CONTAINER
# (the host PID of PID 1) and RUNNER; the exit status lands in WORK/status, the output in WORK/output.log.
start_container() {
  local image=$1 pm=$2 work=$3
  log "[$pm] umoci unpack"
  rm -rf "$work/layout" "$work/bundle"
  oci_view "$image" "$work/layout"
  timeout 300 umoci unpack --image "$work/layout:image" "$work/bundle" > /dev/null || fail "umoci unpack failed"
  local rootfs=$work/bundle/rootfs
  local config=$work/bundle/config.json

  # The process to run: the image's Entrypoint + Cmd, as umoci wrote them into the runtime config.
  local -a argv env
  mapfile -t argv < <(json_strings args "$config")
  mapfile -t env < <(json_strings env "$config")
  [ "${#argv[@]}" -gt 0 ] || fail "the image has no Entrypoint or Cmd"
  local -a setenv=()
  for e in "${env[@]}"; do setenv+=(--setenv "${e%%=*}" "${e#*=}"); done
  log "[$pm] running ${argv[*]} as PID 1"

  : > "$work/output.log"
  rm -f "$work/info.json" "$work/status"
  (
    set +e
    timeout 300 bwrap --unshare-pid --unshare-net --unshare-ipc --unshare-uts --as-pid-1 --die-with-parent \
      --cap-add ALL --bind "$rootfs" / --proc /proc --dev /dev --clearenv "${setenv[@]}" --chdir / \
      --info-fd 3 "${argv[@]}" >> "$work/output.log" 2>&1 3> "$work/info.json"
    echo $? > "$work/status"
  ) &
  RUNNER=$!
  local pid=
  for _ in $(seq 100); do
    pid=$(sed -n 's/.*"child-pid": *\([0-9]*\).*/\1/p' "$work/info.json" 2>/dev/null || true)
    [ -n "$pid" ] && break
    sleep 0.1
  done
  [ -n "$pid" ] || fail "the container did not start"
  CONTAINER=$pid

}

# The status of SERVICE as process manager PM reports it in the container whose PID 1 has host PID PID.
pm_status() {
  local pm=$1 pid=$2 service=$3
  case "$pm" in
    supervisord) inside "$pid" supervisorctl -c /etc/supervisor/supervisord.conf status "$service" ;;
    sysvinit) inside "$pid" "/etc/rc.d/init.d/$service" status ;;
    s6-rc) inside "$pid" s6-svstat "/run/service/$service" ;;
    *) fail "unknown process manager $pm" ;;
  esac
}

# Prints the container PID of SERVICE once PM reports it running (waits up to 15 s while it starts); fails
# when it never does.
running_pid() {
  local pm=$1 pid=$2 service=$3 status="" found=""
  for _ in $(seq 30); do
    status=$(pm_status "$pm" "$pid" "$service" || true)
    case "$pm" in
      supervisord) found=$(echo "$status" | sed -n "s/^$service \+RUNNING \+pid \([0-9]*\),.*/\1/p") ;;
      sysvinit) found=$(echo "$status" | sed -n "s/^$service is running with Process ID(s) \([0-9]*\)\.\$/\1/p") ;;
      s6-rc) found=$(echo "$status" | sed -n 's/^up (pid \([0-9]*\)).*/\1/p') ;;
    esac
    [ -n "$found" ] && break
    sleep 0.5
  done
  echo "$service: $status" >&2
  [ -n "$found" ] && echo "$found"
}

# Checks that PM's output LOG shows FIRST stopped before SECOND.
stopped_before() {
  local pm=$1 log=$2 first=$3 second=$4 a b
  case "$pm" in
    supervisord) a="stopped: $first" b="stopped: $second" ;;
    sysvinit) a="Stopping $(stop_title "$first")" b="Stopping $(stop_title "$second")" ;;
    s6-rc) a="dydisnix: stopping $first" b="dydisnix: stopping $second" ;;
  esac
  local at_a at_b
  at_a=$(grep -n -m 1 -F "$a" "$log" | cut -d: -f1 || true)
  at_b=$(grep -n -m 1 -F "$b" "$log" | cut -d: -f1 || true)
  if [ -z "$at_a" ] || [ -z "$at_b" ]; then fail "$pm did not stop both $first and $second"; fi
  [ "$at_a" -lt "$at_b" ] || fail "$first was not stopped before $second"
}

# The description the example's sysvinit script prints when it stops PROCESS.
stop_title() {
  case "$1" in
    nginx) echo Nginx ;;
    webapp) echo "Simple web application" ;;
    *) echo "$1" ;;
  esac
}

# Sets the caller's (local) work to the given directory, or to a new temporary one that the EXIT trap
# removes; creates it.
prepare_work() {
  work=${1:-}
  if [ -z "$work" ]; then
    work=$(mktemp -d)
    TEMP_WORK=$work
  fi
  mkdir -p "$work"
}

check() {
  local image=$1 pm=$2 work
  [ -s "$image" ] || fail "no image $image"
  prepare_work "${3:-}"

  log "[$pm] skopeo inspect"
  timeout 120 skopeo inspect "oci-archive:$image" > "$work/inspect.json" || fail "skopeo inspect failed"
  grep -q '"Os": "linux"' "$work/inspect.json" || fail "skopeo inspect shows no linux image"

  log "[$pm] skopeo copy to a docker archive"
  rm -f "$work/docker.tar"
  timeout 300 skopeo copy --quiet "oci-archive:$image" "docker-archive:$work/docker.tar:multiprocess:test" \
    || fail "skopeo copy failed"

  start_container "$image" "$pm" "$work"
  local pid=$CONTAINER runner=$RUNNER

  local page=
  for _ in $(seq 60); do
    page=$(inside "$pid" curl --silent --fail --max-time 2 -H 'Host: webapp.local' http://127.0.0.1:8080 || true)
    [ -n "$page" ] && break
    sleep 0.5
  done
  echo "$page" | grep -q 'Simple test webapp listening on port: 5000' \
    || { cat "$work/output.log" >&2; fail "nginx did not serve the webapp page"; }
  log "[$pm] curl -H 'Host: webapp.local' http://127.0.0.1:8080: OK"

  local webapp_pid
  webapp_pid=$(running_pid "$pm" "$pid" webapp) || fail "$pm does not show webapp running"
  running_pid "$pm" "$pid" nginx > /dev/null || fail "$pm does not show nginx running"
  [ "$pm" != s6-rc ] || [ "$(inside "$pid" cat /proc/1/comm)" = s6-svscan ] || fail "PID 1 is not s6-svscan"
  local user
  user=$(inside "$pid" stat -c %U "/proc/$webapp_pid")
  [ "$user" = webapp ] || fail "webapp runs as '$user', not as webapp"
  log "[$pm] webapp (pid $webapp_pid in the container) runs as user webapp: OK"
  inside "$pid" /usr/lib/dydisnix/healthcheck > /dev/null || fail "the health check fails"
  log "[$pm] health check: OK"

  log "[$pm] TERM to PID 1"
  kill -TERM "$pid"
  for _ in $(seq 300); do
    [ -s "$work/status" ] && break
    sleep 0.1
  done
  [ -s "$work/status" ] || { kill -KILL "$pid" 2>/dev/null || true; fail "PID 1 did not stop within 30 s"; }
  wait "$runner" || true
  CONTAINER=
  local code
  code=$(cat "$work/status")
  cat "$work/output.log" >&2
  [ "$code" = 0 ] || fail "the container exited with status $code"
  stopped_before "$pm" "$work/output.log" nginx webapp
  log "[$pm] PID 1 stopped everything in reverse dependency order and exited 0: OK"
}

# Runs an image built from failing.json (one process fails at once) and expects PID 1 to stop everything and
# exit non-zero on its own.
expect_failure() {
  local image=$1 pm=$2 work
  prepare_work "${3:-}"
  start_container "$image" "$pm" "$work"
  for _ in $(seq 600); do
    [ -s "$work/status" ] && break
    sleep 0.1
  done
  cat "$work/output.log" >&2
  [ -s "$work/status" ] || fail "PID 1 did not exit within 60 s after a process failed for good"
  wait "$RUNNER" || true
  CONTAINER=
  local code
  code=$(cat "$work/status")
  [ "$code" != 0 ] || fail "the container exited 0 although a process failed"
  grep -q 'broken' "$work/output.log" || fail "the output does not name the failed process"
  log "[$pm] a failing process stopped the container with status $code: OK"
}

# Loads IMAGE (named multiprocess:test) and OTHER (same tag, another name) into a private podman store and
# runs IMAGE: both keep their names, the health check survives the load and passes, curl through nginx
# answers, and podman stop ends the container with status 0 within 3 s. Runs in a private mount
# namespace without the cgroup v1 "unified" mount (podman refuses hybrid cgroups), with podman's options
# that work on machines without systemd.
podman_check() {
  local image=$1 other=$2 pm=$3 work
  prepare_work "${4:-}"
  timeout 600 unshare --mount --propagation private "$0" podman-inner "$image" "$other" "$pm" "$work"
}

podman_inner() {
  local image=$1 other=$2 pm=$3 work=$4
  umount /sys/fs/cgroup/unified 2> /dev/null || true
  # podman refuses a run root longer than 50 characters: its store lives in a short private directory
  local store
  store=$(mktemp -d /tmp/dydisnix-podman.XXXXXX)
  PODMAN_STORE=$store
  local -a P=(podman --root "$store/root" --runroot "$store/run" --storage-driver vfs
    --cgroup-manager cgroupfs --events-backend none)
  log "[$pm] podman load"
  "${P[@]}" load -i "$image" | tee "$work/load.log" >&2
  grep -q 'Loaded image.*: localhost/multiprocess:test$' "$work/load.log" || fail "podman did not name the image multiprocess:test"
  "${P[@]}" load -i "$other" > /dev/null
  local names
  names=$("${P[@]}" images --format '{{.Repository}}:{{.Tag}}' | sort | tr '\n' ' ')
  [ "$names" = "localhost/multiprocess:test localhost/other:test " ] || fail "podman images shows: $names"
  log "[$pm] two images with the same tag keep their names: $names"
  "${P[@]}" image inspect --format '{{.HealthCheck}}' multiprocess:test | grep -q /usr/lib/dydisnix/healthcheck \
    || fail "podman lost the health check"

  log "[$pm] podman run"
  "${P[@]}" run -d --name multiprocess --cgroups=disabled --ulimit nofile=1024:1024 \
    --ulimit nproc=1024:1024 --network none multiprocess:test > /dev/null || fail "podman run failed"
  PODMAN_CONTAINER=multiprocess
  local page=
  for _ in $(seq 60); do
    page=$("${P[@]}" exec multiprocess curl --silent --fail --max-time 2 -H 'Host: webapp.local' \
      http://127.0.0.1:8080 2> /dev/null || true)
    [ -n "$page" ] && break
    sleep 0.5
  done
  echo "$page" | grep -q 'Simple test webapp listening on port: 5000' \
    || { "${P[@]}" logs multiprocess >&2; fail "nginx did not serve the webapp page under podman"; }
  log "[$pm] curl through nginx under podman: OK"
  local healthy=
  for _ in $(seq 20); do
    if "${P[@]}" healthcheck run multiprocess > /dev/null 2>&1; then healthy=1; break; fi
    sleep 0.5
  done
  [ -n "$healthy" ] || fail "podman healthcheck run fails"
  "${P[@]}" exec multiprocess ps -e > /dev/null || fail "ps does not run in the container"
  log "[$pm] podman healthcheck run: OK"
  local start end code
  start=$(date +%s%N)
  "${P[@]}" stop -t 10 multiprocess > /dev/null || fail "podman stop failed"
  end=$(date +%s%N)
  code=$("${P[@]}" inspect --format '{{.State.ExitCode}}' multiprocess)
  "${P[@]}" logs multiprocess >&2 || true
  [ "$code" = 0 ] || fail "the container exited with status $code after podman stop"
  [ $(((end - start) / 1000000)) -le 3000 ] || fail "podman stop took $(((end - start) / 1000000)) ms"
  log "[$pm] podman stop: exit 0 in $(((end - start) / 1000000)) ms: OK"
}

# Runs an image built from policy/oneshot.json: the one-shot exits 0, the container keeps running and is
# healthy; TERM then ends it with status 0.
expect_running() {
  local image=$1 pm=$2 work
  prepare_work "${3:-}"
  start_container "$image" "$pm" "$work"
  sleep 8
  [ ! -s "$work/status" ] || { cat "$work/output.log" >&2; fail "PID 1 exited although only a one-shot ended"; }
  inside "$CONTAINER" /usr/lib/dydisnix/healthcheck >&2 || fail "the health check fails after the one-shot ended"
  grep -q 'setup done' "$work/output.log" || fail "the one-shot did not run"
  log "[$pm] the one-shot exited 0 and the container stays up and healthy: OK"
  kill -TERM "$CONTAINER"
  for _ in $(seq 300); do
    [ -s "$work/status" ] && break
    sleep 0.1
  done
  wait "$RUNNER" || true
  CONTAINER=
  [ "$(cat "$work/status" 2> /dev/null)" = 0 ] || fail "the container did not exit 0 after TERM"
}

# Runs an image built from policy/crash-loop.json with --on-failure ignore: once the crashing process has
# failed, PID 1 keeps running and the health check fails naming it; TERM then ends the container with status 0.
expect_ignored() {
  local image=$1 pm=$2 work
  prepare_work "${3:-}"
  start_container "$image" "$pm" "$work"
  local report=
  # Failed for good: the health check fails, naming the process, on 5 checks in a row 1 s apart (a process that
  # still crashes and restarts passes some of them).
  local failing=0
  for _ in $(seq 90); do
    [ ! -s "$work/status" ] || { cat "$work/output.log" >&2; fail "PID 1 exited although the policy is ignore"; }
    if ! report=$(inside "$CONTAINER" /usr/lib/dydisnix/healthcheck 2>&1) && echo "$report" | grep -q broken; then
      failing=$((failing + 1))
      [ "$failing" -ge 5 ] && break
    else
      failing=0
    fi
    sleep 1
  done
  echo "$report" >&2
  [ "$failing" -ge 5 ] || fail "the health check never reported the failing process for good"
  [ ! -s "$work/status" ] || { cat "$work/output.log" >&2; fail "PID 1 exited although the policy is ignore"; }
  log "[$pm] a failing process is reported by the health check and the container stays up: OK"
  kill -TERM "$CONTAINER"
  for _ in $(seq 300); do
    [ -s "$work/status" ] && break
    sleep 0.1
  done
  wait "$RUNNER" || true
  CONTAINER=
  cat "$work/output.log" >&2
  [ "$(cat "$work/status" 2> /dev/null)" = 0 ] || fail "the container did not exit 0 after TERM"
}

case "${1:-}" in
  base) base ;;
  expect-ignored) shift; expect_ignored "$@" ;;
  expect-running) shift; expect_running "$@" ;;
  podman) shift; podman_check "$@" ;;
  podman-inner) shift; podman_inner "$@" ;;
  expect-failure) shift; expect_failure "$@" ;;
  check) shift; check "$@" ;;
  *) echo "usage: $0 base | check IMAGE.tar PM [WORKDIR] | podman IMAGE.tar OTHER.tar PM [WORKDIR]" \
       "| expect-failure IMAGE.tar PM [WORKDIR]" >&2
     exit 2 ;;
esac
