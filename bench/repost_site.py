#!/usr/bin/env python3
"""A local upstream site for bench/repost-crash-test.sh: one list page with N items, each linking
to its own detail page.

Usage: repost_site.py PORT N FIXTURE [LOG]

Every detail page is made from one recorded government detail page (FIXTURE, a file of
../shared/fixtures/upstream, e.g. province/shanxi_sxyw_detail_2019-09-18.html: a real page with
the standard ArticleTitle / PubDate / ContentSource meta tags and a TRS_Editor body). Per item the
title (meta tag, <title> and heading) gets the suffix "（第i条）" and the body gets one paragraph of
its own at the start, so every item has its own URL, title and text fingerprint: N distinct items.
The publish date stays the recorded one (2019), older than hub.repost.recheck-age, so the hub does
not re-fetch an item once it is in its ledger.

GET /list.html            the list page (<ul class="list"><li><a href=/detail/i.html>..</a> 2019-09-18</li>...)
GET /detail/<i>.html      item i (1..N)
GET /fail.html            500 (a source that keeps failing, so that the hub raises alerts)
Every request is appended to LOG (if given) as "<path>" ("<path> 500" for a failing answer).

For the soak and fault scripts, from the environment: SITE_GROW=K adds K new items every minute
(the list holds N + K * minutes since start) until the file SITE_STOP exists, which freezes the
list; SITE_DETAIL_DELAY=S answers every detail page after S seconds (a poll that lasts).
"""
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, N, FIXTURE = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
LOG = sys.argv[4] if len(sys.argv) > 4 else None
TEMPLATE = open(FIXTURE, encoding="utf-8").read()
TITLE = "山西品牌丝路行（南美站）正式启动"  # the recorded page's title, in its meta tag, <title> and heading
BODY_START = '<div class="TRS_Editor">'
if TITLE not in TEMPLATE or BODY_START not in TEMPLATE:
    sys.exit("fixture %s is not the expected page (title or TRS_Editor body not found)" % FIXTURE)
lock = threading.Lock()
GROW = int(os.environ.get("SITE_GROW", "0"))
STOP = os.environ.get("SITE_STOP")
DETAIL_DELAY = float(os.environ.get("SITE_DETAIL_DELAY", "0"))
STARTED = time.monotonic()
frozen = []


def stopped():
    return bool(STOP) and os.path.exists(STOP)


def count():
    """Items listed now: N, plus GROW per whole minute since start until SITE_STOP exists."""
    if frozen:
        return frozen[0]
    n = N + GROW * int((time.monotonic() - STARTED) // 60)
    if stopped():
        frozen.append(n)
    return n


def detail(i):
    page = TEMPLATE.replace(TITLE, "%s（第%d条）" % (TITLE, i))
    own = '<p>崩溃测试第%d条：本段文字只属于这一条信息（编号 %06d），用于区分各条信息。</p>' % (i, i)
    return page.replace(BODY_START, BODY_START + own, 1).encode("utf-8")


def list_page(n):
    rows = "\n".join('<li><a href="/detail/%d.html" title="%s（第%d条）">%s（第%d条）</a><span>2019-09-18</span></li>'
                     % (i, TITLE, i, TITLE, i) for i in range(1, n + 1))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>山西要闻</title></head><body>'
            '<ul class="list">\n%s\n</ul></body></html>' % rows).encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body, status = None, 404
        if self.path == "/list.html":
            body = list_page(count())
        elif self.path == "/fail.html":
            status = 500
        elif self.path.startswith("/detail/") and self.path.endswith(".html"):
            try:
                i = int(self.path[len("/detail/"):-len(".html")])
                if 1 <= i <= count():
                    body = detail(i)
                    time.sleep(DETAIL_DELAY)
            except ValueError:
                pass
        if LOG:
            with lock, open(LOG, "a") as log:
                log.write(self.path + (" 500" if status == 500 else "") + "\n")
        if body is None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
