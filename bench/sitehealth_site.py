#!/usr/bin/env python3
"""A generated local site for the site-health bench (docs/performance.md, "Site health").

Usage: sitehealth_site.py DIR PORT PAGES LINKS_PER_PAGE
Writes DIR/p/<n>.html for n < PAGES, each with LINKS_PER_PAGE links: mostly to other pages, one in
fifty to a page that does not exist (404), one in a hundred to /soft/<n>.html (a soft 404 the server
answers 200), and a dated list so that freshness can be read; DIR/index.html links to the first pages.
Then serves DIR on 127.0.0.1:PORT with a threaded server (also /soft/*, answered 200 "页面不存在").
"""
import http.server
import os
import random
import sys

root, port, pages, per_page = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
random.seed(13)
os.makedirs(os.path.join(root, "p"), exist_ok=True)
for n in range(pages):
    links = []
    for k in range(per_page):
        r = random.random()
        if r < 0.02:
            links.append(f'<a href="/missing/{n}-{k}.html">旧文章</a>')
        elif r < 0.03:
            links.append(f'<a href="/soft/{n}-{k}.html">已删除</a>')
        else:
            links.append(f'<a href="/p/{random.randrange(pages)}.html">文章{k}</a>')
    body = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>第{n}页_雁峰区人民政府</title></head><body>'
            f'<h1>第{n}页</h1><p>第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长的说明。</p>'
            f'<ul><li><a href="/p/{(n + 1) % pages}.html">下一篇</a><span>2018-03-{1 + n % 28:02d}</span></li></ul>'
            + " ".join(links) + "</body></html>")
    with open(os.path.join(root, "p", f"{n}.html"), "w", encoding="utf-8") as f:
        f.write(body)
with open(os.path.join(root, "index.html"), "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>首页</title></head><body>'
            + "".join(f'<li><a href="/p/{n}.html">文章</a><span>2018-03-30</span></li>' for n in range(min(pages, 50)))
            + "</body></html>")


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=root, **kwargs)

    def log_message(self, *args):
        pass

    def end_headers(self):
        # LinkChecker asks more than 10 requests a second of one host only of a server that says so
        self.send_header("LinkChecker", "bench")
        super().end_headers()

    def send_soft(self, head):
        body = "<html><head><title>页面不存在</title></head><body>对不起，页面不存在</body></html>".encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/soft/"):
            return self.send_soft(False)
        return super().do_GET()

    def do_HEAD(self):
        if self.path.startswith("/soft/"):
            return self.send_soft(True)
        return super().do_HEAD()


http.server.ThreadingHTTPServer.daemon_threads = True
http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
