#!/usr/bin/env bash
# Serves www/ (the page and the built WASM in www/pkg) on 127.0.0.1 only.
# python3's http.server sends .wasm as application/wasm, which streaming
# WebAssembly compilation needs. PORT (default 8080) picks the port.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${PORT:-8080}"

if [[ ! -f www/pkg/article_annotator_bg.wasm ]]; then
    echo "serve: www/pkg is not built; run scripts/build-wasm.sh (or make serve)" >&2
    exit 1
fi
if python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $PORT)) != 0)"; then
    echo "serve: port $PORT is already in use; stop what uses it, or run: make serve PORT=8081" >&2
    exit 1
fi
echo "serve: open http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
