#!/usr/bin/env python3
"""HTTP target for the extranet crash test: answers 200 to every POST and appends
'<Idempotency-Key> <公民身份号码> <path>' to a log file, so the test can count deliveries per record.

Usage: extranet_sink.py PORT LOG [CONTROL]

With CONTROL (a file, read at every request) the sink plays a failing target (fault 4): a file
holding "503" answers 503 to every POST (nothing logged); "slow S" answers after S seconds; no
file, or anything else, answers at once."""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path = int(sys.argv[1]), sys.argv[2]
control = sys.argv[3] if len(sys.argv) > 3 else None


def behaviour():
    try:
        with open(control, encoding="utf-8") as f:
            return f.read().split()
    except (TypeError, OSError):
        return []
log = open(log_path, "a", buffering=1, encoding="utf-8")
# The hub posts from several consumers at once; unguarded writes from handler threads lose lines.
log_lock = threading.Lock()


class Sink(BaseHTTPRequestHandler):
    # Keep-alive as the hub's HTTP client expects; with HTTP/1.0 the server closes connections the
    # client is about to reuse, and those posts fail ("header parser received no bytes") and are retried.
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        record = json.loads(body.decode("utf-8"))
        how = behaviour()
        if how[:1] == ["503"]:
            self.send_response(503)
            self.send_header("Retry-After", "5")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if how[:1] == ["slow"] and len(how) > 1:
            time.sleep(float(how[1]))
        with log_lock:
            log.write(f"{self.headers.get('Idempotency-Key')} {record.get('公民身份号码')} {self.path}\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The crash test kills the hub mid-request: a reset connection is expected, not worth a traceback.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


Server(("127.0.0.1", port), Sink).serve_forever()
