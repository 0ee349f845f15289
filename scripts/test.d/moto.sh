# moto: an AWS-compatible server (SQS, EventBridge) on 127.0.0.1 for VigilAWSTests and the EventBridge path's
# tests in VigilIngestTests, which read its URL from VIGIL_TEST_AWS_ENDPOINT.
pip_packages+=("moto[server]")
starters+=(start_moto)

start_moto() {
    local python=.venv/bin/python port log pid
    port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    log=$(mktemp -t vigil-moto.XXXXXX)
    "$python" scripts/moto_server.py -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
    pid=$!
    cleanup+=("kill $pid 2>/dev/null; rm -f '$log'")
    # Any HTTP answer (moto's dashboard, or an error page) means it is serving.
    for _ in $(seq 1 150); do
        if "$python" - "$port" <<'PY' 2>/dev/null; then
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/moto-api/", timeout=1)
except urllib.error.HTTPError:
    pass
PY
            export VIGIL_TEST_AWS_ENDPOINT="http://127.0.0.1:$port"
            echo "scripts/test: moto on $VIGIL_TEST_AWS_ENDPOINT"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "scripts/test: moto_server exited:" >&2
            cat "$log" >&2
            return 1
        fi
        sleep 0.2
    done
    echo "scripts/test: moto_server did not answer on 127.0.0.1:$port within 30 s" >&2
    cat "$log" >&2
    return 1
}
