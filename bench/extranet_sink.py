#!/usr/bin/env python3
"""HTTP target for the extranet crash test: answers 200 to every POST and appends
'<Idempotency-Key> <公民身份号码>' to a log file, so the test can count deliveries per record."""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path = int(sys.argv[1]), sys.argv[2]
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
        with log_lock:
            log.write(f"{self.headers.get('Idempotency-Key')} {record.get('公民身份号码')}\n")
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
