#!/usr/bin/env python3
"""Generates the flexbox layout fixtures in Tests/InfografisLayoutTests/Fixtures from Chromium.

Every case in cases.py is a tree of nodes whose style keys are exactly the property names of
InfografisCore's `Style` (values: "auto", "12px", "50%", numbers, or the enums' CSS raw values).
The generator renders all cases into one HTML page (each case in its own canvas-sized grid cell,
so an `auto` root fills the canvas exactly as `computeLayout` does), runs headless Chromium once
with --dump-dom, reads back every element's getBoundingClientRect(), and writes one JSON fixture
per case: the input tree with each node's expected border box (absolute canvas pixels).

Usage: python3 tools/layout-fixtures/generate.py [--chromium PATH] [--only SUBSTRING] [--keep-html]
Generated fixtures are never edited by hand: change cases.py and regenerate.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(ROOT, "Tests", "InfografisLayoutTests", "Fixtures")
sys.path.insert(0, HERE)
import cases as case_module  # noqa: E402

# Style property -> CSS property, for the simple one-to-one properties.
SIMPLE = {
    "flexDirection": "flex-direction", "flexWrap": "flex-wrap", "justifyContent": "justify-content",
    "alignItems": "align-items", "alignSelf": "align-self", "alignContent": "align-content",
    "flexGrow": "flex-grow", "flexShrink": "flex-shrink", "flexBasis": "flex-basis",
    "width": "width", "height": "height", "minWidth": "min-width", "minHeight": "min-height",
    "maxWidth": "max-width", "maxHeight": "max-height", "aspectRatio": "aspect-ratio",
    "position": "position", "rowGap": "row-gap", "columnGap": "column-gap",
}
EDGES = ("top", "right", "bottom", "left")
EDGE_KEYS = ("padding", "margin", "border", "inset")
ALIGN_CSS = {"leading": "start", "center": "center", "trailing": "end",
             "top": "start", "bottom": "end"}


DIMENSIONS = {"flexBasis", "width", "height", "minWidth", "minHeight", "maxWidth", "maxHeight",
              "rowGap", "columnGap", "gap"}


def dimension(value):
    """A `Dimension` as a string: "auto", "12px" or "50%" (bare numbers are pixels)."""
    if isinstance(value, (int, float)):
        return f"{value}px"
    if value != "auto" and not re.fullmatch(r"-?[0-9.]+(px|%)", value):
        raise ValueError(f"not a dimension: {value!r}")
    return value


def edges(value):
    """Normalises an edge value (one value, or a CSS-order list of 1-4) to four values."""
    if not isinstance(value, (list, tuple)):
        value = [value]
    value = list(value)
    if len(value) == 1:
        value = value * 4
    elif len(value) == 2:
        value = [value[0], value[1], value[0], value[1]]
    elif len(value) == 3:
        value = [value[0], value[1], value[2], value[1]]
    return value


def normalise(node):
    """Returns the fixture form of a node: edges as four-value lists, kind-specific fields kept."""
    style = {}
    raw = dict(node.get("style", {}))
    sides = {side: raw.pop(side) for side in EDGES if side in raw}
    if sides:
        raw["inset"] = [sides.get(side, "auto") for side in EDGES]
    for key, value in raw.items():
        if key in EDGE_KEYS:
            value = edges(value)
        if key in DIMENSIONS:
            value = dimension(value)
        elif key in ("padding", "margin", "inset"):
            value = [dimension(v) for v in value]
        elif key == "border":
            value = [float(v) if isinstance(v, float) else int(v) for v in value]
        if key == "gap":
            style["rowGap"] = value
            style["columnGap"] = value
            continue
        style[key] = value
    out = {"kind": node["kind"]}
    for extra in ("alignment", "intrinsicSize", "viewBox", "clipsContent"):
        if extra in node:
            out[extra] = node[extra]
    out["style"] = style
    out["expected"] = None
    out["children"] = [normalise(child) for child in node.get("children", [])]
    return out


def css_value(key, value):
    if key in ("maxWidth", "maxHeight") and value == "auto":
        return "none"
    if key == "flexGrow" or key == "flexShrink" or key == "aspectRatio":
        return repr(float(value)).rstrip("0").rstrip(".")
    return str(value)


def css_for(node, parent_kind):
    style = node["style"]
    decls = []
    kind = node["kind"]
    if kind == "box":
        decls.append("display:flex")
    elif kind == "zstack":
        h, v = node["alignment"]["horizontal"], node["alignment"]["vertical"]
        decls += ["display:grid", "grid-template-columns:1fr", "grid-template-rows:1fr",
                  "justify-items:" + ALIGN_CSS[h], "align-items:" + ALIGN_CSS[v]]
    else:
        decls.append("display:block")
    if style.get("position", "relative") == "relative":
        decls.append("position:relative")  # `Style`'s default (CSS's is static)
    if parent_kind == "zstack" and style.get("position", "relative") != "absolute":
        decls.append("grid-area:1/1")
    if node.get("clipsContent"):
        decls.append("overflow:hidden")
    for key, value in style.items():
        if key in SIMPLE:
            decls.append(f"{SIMPLE[key]}:{css_value(key, value)}")
        elif key == "padding" or key == "margin":
            decls += [f"{key}-{side}:{v}" for side, v in zip(EDGES, value)]
        elif key == "border":
            decls += ["border-style:solid"] + [f"border-{side}-width:{v}px" for side, v in zip(EDGES, value)]
        elif key == "inset":
            decls += [f"{side}:{v}" for side, v in zip(EDGES, value)]
        else:
            raise ValueError(f"unknown style key {key}")
    return ";".join(decls)


def render(node, parent_kind, counter):
    index = counter[0]
    counter[0] += 1
    style = css_for(node, parent_kind)
    if node["kind"] in ("image", "path"):
        if node["kind"] == "image":
            size = node.get("intrinsicSize") or {"width": 0, "height": 0}
        else:
            size = node["viewBox"]
        w, h = size["width"], size["height"]
        return f'<canvas data-n="{index}" width="{w}" height="{h}" style="{style}"></canvas>'
    inner = "".join(render(child, node["kind"], counter) for child in node["children"])
    return f'<div data-n="{index}" style="{style}">{inner}</div>'


def page(all_cases):
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><style>",
             "*{box-sizing:border-box;margin:0;padding:0;border:0 solid black}",
             "html,body{margin:0}",
             ".canvas{position:absolute;left:0;top:0;display:grid}",
             "</style></head><body>"]
    for i, case in enumerate(all_cases):
        w, h = case["canvas"]
        counter = [0]
        markup = render(case["tree"], "canvas", counter)
        case["html"] = markup
        parts.append(f'<div class="canvas" id="case{i}" style="width:{w}px;height:{h}px;'
                     f'grid-template-columns:{w}px;grid-template-rows:{h}px">{markup}</div>')
    parts.append("""<pre id="out"></pre><script>
const result = [];
document.querySelectorAll('.canvas').forEach(c => {
  const origin = c.getBoundingClientRect();
  const rects = [];
  c.querySelectorAll('[data-n]').forEach(e => {
    const r = e.getBoundingClientRect();
    rects.push([r.x - origin.x, r.y - origin.y, r.width, r.height]);
  });
  result.push(rects);
});
document.getElementById('out').textContent = 'RESULT' + JSON.stringify(result) + 'END';
</script></body></html>""")
    return "".join(parts)


def attach(node, rects, counter):
    x, y, w, h = rects[counter[0]]
    counter[0] += 1
    node["expected"] = {"x": x, "y": y, "width": w, "height": h}
    for child in node["children"]:
        attach(child, rects, counter)


def chromium_version(binary):
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=60).stdout
        return out.strip().splitlines()[0] if out.strip() else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--only", help="only cases whose name contains this (other fixtures are kept)")
    parser.add_argument("--keep-html", action="store_true", help="also write the page to /tmp/layout-fixtures.html")
    args = parser.parse_args()

    raw = case_module.all_cases()
    names = [c["name"] for c in raw]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        sys.exit(f"duplicate case names: {sorted(duplicates)}")
    for case in raw:
        if not re.fullmatch(r"[a-z0-9_]+", case["name"]):
            sys.exit(f"case name must be snake_case: {case['name']}")
    selected = [c for c in raw if not args.only or args.only in c["name"]]
    for case in selected:
        case["tree"] = normalise(case["tree"])

    document = page(selected)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "fixtures.html")
        with open(path, "w") as f:
            f.write(document)
        if args.keep_html:
            with open("/tmp/layout-fixtures.html", "w") as f:
                f.write(document)
        proc = subprocess.run([args.chromium, "--headless", "--no-sandbox", "--disable-gpu",
                               "--user-data-dir=" + os.path.join(tmp, "profile"),
                               "--dump-dom", "file://" + path], capture_output=True, text=True, timeout=600)
    match = re.search(r"RESULT(.*?)END", proc.stdout, re.S)
    if not match:
        sys.exit("Chromium produced no result:\n" + proc.stderr[-2000:])
    results = json.loads(html.unescape(match.group(1)))
    if len(results) != len(selected):
        sys.exit(f"expected {len(selected)} results, got {len(results)}")

    os.makedirs(OUT_DIR, exist_ok=True)
    if not args.only:
        for name in os.listdir(OUT_DIR):
            if name.endswith(".json"):
                os.remove(os.path.join(OUT_DIR, name))
    version = chromium_version(args.chromium)
    for case, rects in zip(selected, results):
        counter = [0]
        attach(case["tree"], rects, counter)
        if counter[0] != len(rects):
            sys.exit(f"{case['name']}: {len(rects)} rects for {counter[0]} nodes")
        fixture = {
            "name": case["name"],
            "description": case["description"],
            "generator": f"tools/layout-fixtures/generate.py with {version}",
            "canvas": {"width": case["canvas"][0], "height": case["canvas"][1]},
            "html": case["html"],
            "root": case["tree"],
        }
        with open(os.path.join(OUT_DIR, case["name"] + ".json"), "w") as f:
            json.dump(fixture, f, indent=1, sort_keys=False)
            f.write("\n")
    print(f"wrote {len(selected)} fixtures to {os.path.relpath(OUT_DIR, ROOT)}")


if __name__ == "__main__":
    main()
