#!/usr/bin/env python3
"""A local SMTP catcher for the fault and soak scripts: takes every mail and appends it to LOG as one
JSON line {"subject": ..., "body": ..., "to": [...]} (subject and body decoded).

Usage: smtp_catcher.py PORT LOG

Plain SMTP without TLS or login, as spring.mail talks to a relay on loopback. Killing the process
is the fault 3 outage (connections refused); starting it again on the same port ends it.
"""
import email
import email.policy
import json
import socketserver
import sys
import threading

PORT, LOG = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        try:
            self.converse()
        except (ConnectionResetError, BrokenPipeError):
            pass  # the hub killed or timed out mid-mail: it sends that mail again

    def converse(self):
        self.reply("220 127.0.0.1 fault-smtp")
        to = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 127.0.0.1")
            elif verb == "MAIL":
                to = []
                self.reply("250 OK")
            elif verb == "RCPT":
                to.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                data = bytearray()
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                message = email.message_from_bytes(bytes(data), policy=email.policy.default)
                part = message.get_body(preferencelist=("plain",))
                body = part.get_content() if part is not None else ""
                with lock, open(LOG, "a", encoding="utf-8") as log:
                    log.write(json.dumps({"subject": str(message["subject"]), "body": body, "to": to}, ensure_ascii=False) + "\n")
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


socketserver.ThreadingTCPServer.allow_reuse_address = True
socketserver.ThreadingTCPServer.daemon_threads = True
socketserver.ThreadingTCPServer(("127.0.0.1", PORT), Session).serve_forever()
