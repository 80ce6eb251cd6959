#!/usr/bin/env bash
# Builds the binaries for the end-to-end tests against a real API server:
#   kube-apiserver, kube-controller-manager, kubectl (k8s.io/kubernetes v1.37.2, test/cluster/k8s)
#   etcd (go.etcd.io/etcd/server/v3 v3.7.3, test/cluster/etcd)
# from the Go module proxy, into a cache directory outside the clone:
#   ${VIRTOPS_CACHE:-$HOME/.cache/virtops}/cluster/<key>/bin
# where <key> hashes both modules' go.mod/go.sum, etcd's main.go, this script, the Go version
# and GOOS/GOARCH (so editing this file, even a comment, means a rebuild). When that directory is
# complete the build is skipped (0.05 s). Measured on 2 shared cores: about 19 minutes with a cold Go
# build cache (kube-apiserver 12 min, kube-controller-manager 5, kubectl 1, etcd 1), about 45 s with a
# warm one (~/.cache/go-build, 4 GB; module cache 1.1 GB).
#
# The last line printed on stdout is the bin directory; everything else goes to stderr.
# Concurrent runs are serialised with flock; the result is published with an atomic rename,
# so a reader never sees a half-built bin directory.
#
# Usage: build.sh                build if needed; print the bin directory
#        build.sh --cached-only  print the bin directory if it is built, else exit 3 (never builds)
#
# Environment: VIRTOPS_CACHE (cache root), GOFLAGS (default adds -p=2: the machine is shared).
set -euo pipefail

# Everything is in a function so that bash parses the whole file before running it (editing the
# script while it runs cannot then break a running build).
main() {
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  k8s_version=v1.37.2
  binaries=(kube-apiserver kube-controller-manager kubectl etcd)

  log() { printf '[cluster build] %s\n' "$*" >&2; }

  command -v go >/dev/null || { log "go is not installed"; exit 1; }

  export GOTOOLCHAIN=local CGO_ENABLED=0
  case " ${GOFLAGS:-} " in
    *" -p="*) ;;
    *) export GOFLAGS="${GOFLAGS:+$GOFLAGS }-p=2" ;;
  esac

  go_version="$(go env GOVERSION) $(go env GOOS)/$(go env GOARCH)"
  key="$(
    {
      printf '%s\n' "$go_version"
      for f in k8s/go.mod k8s/go.sum etcd/go.mod etcd/go.sum etcd/main.go build.sh; do
        printf '== %s\n' "$f"
        cat "$here/$f"
      done
    } | sha256sum | cut -c1-16
  )"

  cache_root="${VIRTOPS_CACHE:-$HOME/.cache/virtops}/cluster"
  dest="$cache_root/$key"

  complete() {
    [[ -f "$dest/.complete" ]] || return 1
    local b
    for b in "${binaries[@]}"; do [[ -x "$dest/bin/$b" ]] || return 1; done
  }

  if complete; then
    log "cached: $dest/bin"
    printf '%s\n' "$dest/bin"
    exit 0
  fi
  if [[ "${1:-}" == --cached-only ]]; then
    log "not built yet: $dest (run test/cluster/build.sh)"
    exit 3
  fi

  mkdir -p "$cache_root"
  exec 9>"$cache_root/$key.lock"
  if ! flock -n 9; then
    log "another build of $key is running; waiting for it (up to 60 min)"
    flock -w 3600 9 || { log "timed out waiting for $cache_root/$key.lock"; exit 1; }
  fi

  if complete; then
    log "cached (built by another run): $dest/bin"
    printf '%s\n' "$dest/bin"
    exit 0
  fi

  tmp="$cache_root/.$key.tmp.$$"
  rm -rf "$cache_root/.$key.tmp."* "$dest"  # leftovers of an interrupted run (we hold the lock)
  mkdir -p "$tmp/bin"
  trap 'rm -rf "$tmp"' EXIT

  ldflags="-s -w"
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags+=" -X $pkg.gitVersion=$k8s_version -X $pkg.gitMajor=1 -X $pkg.gitMinor=37"
    ldflags+=" -X $pkg.gitTreeState=clean"
  done

  log "building into $dest (go: $go_version, GOFLAGS=$GOFLAGS)"
  total_start=$SECONDS

  step() {
    local name="$1" dir="$2" pkg="$3" start=$SECONDS
    log "go build $name ..."
    (cd "$here/$dir" && go build -trimpath -buildvcs=false -ldflags "$ldflags" -o "$tmp/bin/$name" "$pkg")
    log "$name: $((SECONDS - start)) s, $(du -h "$tmp/bin/$name" | cut -f1)"
  }

  # kube-apiserver first: it is the long one and warms the build cache for the other two.
  step kube-apiserver k8s k8s.io/kubernetes/cmd/kube-apiserver
  step kubectl k8s k8s.io/kubernetes/cmd/kubectl
  step kube-controller-manager k8s k8s.io/kubernetes/cmd/kube-controller-manager
  step etcd etcd .

  "$tmp/bin/kube-apiserver" --version >&2
  "$tmp/bin/etcd" --version >&2

  printf 'go: %s\nkey: %s\nbuilt: %s\nseconds: %s\n' "$go_version" "$key" "$(date -u +%FT%TZ)" \
    "$((SECONDS - total_start))" >"$tmp/.complete"
  mv -T "$tmp" "$dest"
  trap - EXIT
  log "done in $((SECONDS - total_start)) s: $dest/bin"

  # Keep only the two newest builds: each is about 310 MB.
  find "$cache_root" -mindepth 1 -maxdepth 1 -type d -not -name '.*' -printf '%T@ %p\n' \
    | sort -rn | tail -n +3 | cut -d' ' -f2- \
    | while read -r old; do log "removing old build $old"; rm -rf "$old" "$old.lock"; done

  printf '%s\n' "$dest/bin"
}

main "$@"
