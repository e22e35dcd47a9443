#!/usr/bin/env python3
"""HTTP target for the extranet crash test: answers 200 to every POST and appends
'<Idempotency-Key> <公民身份号码>' to a log file, so the test can count deliveries per record."""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path = int(sys.argv[1]), sys.argv[2]
log = open(log_path, "a", buffering=1, encoding="utf-8")


class Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        record = json.loads(body.decode("utf-8"))
        log.write(f"{self.headers.get('Idempotency-Key')} {record.get('公民身份号码')}\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Sink).serve_forever()
