#!/usr/bin/env python3
"""Bare HTTP client for the extranet benchmark: POSTs every record of the batch files, one by one,
to the sink over one keep-alive connection (as the hub's HttpClient does), and prints records per
second; with --new-connection it opens a connection per POST (the slower, earlier reference)."""
import glob
import http.client
import json
import sys
import time

port, records_dir = int(sys.argv[1]), sys.argv[2]
new_connection = "--new-connection" in sys.argv[3:]
bodies = [json.dumps(r, ensure_ascii=False).encode("utf-8")
          for f in sorted(glob.glob(records_dir + "/batch-*.json")) for r in json.load(open(f, encoding="utf-8"))]
start = time.monotonic()
connection = http.client.HTTPConnection("127.0.0.1", port)
for body in bodies:
    if new_connection:
        connection.close()
        connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("POST", "/bare", body, {"Content-Type": "application/json; charset=UTF-8", "Idempotency-Key": "bare"})
    connection.getresponse().read()
connection.close()
print("%.0f" % (len(bodies) / (time.monotonic() - start)))
