"""The end-to-end tests' static server: Python's http.server over a folder, as it would be
uploaded, with three test-only twists, each named by the request:

  ?csp=strict        the page comes with a strict Content-Security-Policy (no inline script or
                     style; WebAssembly allowed), the policy the widget promises to work under;
                     browsers report each violation to /__csp, and GET /__csp tells how many
  ?csp=nowasm        the same without 'wasm-unsafe-eval': WebAssembly is refused
  /broken/<file>     the folder again, but the .wasm is missing (404)
  /large-feed/<file> the same, and feed.json as a large archive's: 3 MB (padded with spaces)
  /slow/<file>       the folder again, the .wasm a second and a half late (and never cached)
  /articles-<how>/<file>
                     the folder again, its compiled articles (broadsheet-articles.bin) damaged:
                     `missing` (404), `cut` (the first half only), `changed` (one byte in the
                     middle changed) or `old` (format 3's header); never cached
  /text-<how>/<file> the same for the articles' text (broadsheet-articles-text.bin), `old`
                     being format 4's header; or `slow`, sent whole three seconds late
  /test/<file>       the test pages (tests/e2e/pages), beside the folder's files (also under
                     /slow/: /slow/test/<file>)
  /newest/<file>     the folder again, its compiled articles as a large archive's are, the
                     newest first as a corpus of their own (the file scripts/test packs into
                     target/newest/ with `--newest 5`): those sent at once, the rest three
                     seconds later; /newest-<how>/<file> the same with the rest damaged as
                     /articles-<how>/ damages the file (`cut`, `changed`, `old`)
  /br/<file>         the folder again, each file that has a brotli-compressed copy beside it
                     (<file>.br) sent as that, with Content-Encoding: br, to a browser that
                     accepts it: as a static host that compresses would send it

Every response allows any origin (Access-Control-Allow-Origin: *), as the README asks of a
server hosting the widget for other origins: a sandboxed iframe's page has an origin of its
own.

Usage: python3 server.py <folder>; prints the port it listens on.
"""

import functools
import http.server
import json
import os
import sys
import time
from urllib.parse import parse_qs, urlsplit

PAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages")
NEWEST = os.path.join(PAGES, "..", "..", "..", "target", "newest", "broadsheet-articles.bin")
REPORTS = []
FILES = {"articles": "broadsheet-articles.bin", "text": "broadsheet-articles-text.bin"}
DAMAGE = {
    "cut": lambda b: b[: len(b) // 2],
    "changed": lambda b: b[: len(b) // 2] + bytes([b[len(b) // 2] ^ 0x20]) + b[len(b) // 2 + 1 :],
    "old": lambda b: b[:3] + (b"3" if b[:3] == b"BSC" else b"4") + b[4:],
    "slow": lambda b: time.sleep(3) or b,
}

POLICIES = {
    "strict": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; report-uri /__csp",
    "nowasm": "default-src 'self'; script-src 'self'; style-src 'self'; report-uri /__csp",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/__csp":
            body = json.dumps({"reports": REPORTS}).encode()
            self.send(body, "application/json")
            return
        if url.path.startswith("/large-feed/") and url.path.endswith("/feed.json"):
            with open(os.path.join(self.directory, "feed.json"), "rb") as f:
                body = f.read() + b" " * 3_000_000
            self.send(body, "application/feed+json")
            return
        for prefix in ("/broken/", "/slow/", "/large-feed/"):
            if url.path.startswith(prefix):
                if url.path.endswith(".wasm"):
                    if prefix != "/slow/":
                        self.send_error(404, "missing on purpose")
                        return
                    time.sleep(1.5)
                    # Late every time: never from the browser's cache.
                    self.uncached = True
                self.path = self.path[len(prefix) - 1 :]
                url = urlsplit(self.path)
        which = url.path[1:].partition("-")[0]
        if which in FILES and url.path.startswith(f"/{which}-"):
            how, _, rest = url.path[len(which) + 2 :].partition("/")
            self.path = "/" + rest
            url = urlsplit(self.path)
            if rest.endswith(FILES[which]):
                if how not in DAMAGE:
                    self.send_error(404, "missing on purpose")
                    return
                with open(os.path.join(self.directory, FILES[which]), "rb") as f:
                    body = DAMAGE[how](f.read())
                self.send(body, "application/octet-stream", {"Cache-Control": "no-store"})
                return
        for how in ("", "cut", "changed", "old"):
            prefix = f"/newest-{how}/" if how else "/newest/"
            if url.path.startswith(prefix):
                self.path = self.path[len(prefix) - 1 :]
                url = urlsplit(self.path)
                if url.path.endswith("/" + FILES["articles"]):
                    self.send_in_two(DAMAGE.get(how, lambda b: b))
                    return
        if url.path.startswith("/br/"):
            self.path = self.path[len("/br") :]
            url = urlsplit(self.path)
            path = self.translate_path(url.path)
            if os.path.isdir(path):
                path = os.path.join(path, "index.html")
            accepted = "br" in self.headers.get("Accept-Encoding", "")
            if accepted and os.path.isfile(path + ".br"):
                with open(path + ".br", "rb") as f:
                    body = f.read()
                self.send(body, self.guess_type(path), {"Content-Encoding": "br"})
                return
        if url.path.startswith("/test/"):
            self.directory = PAGES
            self.path = self.path[len("/test") :]
        super().do_GET()

    def send(self, body, content_type, headers=None):
        """Answers 200 with `body`, of `content_type`, and any other `headers`."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_in_two(self, damage):
        """Sends the large archive's articles: the newest (the first part: 12 bytes of header
        and the length at byte 4) at once, the rest, `damage`d, three seconds later."""
        with open(NEWEST, "rb") as f:
            body = f.read()
        first = 12 + int.from_bytes(body[4:8], "little")
        rest = damage(body[first:])
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(first + len(rest)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body[:first])
        self.wfile.flush()
        time.sleep(3)
        self.wfile.write(rest)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        report = self.rfile.read(length).decode("utf-8", "replace")
        if urlsplit(self.path).path == "/__csp":
            REPORTS.append(report)
        self.send_response(204)
        self.end_headers()

    def end_headers(self):
        policy = POLICIES.get(parse_qs(urlsplit(self.path).query).get("csp", [""])[0])
        if policy:
            self.send_header("Content-Security-Policy", policy)
        self.send_header("Access-Control-Allow-Origin", "*")
        if getattr(self, "uncached", False):
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    handler = functools.partial(Handler, directory=sys.argv[1])
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        print(f"Serving on port {server.server_address[1]}", flush=True)
        server.serve_forever()
