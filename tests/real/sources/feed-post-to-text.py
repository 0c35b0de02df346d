#!/usr/bin/env python3
"""A news-feed post (front matter + HTML) as plain text: its title line, its date line, one paragraph per line.

How the texts of the real sets taken from a public news-feed archive were made (their SOURCES.md name each post).
Usage: python3 feed-post-to-text.py POST.md OUT.txt
"""
import html, re, sys
from html.parser import HTMLParser

raw = open(sys.argv[1], encoding="utf-8").read()
m = re.match(r"\s*---\n(.*?)\n---\n", raw, re.S)
front, body = (m.group(1), raw[m.end():]) if m else ("", raw)
def field(name):
    f = re.search(r"^%s:\s*(.*)$" % name, front, re.M)
    if not f: return ""
    v = f.group(1).strip()
    # YAML single-quoted scalar: outer quotes off, '' inside is one quote
    return v[1:-1].replace("''", "'") if len(v) >= 2 and v[0] == v[-1] == "'" else v

class Text(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "blockquote"}
    SKIP = {"script", "style"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0; self.caption = 0
    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag in self.SKIP: self.skip += 1
        elif tag == "span" and "img_descr" in cls: self.caption += 1
        if tag in self.BLOCK: self.out.append("\n")
        if tag in ("td", "th"): self.out.append("\t")
    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip: self.skip -= 1
        if tag == "span" and self.caption: self.caption -= 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, data):
        if not self.skip and not self.caption: self.out.append(data)
    def handle_comment(self, data): pass

p = Text(); p.feed(body); p.close()
lines = [re.sub(r"[ \t\u3000\u00a0]+$", "", re.sub(r"^[ \t\u3000\u00a0]+", "", l)) for l in "".join(p.out).split("\n")]
lines = [l for l in lines if l.strip()]
out = [html.unescape(field("title")), field("date")] + lines
open(sys.argv[2], "w", encoding="utf-8", newline="").write("\n".join(out) + "\n")
