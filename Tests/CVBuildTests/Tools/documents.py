#!/usr/bin/env python3
"""Does a Word, Markdown or text file cvbuild made hold the résumé, read as its readers read it?

usage: documents.py docx|md|text PROFILE.yaml FILE

Reads PROFILE with PyYAML, independently of cvbuild, for what a reader must find: the name,
every employer and position, and every highlight. Then reads FILE with the reader's own parser:
  docx  python-docx: the name in a Title paragraph, sections as Heading 1, each job's position and
        employer in a Heading 2, every highlight a List Bullet paragraph (numbered as a list), and
        the profile's links as hyperlink relationships.
  md    markdown-it-py: the name as the one h1, sections as h2, every highlight a list item.
  text  the plain text (a .txt, or pdftotext of a PDF): every name, position and highlight.
  lo    the same for LibreOffice's PDF, hyphens aside: Open Sans maps "-" and the soft hyphen to one
        glyph, LibreOffice's PDF says it is the soft hyphen, and pdftotext then drops it
        ("record-keeping" reads "recordkeeping"), though the DOCX holds a plain hyphen.
Prints a JSON summary; lists what is missing and exits 1 when anything is.
"""
import json
import sys

import yaml


def norm(text):
    return " ".join(str(text).split())


def expected(profile):
    data = yaml.safe_load(open(profile, encoding="utf-8"))
    jobs = [(w.get("position"), w.get("name")) for w in data.get("work", [])]
    bullets = [h for w in data.get("work", []) for h in w.get("highlights", [])]
    bullets += [h for p in data.get("projects", []) for h in p.get("highlights", [])]
    links = [p["url"] for p in data.get("basics", {}).get("profiles", []) if p.get("url")]
    return data["basics"]["name"], jobs, [norm(b) for b in bullets], links


def check_docx(path, name, jobs, bullets, links):
    import docx
    document = docx.Document(path)
    paragraphs = [(p.style.name, norm(p.text), p) for p in document.paragraphs]
    missing = []
    if not any(style == "Title" and text == name for style, text, _ in paragraphs):
        missing.append(f"Title paragraph {name!r}")
    headings = [text for style, text, _ in paragraphs if style == "Heading 1"]
    entries = [text for style, text, _ in paragraphs if style == "Heading 2"]
    items = [(text, p) for style, text, p in paragraphs if style == "List Bullet"]
    for position, employer in jobs:
        if not any(position in e and employer in e for e in entries):
            missing.append(f"Heading 2 with {position!r} and {employer!r}")
    texts = [t for t, _ in items]
    missing += [f"List Bullet {b[:60]!r}" for b in bullets if b not in texts]
    # A list item is a list only if its style numbers it: the style's numPr or the paragraph's own.
    numbering = document.styles["List Bullet"].element.pPr.numPr
    if numbering is None:
        missing.append("numbering on the List Bullet style")
    targets = [r.target_ref for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")]
    missing += [f"hyperlink {l}" for l in links if l not in targets]
    return {"title": name, "headings": headings, "entries": len(entries), "bullets": len(items),
            "hyperlinks": len(targets), "core_title": document.core_properties.title}, missing


def check_md(path, name, jobs, bullets, links):
    from markdown_it import MarkdownIt
    tokens = MarkdownIt("commonmark").parse(open(path, encoding="utf-8").read())
    headings = {"h1": [], "h2": [], "h3": []}
    items = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            headings[token.tag].append(norm(tokens[i + 1].content))
        if token.type == "list_item_open":
            # The item's inline text, with the Markdown escapes undone by the parser's own children.
            inline = next(t for t in tokens[i:] if t.type == "inline")
            items.append(norm("".join(c.content for c in inline.children if c.type in ("text", "code_inline"))))
    missing = []
    if headings["h1"] != [name]:
        missing.append(f"one h1 {name!r}, found {headings['h1']}")
    for position, employer in jobs:
        if not any(position in h and employer in h for h in headings["h3"]):
            missing.append(f"h3 with {position!r} and {employer!r}")
    missing += [f"list item {b[:60]!r}" for b in bullets if b not in items]
    return {"h1": headings["h1"], "h2": headings["h2"], "h3": len(headings["h3"]), "items": len(items)}, missing


def check_text(path, name, jobs, bullets, links, hyphens=True):
    text = norm(open(path, encoding="utf-8").read())
    wanted = [name] + [p for p, _ in jobs] + [e for _, e in jobs] + bullets
    if not hyphens:
        text, wanted = text.replace("-", ""), [w.replace("-", "") for w in wanted]
    return {"characters": len(text), "checked": len(wanted)}, [f"{w[:60]!r}" for w in wanted if w not in text]


def main():
    mode, profile, path = sys.argv[1:4]
    summary, missing = {"docx": check_docx, "md": check_md, "text": check_text,
               "lo": lambda *a: check_text(*a, hyphens=False)}[mode](path, *expected(profile))
    print(json.dumps(summary, ensure_ascii=False))
    for m in missing:
        print("missing:", m)
    sys.exit(1 if missing else 0)


main()
