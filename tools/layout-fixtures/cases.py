"""Layout fixture cases. Style keys are `Style` property names; see generate.py.

Each case is laid out in a canvas (default 400x300); an `auto` root size fills the canvas.
"""

CASES = []

JUSTIFY = ["flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly"]
ALIGN_ITEMS = ["flex-start", "flex-end", "center", "stretch", "baseline"]
ALIGN_CONTENT = ["flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly", "stretch"]
DIRECTIONS = ["row", "row-reverse", "column", "column-reverse"]


def box(*children, **style):
    return {"kind": "box", "style": style, "children": list(children)}


def zstack(horizontal, vertical, *children, **style):
    return {"kind": "zstack", "alignment": {"horizontal": horizontal, "vertical": vertical},
            "style": style, "children": list(children)}


def image(natural_width, natural_height, **style):
    size = None if natural_width is None else {"width": natural_width, "height": natural_height}
    return {"kind": "image", "intrinsicSize": size, "style": style, "children": []}


def path(box_width, box_height, **style):
    return {"kind": "path", "viewBox": {"x": 0, "y": 0, "width": box_width, "height": box_height},
            "style": style, "children": []}


def clip(node):
    node["clipsContent"] = True
    return node


def px(v):
    return f"{v}px"


def pct(v):
    return f"{v}%"


def case(name, description, tree, canvas=(400, 300)):
    CASES.append({"name": name, "description": description, "tree": tree, "canvas": canvas})


def fixed(w, h, **style):
    return box(width=px(w), height=px(h), **style)


def slug(value):
    return value.replace("-", "_")


# MARK: - Direction and basic sizing

for d in DIRECTIONS:
    case(f"direction_{slug(d)}", f"flex-direction: {d} with three fixed items",
         box(fixed(50, 40), fixed(60, 30), fixed(70, 20), flexDirection=d))
    case(f"direction_{slug(d)}_padding_border", f"flex-direction: {d} inside padding and border",
         box(fixed(50, 40), fixed(60, 30), flexDirection=d, padding=[px(10), px(20), px(30), px(40)],
             border=[1, 2, 3, 4]))

case("root_fills_canvas", "an auto root fills the canvas", box())
case("root_fixed_size", "a fixed-size root", box(width="200px", height="100px"))
case("root_percent_size", "root percentages refer to the canvas", box(width="50%", height="25%"))
case("root_margin_fill", "an auto root fills the canvas minus its margins", box(margin=[px(10), px(20), px(30), px(40)]))
case("root_margin_auto_centers", "auto margins centre a fixed root", box(width="100px", height="50px", margin="auto"))
case("root_min_max", "root min/max clamp the filled size", box(maxWidth="150px", minHeight="350px"))
case("empty_children_row", "empty items collapse to zero main size and stretch in cross",
     box(box(), box(), box(width="30px")))

# MARK: - justify-content

for d in DIRECTIONS:
    for j in JUSTIFY:
        case(f"justify_{slug(j)}_{slug(d)}", f"justify-content: {j} in {d}",
             box(fixed(50, 40), fixed(60, 30), fixed(70, 20), flexDirection=d, justifyContent=j))

for j in JUSTIFY:
    case(f"justify_{slug(j)}_single_item", f"justify-content: {j} with one item",
         box(fixed(50, 40), justifyContent=j))
    case(f"justify_{slug(j)}_overflow", f"justify-content: {j} with negative free space and no shrinking",
         box(fixed(250, 40, flexShrink=0), fixed(250, 40, flexShrink=0), justifyContent=j))
    case(f"justify_{slug(j)}_gap", f"justify-content: {j} with column-gap",
         box(fixed(50, 40), fixed(60, 30), fixed(70, 20), justifyContent=j, columnGap="15px"))

# MARK: - align-items / align-self

for d in ["row", "column"]:
    for a in ALIGN_ITEMS:
        case(f"align_items_{slug(a)}_{d}", f"align-items: {a} in {d}",
             box(fixed(50, 40), box(width="60px"), box(height="30px"), box(), flexDirection=d, alignItems=a))

for a in ALIGN_ITEMS:
    case(f"align_self_{slug(a)}", f"align-self: {a} overrides align-items: center",
         box(fixed(50, 40), box(width="60px", alignSelf=a), fixed(40, 80), alignItems="center"))

case("align_items_baseline_margins", "baseline alignment with top margins (synthesised baselines)",
     box(fixed(50, 40, margin=[px(10), 0, 0, 0]), fixed(40, 70), fixed(30, 20, margin=[px(25), 0, 0, 0]),
         alignItems="baseline"))
case("align_items_baseline_nested", "baseline of a nested container comes from its first item",
     box(box(fixed(30, 30), fixed(30, 60), flexDirection="column", width="40px"), fixed(40, 50), alignItems="baseline"))
case("align_items_baseline_wrap", "baseline alignment within each wrapped line",
     box(fixed(150, 40), fixed(150, 70), fixed(150, 20), fixed(150, 50), alignItems="baseline", flexWrap="wrap",
         alignContent="flex-start"))
case("align_items_stretch_max_height", "stretched items respect max-height",
     box(box(width="50px", maxHeight="100px"), box(width="50px", minHeight="400px"), alignItems="stretch"))
case("align_items_center_overflow", "centred items larger than the line overflow both sides",
     box(fixed(50, 400), fixed(50, 100), alignItems="center", height="200px"))
case("align_items_flex_end_column_width", "flex-end in a column aligns auto-width items by their content width",
     box(box(fixed(80, 20)), box(fixed(40, 20), padding="5px"), flexDirection="column", alignItems="flex-end"))

# MARK: - flex-grow

case("grow_equal", "flex-grow: 1 on three items", box(box(flexGrow=1), box(flexGrow=1), box(flexGrow=1)))
case("grow_weighted", "flex-grow 1:2:3", box(box(flexGrow=1), box(flexGrow=2), box(flexGrow=3)))
case("grow_with_basis", "flex-grow with different widths",
     box(box(width="50px", flexGrow=1), box(width="100px", flexGrow=1), box(width="10px")))
case("grow_fractional_sum", "grow factors summing below one take only part of the free space",
     box(box(width="50px", flexGrow=0.2), box(width="50px", flexGrow=0.3)))
case("grow_max_width", "a max-width freezes one growing item and the rest share the remainder",
     box(box(flexGrow=1, maxWidth="50px"), box(flexGrow=1), box(flexGrow=2)))
case("grow_min_width", "a min-width larger than the grown size",
     box(box(flexGrow=1, minWidth="300px"), box(flexGrow=1), box(flexGrow=1)))
case("grow_column", "flex-grow in a column", box(box(flexGrow=1), box(height="50px"), box(flexGrow=3), flexDirection="column"))
case("grow_column_auto_height", "flex-grow does nothing in an auto-height column",
     box(box(box(flexGrow=1, height="20px"), box(height="30px"), flexDirection="column", width="100px"), alignItems="flex-start"))
case("grow_gap", "flex-grow with gaps", box(box(flexGrow=1), box(flexGrow=1), box(flexGrow=1), gap="20px"))
case("grow_padding_items", "flex-grow on items with padding (border-box)",
     box(box(flexGrow=1, padding=[0, px(30), 0, px(30)]), box(flexGrow=1, padding=[0, px(5)])))
case("grow_nested_percent", "percent widths inside a grown item resolve against its flexed size",
     box(box(box(width="50%", height="20px"), flexGrow=1), box(width="100px")))

# MARK: - flex-shrink

case("shrink_default", "items shrink in proportion to their size",
     box(fixed(200, 30), fixed(300, 30), fixed(100, 30)))
case("shrink_weighted", "flex-shrink scaled by base size",
     box(box(width="200px", flexShrink=2), box(width="300px", flexShrink=1), box(width="100px", flexShrink=0)))
case("shrink_zero", "flex-shrink: 0 overflows", box(box(width="300px", flexShrink=0), box(width="300px", flexShrink=0)))
case("shrink_min_width", "min-width stops shrinking and others absorb the rest",
     box(box(width="300px", minWidth="250px"), box(width="300px")))
case("shrink_fractional_sum", "shrink factors summing below one leave part of the overflow",
     box(box(width="300px", flexShrink=0.2), box(width="300px", flexShrink=0.2)))
case("shrink_padding", "scaled shrink factor uses the content-box base size",
     box(box(width="300px", padding=[0, px(50)]), box(width="300px")))
case("shrink_column", "shrinking in a column", box(box(height="200px"), box(height="200px", flexShrink=3), flexDirection="column"))
case("shrink_border_floor", "items do not shrink below their padding and border",
     box(box(width="300px", padding=[0, px(100)], minWidth="0px"), box(width="300px", border=[0, 20, 0, 20], minWidth="0px"), width="100px"))
case("shrink_auto_min_content", "min-width: auto keeps an item at its content's min-content width",
     box(box(fixed(250, 20, flexShrink=0)), box(width="300px"), width="300px"))
case("shrink_auto_min_overflow_hidden", "overflow: hidden (clipsContent) drops the automatic minimum",
     box(clip(box(fixed(250, 20, flexShrink=0))), box(width="300px"), width="300px"))
case("shrink_auto_min_specified_smaller", "the specified width wins when smaller than the content",
     box(box(fixed(250, 20, flexShrink=0), width="100px"), box(width="300px"), width="300px"))
case("shrink_auto_min_column", "in a column the automatic minimum height is the content height",
     box(box(fixed(20, 120)), box(height="250px"), flexDirection="column", height="200px"))
case("shrink_auto_min_max_width", "the content-based minimum is clamped by max-width",
     box(box(fixed(250, 20, flexShrink=0), maxWidth="150px"), box(width="300px"), width="300px"))

# MARK: - flex-basis

for basis in ["0px", "100px", "50%", "auto", "0%"]:
    case(f"basis_{basis.replace('%', 'pct')}", f"flex-basis: {basis} with flex-grow",
         box(box(flexBasis=basis, flexGrow=1, width="80px"), box(flexBasis=basis, flexGrow=2)))
case("basis_overrides_width", "flex-basis takes precedence over width", box(box(flexBasis="120px", width="50px"), box(width="50px")))
case("basis_clamped_by_max", "a large flex-basis is clamped by max-width", box(box(flexBasis="300px", maxWidth="100px"), box(flexGrow=1)))
case("basis_column_percent", "percent flex-basis in a column", box(box(flexBasis="30%"), box(flexBasis="20%"), flexDirection="column"))
case("basis_percent_indefinite", "percent flex-basis in an auto-height column behaves as content",
     box(box(box(fixed(40, 30), flexBasis="50%"), box(height="20px"), flexDirection="column", width="100px"), alignItems="flex-start"))
case("basis_content_nested", "flex-basis: auto sizes a nested row from its content",
     box(box(fixed(70, 20), fixed(30, 20)), box(flexGrow=1)))
case("flex_shorthand_equal", "flex: 1 1 0 gives equal widths regardless of content",
     box(box(fixed(100, 20), flexGrow=1, flexBasis="0px"), box(flexGrow=1, flexBasis="0px")))

# MARK: - Wrapping and align-content

for wrap in ["wrap", "wrap-reverse"]:
    for ac in ALIGN_CONTENT:
        case(f"{slug(wrap)}_align_content_{slug(ac)}", f"flex-wrap: {wrap} with align-content: {ac}",
             box(*[fixed(120, 40 + 10 * (i % 3)) for i in range(7)], flexWrap=wrap, alignContent=ac))
    case(f"{slug(wrap)}_column", f"flex-wrap: {wrap} in a fixed-height column",
         box(*[fixed(50 + 10 * i, 80) for i in range(7)], flexWrap=wrap, flexDirection="column"))
    case(f"{slug(wrap)}_align_items", f"flex-wrap: {wrap} with align-items: flex-end",
         box(*[fixed(120, 40 + 10 * (i % 3)) for i in range(5)], box(width="100px"),
             flexWrap=wrap, alignItems="flex-end", alignContent="flex-start"))

case("wrap_gap", "wrapping with row and column gaps", box(*[fixed(110, 40) for _ in range(7)], flexWrap="wrap", rowGap="10px", columnGap="25px", alignContent="flex-start"))
case("wrap_grow", "flex-grow applies per line", box(*[box(width="150px", height="30px", flexGrow=1) for _ in range(5)], flexWrap="wrap", alignContent="flex-start"))
case("wrap_auto_height", "a wrapping row with auto height sums its lines",
     box(box(*[fixed(100, 30) for _ in range(5)], flexWrap="wrap", width="250px"), alignItems="flex-start"))
case("wrap_stretch_items", "auto-height items stretch to their line",
     box(fixed(150, 60), box(width="150px"), box(width="150px"), fixed(150, 20), flexWrap="wrap"))
case("wrap_column_reverse", "column-reverse wrapping", box(*[fixed(60, 90) for _ in range(5)], flexWrap="wrap", flexDirection="column-reverse", alignContent="flex-start"))
case("wrap_row_reverse_justify", "row-reverse wrapping with justify-content: center",
     box(*[fixed(120, 30) for _ in range(5)], flexWrap="wrap", flexDirection="row-reverse", justifyContent="center", alignContent="center"))
case("wrap_single_line_align_content", "align-content applies to a single line when wrapping is on",
     box(fixed(50, 30), fixed(50, 40), flexWrap="wrap", alignContent="center"))
case("nowrap_ignores_align_content", "align-content is ignored without wrapping",
     box(fixed(50, 30), fixed(50, 40), alignContent="center"))
case("wrap_align_content_overflow", "align-content with lines taller than the container",
     box(*[fixed(150, 120) for _ in range(6)], flexWrap="wrap", alignContent="center", height="200px"))
case("wrap_max_width_container", "a wrapping row in a column wraps at its max-width",
     box(box(*[fixed(80, 30) for _ in range(5)], flexWrap="wrap", maxWidth="200px"), flexDirection="column"))
case("wrap_min_height_stretch", "lines stretch to the container's min-height",
     box(box(fixed(150, 30), fixed(150, 30), fixed(150, 30), flexWrap="wrap", width="320px", minHeight="200px"), alignItems="flex-start"))

# MARK: - Gaps

case("gap_row", "column-gap in a row", box(fixed(50, 50), fixed(50, 50), fixed(50, 50), columnGap="30px"))
case("gap_column", "row-gap in a column", box(fixed(50, 50), fixed(50, 50), fixed(50, 50), flexDirection="column", rowGap="30px"))
case("gap_percent_row", "percentage column-gap of the container width", box(fixed(50, 50), fixed(50, 50), fixed(50, 50), columnGap="10%"))
case("gap_percent_column", "percentage row-gap of the container height", box(fixed(50, 50), fixed(50, 50), flexDirection="column", rowGap="10%"))
case("gap_with_auto_size", "gaps count in an auto-width container",
     box(box(fixed(50, 20), fixed(50, 20), fixed(50, 20), columnGap="12px"), flexDirection="column", alignItems="flex-start"))
case("gap_reverse", "gaps in row-reverse", box(fixed(50, 50), fixed(60, 50), flexDirection="row-reverse", columnGap="40px"))
case("gap_space_between", "gaps add to space-between", box(fixed(50, 50), fixed(50, 50), fixed(50, 50), columnGap="20px", justifyContent="space-between"))
case("gap_only_rows_in_wrap", "row-gap only between wrapped lines",
     box(*[fixed(180, 50) for _ in range(4)], flexWrap="wrap", rowGap="17px", alignContent="flex-start"))

# MARK: - Min / max clamping

case("min_width_item", "min-width on a fixed item", box(box(width="20px", minWidth="60px", height="20px"), fixed(30, 30)))
case("max_width_item", "max-width on a fixed item", box(box(width="200px", maxWidth="60px", height="20px"), fixed(30, 30)))
case("min_beats_max", "min-width wins over a smaller max-width", box(box(width="100px", minWidth="80px", maxWidth="40px", height="20px")))
case("max_height_stretch", "max-height limits a stretched item", box(box(width="40px", maxHeight="50px"), flexDirection="row"))
case("min_height_container", "an auto-height container grows to its min-height",
     box(box(fixed(40, 30), minHeight="120px", width="200px"), alignItems="flex-start"))
case("max_height_container", "an auto-height column is limited by max-height and its items shrink",
     box(box(fixed(40, 100), fixed(40, 100), flexDirection="column", maxHeight="150px", width="100px"), alignItems="flex-start"))
case("max_width_container_row", "a stretched column child is limited by max-width",
     box(box(box(height="30px"), maxWidth="120px"), flexDirection="column"))
case("percent_min_max", "percentage min/max", box(box(width="10%", minWidth="25%", height="20px"), box(width="90%", maxWidth="50%", height="20px")))
case("min_height_column_item", "min-height on a column item", box(box(height="10px", minHeight="70px"), fixed(30, 30), flexDirection="column"))
case("max_width_grow_column_cross", "max-width on a stretched item in a column", box(box(height="40px", maxWidth="90px"), box(height="40px"), flexDirection="column"))

# MARK: - Percentages

case("percent_width_height", "percentage sizes of the container's content box",
     box(box(width="25%", height="50%"), box(width="50%", height="10%"), padding="20px"))
case("percent_padding", "percentage padding refers to the container width",
     box(box(box(width="10px", height="10px"), padding=["10%", "5%", "0%", "20%"]), width="300px", height="200px"))
case("percent_margin", "percentage margins refer to the container width (also top/bottom)",
     box(fixed(50, 50, margin=["10%", "0%", "0%", "10%"]), fixed(50, 50, margin=["5%", 0, 0, "5%"]), width="200px", height="250px"))
case("percent_margin_column", "percentage vertical margins in a column use the width", box(fixed(50, 50, margin=["10%", 0, "10%", 0]), flexDirection="column", width="300px"))
case("percent_nested", "nested percentages", box(box(box(width="50%", height="50%"), width="50%", height="50%")))
case("percent_height_indefinite", "a percentage height of an auto-height container behaves as auto",
     box(box(box(width="30px", height="50%"), fixed(30, 40), width="100px"), alignItems="flex-start"))
case("percent_height_stretched", "a percentage height inside a stretched item resolves",
     box(box(box(width="30px", height="50%"), width="100px"), height="200px"))
case("percent_inset_relative", "relative offsets by percentage", box(fixed(50, 50, left="10%", top="10%")))

# MARK: - Margins

case("margin_px_row", "px margins between items", box(fixed(50, 50, margin=[px(5), px(10), px(15), px(20)]), fixed(50, 50, margin=px(10))))
case("margin_negative", "negative margins overlap", box(fixed(100, 50), fixed(100, 50, margin=[px(-10), 0, 0, px(-30)])))
case("margin_auto_main_start", "margin-left: auto pushes an item to the end", box(fixed(50, 50), fixed(50, 50, margin=[0, 0, 0, "auto"])))
case("margin_auto_main_both", "auto margins on both sides centre an item", box(fixed(50, 50, margin=[0, "auto"])))
case("margin_auto_main_between", "auto margins split free space between several items",
     box(fixed(50, 50, margin=[0, "auto", 0, 0]), fixed(50, 50), fixed(50, 50, margin=[0, 0, 0, "auto"])))
case("margin_auto_overrides_justify", "auto margins take free space before justify-content",
     box(fixed(50, 50, margin=[0, "auto", 0, 0]), fixed(50, 50), justifyContent="center"))
case("margin_auto_cross", "auto cross margins centre and prevent stretching",
     box(box(width="50px", height="50px", margin=["auto", 0]), box(width="50px", margin=["auto", 0, 0, 0]), box(width="50px", margin=[0, 0, "auto", 0])))
case("margin_auto_column", "auto margins in a column", box(fixed(50, 50, margin=["auto", "auto"]), fixed(50, 50, margin=[0, 0, 0, "auto"]), flexDirection="column"))
case("margin_auto_negative_space", "auto margins with negative free space are zero",
     box(fixed(300, 50, margin=[0, "auto"], flexShrink=0), fixed(300, 50, flexShrink=0)))
case("margin_auto_reverse", "auto margins in row-reverse", box(fixed(50, 50, margin=[0, "auto", 0, 0]), fixed(50, 50), flexDirection="row-reverse"))
case("margin_stretch_cross", "cross margins reduce the stretched size", box(box(width="50px", margin=[px(20), 0, px(30), 0]), fixed(50, 50)))

# MARK: - Border and padding

case("border_padding_auto_size", "an auto-size box with padding and border",
     box(box(fixed(40, 40), padding=px(10), border=[1, 2, 3, 4]), alignItems="flex-start"))
case("border_padding_fixed_size", "border-box sizing: padding and border inside the width",
     box(box(box(flexGrow=1), width="100px", height="100px", padding=px(20), border=5)))
case("padding_larger_than_size", "padding larger than the specified size wins",
     box(box(width="10px", height="10px", padding=px(20))))
case("border_only", "borders on items and container", box(fixed(50, 50, border=[5, 10, 15, 20]), border=[8, 8, 8, 8]))
case("padding_column_items", "padding on a column container with stretched items",
     box(box(height="40px"), box(height="40px", padding=[0, px(10)]), flexDirection="column", padding=[px(5), px(15)]))
case("padding_percent_root", "root percentage padding refers to the canvas width", box(fixed(20, 20), padding="10%"))

# MARK: - Absolute positioning

abs_insets = {
    "top_left": dict(top="10px", left="20px"),
    "bottom_right": dict(bottom="10px", right="20px"),
    "all_insets": dict(top="10px", right="20px", bottom="30px", left="40px"),
    "percent_insets": dict(top="10%", left="25%"),
    "left_right_width": dict(left="10px", right="10px", width="100px"),
    "top_bottom_auto_margins": dict(top="0px", bottom="0px", height="50px", margin=["auto", 0]),
    "left_right_auto_margins": dict(left="0px", right="0px", width="80px", margin=[0, "auto"]),
    "overconstrained": dict(left="10px", right="10px", width="50px"),
}
for name, style in abs_insets.items():
    st = dict(style)
    st.setdefault("width", "60px") if "left" not in st or "right" not in st else None
    st.setdefault("height", "40px") if "top" not in st or "bottom" not in st else None
    case(f"absolute_{name}", f"absolute child with {name.replace('_', ' ')}",
         box(fixed(100, 100), box(position="absolute", **st), padding=px(15), border=5, width="300px", height="200px"))

case("absolute_auto_size_content", "an absolute child with auto size shrinks to its content",
     box(box(fixed(50, 30), fixed(40, 60), position="absolute", top="5px", left="5px"), width="300px", height="200px"))
case("absolute_percent_size", "absolute percentages refer to the padding box",
     box(box(position="absolute", width="50%", height="50%", top="0px", left="0px"), padding=px(20), border=10, width="300px", height="200px"))
case("absolute_margins", "absolute child margins add to the insets", box(box(position="absolute", width="50px", height="50px", top="10px", left="10px", margin=px(10))))
case("absolute_min_max", "min/max clamp an inset-sized absolute child",
     box(box(position="absolute", top="0px", bottom="0px", left="0px", right="0px", maxWidth="100px", minHeight="400px")))
case("absolute_nested_container", "an absolute flex container lays out its own items",
     box(box(fixed(30, 30), box(flexGrow=1), position="absolute", left="10px", right="10px", top="10px", height="50px")))
for j in ["flex-start", "center", "flex-end", "space-between", "space-around"]:
    case(f"absolute_static_justify_{slug(j)}", f"static position follows justify-content: {j}",
         box(fixed(50, 50), box(position="absolute", width="40px", height="40px"), justifyContent=j, padding=px(10)))
for a in ["flex-start", "center", "flex-end", "stretch"]:
    case(f"absolute_static_align_{slug(a)}", f"static position follows align-items: {a}",
         box(box(position="absolute", width="40px", height="40px"), alignItems=a, padding=px(10)))
case("absolute_static_align_self", "static position follows align-self", box(box(position="absolute", width="40px", height="40px", alignSelf="flex-end")))
for d in ["row-reverse", "column", "column-reverse"]:
    case(f"absolute_static_{slug(d)}", f"static position in {d}",
         box(box(position="absolute", width="40px", height="40px"), flexDirection=d, padding=[px(5), px(10), px(15), px(20)]))
case("absolute_static_wrap_reverse", "static position in wrap-reverse", box(box(position="absolute", width="40px", height="40px"), flexWrap="wrap-reverse"))
case("absolute_one_inset_static_other", "left set, top from the static position",
     box(box(position="absolute", width="40px", height="40px", left="30px"), alignItems="center"))
case("absolute_does_not_take_space", "absolute children are out of flow",
     box(fixed(50, 50), box(position="absolute", width="100px", height="100px", top="0px", left="0px"), fixed(50, 50), justifyContent="space-between"))

# MARK: - Relative offsets

case("relative_offsets", "position: relative offsets do not move siblings",
     box(fixed(50, 50, top="10px", left="10px"), fixed(50, 50, bottom="5px", right="20px"), fixed(50, 50)))
case("relative_left_wins", "left wins over right, top over bottom", box(fixed(50, 50, left="10px", right="30px", top="5px", bottom="40px")))

# MARK: - Aspect ratio

case("aspect_ratio_width", "aspect-ratio with a fixed width", box(box(width="100px", aspectRatio=2), alignItems="flex-start"))
case("aspect_ratio_height", "aspect-ratio with a fixed height", box(box(height="100px", aspectRatio=2), alignItems="flex-start"))
case("aspect_ratio_column_stretch", "aspect-ratio with a stretched width in a column",
     box(box(aspectRatio=4), flexDirection="column", width="200px"))
case("aspect_ratio_grow", "aspect-ratio with a flexed width", box(box(flexGrow=1, aspectRatio=4), box(width="100px"), alignItems="flex-start"))
case("aspect_ratio_basis", "aspect-ratio transfers the cross size to the flex base size",
     box(box(height="50px", aspectRatio=1.5), box(height="50px", aspectRatio=0.5), alignItems="flex-start"))
case("aspect_ratio_padding", "aspect-ratio applies to the border box",
     box(box(width="100px", aspectRatio=1, padding=px(10)), alignItems="flex-start"))
case("aspect_ratio_max_height", "max-height clamps the ratio-derived height",
     box(box(width="200px", aspectRatio=1, maxHeight="80px"), alignItems="flex-start"))
case("aspect_ratio_absolute", "an absolute child with width and aspect-ratio", box(box(position="absolute", width="90px", aspectRatio=3, top="0px", left="0px")))

# MARK: - Nested containers

case("nested_row_in_column", "a row in a column stretches and sizes its height from its items",
     box(box(fixed(50, 40), fixed(50, 60)), box(height="50px"), flexDirection="column"))
case("nested_column_in_row", "a column in a row sizes its width from its items",
     box(box(fixed(50, 40), fixed(80, 60), flexDirection="column"), box(flexGrow=1)))
case("nested_auto_width_center", "a centred row shrinks to fit its content",
     box(box(fixed(50, 40), fixed(80, 60), columnGap="10px", padding=px(5)), flexDirection="column", alignItems="center"))
case("nested_fit_content_wraps", "a centred wrapping row takes the available width",
     box(box(*[fixed(100, 20) for _ in range(6)], flexWrap="wrap"), flexDirection="column", alignItems="center", width="350px"))
case("nested_deep", "four levels of nesting with padding",
     box(box(box(box(fixed(20, 20), padding=px(5)), padding=px(5)), padding=px(5)), padding=px(5), alignItems="flex-start"))
case("nested_grow_in_grow", "grow inside grow", box(box(box(flexGrow=1), box(width="30px"), flexGrow=1), box(flexGrow=1)))
case("nested_column_stretch_auto_height", "an auto-height column stretched in a row",
     box(box(fixed(30, 30), fixed(30, 30), flexDirection="column"), fixed(30, 150)))
case("nested_row_shrinks_content", "a nested row with content shrinks to its min-content",
     box(box(fixed(100, 20, flexShrink=0), fixed(200, 20)), box(width="350px"), width="300px"))
case("nested_column_min_content", "a column item's min-content width is its widest child",
     box(box(fixed(120, 20), fixed(60, 20), flexDirection="column"), box(width="380px"), width="300px"))
case("nested_intrinsic_row_of_columns", "an auto-width row of columns in a centred column",
     box(box(box(fixed(40, 10), fixed(70, 10), flexDirection="column"), box(fixed(30, 30), flexDirection="column"), columnGap="5px"),
         flexDirection="column", alignItems="center"))
case("nested_auto_margin_in_column", "auto side margins centre an auto-width row in a column",
     box(box(fixed(60, 20), margin=[0, "auto"]), flexDirection="column"))
case("nested_wrap_in_shrink_to_fit", "a wrapping row in a shrink-to-fit container uses its max-content width",
     box(box(box(*[fixed(60, 20) for _ in range(3)], flexWrap="wrap"), flexDirection="column"), alignItems="flex-start"))
case("nested_percent_padding_in_auto", "percentage padding on a child of an auto-width container",
     box(box(box(fixed(20, 20), padding="10%"), flexDirection="column"), alignItems="flex-start", width="200px"))
case("nested_max_width_column_child", "a max-width column child with content centred",
     box(box(fixed(40, 40), maxWidth="100px", justifyContent="center"), flexDirection="column", alignItems="stretch"))
case("nested_min_content_of_wrap", "min-content width of a wrapping row is its widest item",
     box(box(box(fixed(70, 20), fixed(90, 20), flexWrap="wrap"), box(width="400px")), width="300px"))

# MARK: - Z-stack (grid with one cell)

for h in ["leading", "center", "trailing"]:
    for v in ["top", "center", "bottom"]:
        case(f"zstack_{h}_{v}", f"z-stack alignment {h}/{v}",
             zstack(h, v, fixed(100, 60), fixed(40, 120), box(width="70px", height="30px"), padding=px(10)))
case("zstack_auto_size", "an auto-size z-stack is as large as its largest child",
     box(zstack("center", "center", fixed(100, 30), fixed(40, 80), fixed(60, 60, margin=px(10))), alignItems="flex-start"))
case("zstack_children_do_not_stretch", "z-stack children keep their content size",
     zstack("leading", "top", box(fixed(30, 30)), box(fixed(50, 20), flexDirection="column")))
case("zstack_full_size_child", "width/height 100% fills the stack's content box",
     zstack("center", "center", box(width="100%", height="100%"), fixed(40, 40), padding=px(20), border=4))
case("zstack_margins", "margins offset z-stack children",
     zstack("trailing", "bottom", fixed(50, 50, margin=[0, px(20), px(10), 0]), fixed(50, 50, margin=px(5))))
case("zstack_auto_margins", "auto margins position a z-stack child",
     zstack("leading", "top", fixed(50, 50, margin=[0, 0, 0, "auto"]), fixed(50, 50, margin=["auto", 0, 0, 0])))
case("zstack_absolute", "absolute children of a z-stack use its padding box",
     zstack("center", "center", fixed(50, 50), box(position="absolute", width="30px", height="30px", right="0px", bottom="0px"),
            padding=px(20), border=5))
case("zstack_absolute_static", "an absolute child without insets aligns in the padding box",
     zstack("trailing", "bottom", fixed(50, 50), box(position="absolute", width="30px", height="30px"), padding=px(20), border=5))
case("zstack_oversized_child", "a child larger than the stack grows the cell and starts at its start edge",
     box(zstack("center", "center", fixed(300, 40), fixed(50, 50), width="200px", height="100px"), alignItems="flex-start"))
case("zstack_nested_in_row", "z-stacks as flex items",
     box(zstack("center", "center", fixed(40, 40), flexGrow=1), zstack("trailing", "top", fixed(40, 40), width="100px"), height="100px"))
case("zstack_percent_child", "percentages refer to the stack's cell",
     zstack("center", "center", box(width="50%", height="25%"), width="200px", height="100px"))
case("zstack_min_max_child", "min/max on z-stack children", zstack("center", "center", box(width="10px", minWidth="50px", height="300px", maxHeight="80px")))
case("zstack_row_child_fit_content", "a flex row child takes its fit-content width",
     zstack("center", "center", box(fixed(50, 20), fixed(60, 20), fixed(70, 20), columnGap="10px"), width="150px", height="100px"))
case("zstack_in_column_auto_height", "an auto-height z-stack in a column",
     box(zstack("center", "bottom", fixed(40, 70), fixed(80, 20)), fixed(50, 50), flexDirection="column"))

# MARK: - Images and paths (replaced elements)

case("image_natural_size", "an image keeps its natural size", box(image(40, 30), alignItems="flex-start"))
case("image_width_only", "an image with a width keeps its ratio", box(image(40, 30, width="100px"), alignItems="flex-start"))
case("image_height_only", "an image with a height keeps its ratio", box(image(40, 30, height="60px"), alignItems="flex-start"))
case("image_stretched", "a stretched image fills the line height", box(image(40, 30), height="100px"))
case("image_grow", "a growing image keeps a ratio-derived height", box(image(40, 30, flexGrow=1), fixed(100, 10), alignItems="flex-start"))
case("image_column_stretch", "an image in a column stretches its width", box(image(40, 30), flexDirection="column", width="200px"))
case("image_unknown_size", "an image without intrinsic size is empty", box(image(None, None), fixed(20, 20), alignItems="flex-start"))
case("image_shrinks_to_min", "an image's automatic minimum is its natural width",
     box(image(200, 100), box(width="350px"), alignItems="flex-start"))
case("path_icon_width", "a path with a width gets its height from the view box ratio", box(path(24, 24, width="32px"), alignItems="center"))
case("path_natural_size", "a path's natural size is its view box", box(path(24, 12), alignItems="flex-start"))

# MARK: - Edge cases found while comparing with Chromium

for ac in ["flex-end", "space-between", "space-around", "space-evenly"]:
    case(f"wrap_align_content_{slug(ac)}_overflow", f"align-content: {ac} with lines taller than the container",
         box(*[fixed(150, 120) for _ in range(6)], flexWrap="wrap", alignContent=ac, height="200px"))
case("basis_in_shrink_to_fit", "flex-basis of items in a shrink-to-fit row",
     box(box(box(flexBasis="100px", height="20px"), box(width="50px", flexBasis="80px", height="20px")), flexDirection="column", alignItems="flex-start"))
case("grow_in_shrink_to_fit", "growing items in a shrink-to-fit row keep their content size",
     box(box(fixed(40, 20, flexGrow=1), fixed(60, 20, flexGrow=2)), flexDirection="column", alignItems="center"))
case("column_wrap_auto_width", "a wrapping column with auto width and a max-height",
     box(box(*[fixed(50, 60) for _ in range(5)], flexDirection="column", flexWrap="wrap", maxHeight="150px"), alignItems="flex-start"))
case("gap_percent_auto_height_column", "a percentage row-gap in an auto-height column",
     box(box(fixed(50, 50), fixed(50, 50), flexDirection="column", rowGap="10%", width="100px"), alignItems="flex-start"))
case("aspect_ratio_row_stretch", "aspect-ratio with a width in a stretching row",
     box(box(width="100px", aspectRatio=2), fixed(50, 200)))
case("aspect_ratio_min_height_auto_content", "aspect-ratio box with taller content grows to the content",
     box(box(fixed(50, 120), width="100px", aspectRatio=2, flexDirection="column"), alignItems="flex-start"))
case("baseline_in_column_is_start", "align-items: baseline in a column acts as flex-start",
     box(fixed(50, 40), fixed(80, 30), flexDirection="column", alignItems="baseline"))
case("absolute_column_reverse_margins", "absolute child with margins in a column-reverse container",
     box(fixed(40, 40), box(position="absolute", width="40px", height="40px", margin=[px(5), px(10), px(15), px(20)]),
         flexDirection="column-reverse", alignItems="flex-end"))
case("zstack_absolute_auto_size", "an auto-size absolute child of a z-stack shrinks to its content",
     zstack("center", "center", fixed(100, 100), box(fixed(30, 20), fixed(20, 20), position="absolute", left="10px", top="10px")))
case("percent_margin_auto_width_parent", "percentage margins of an item inside an auto-width container",
     box(box(fixed(50, 20, margin=[0, "10%"]), flexDirection="column"), width="300px", alignItems="flex-start"))
case("justify_column_auto_height", "justify-content has no free space in an auto-height column",
     box(box(fixed(40, 20), fixed(40, 30), flexDirection="column", justifyContent="flex-end"), alignItems="flex-start"))
case("grow_column_min_height_container", "growing items fill a column's min-height",
     box(box(box(flexGrow=1), fixed(40, 30), flexDirection="column", minHeight="200px", width="80px"), alignItems="flex-start"))
case("grow_percent_max_width", "a percentage max-width stops growth", box(box(flexGrow=1, maxWidth="20%"), box(flexGrow=1)))
case("margin_auto_with_negative_margin", "auto margins beside a negative margin",
     box(fixed(50, 50, margin=[0, px(-20), 0, "auto"]), fixed(50, 50)))
case("wrap_grow_min_width", "wrapping items with min-width and flex-grow",
     box(*[box(minWidth="120px", flexGrow=1, height="30px") for _ in range(5)], flexWrap="wrap", alignContent="flex-start"))
case("column_in_row_auto_width_grow", "an auto-width row with a growing item inside a flex-start column",
     box(box(fixed(40, 20), box(flexGrow=1, height="20px"), fixed(30, 20)), flexDirection="column", alignItems="flex-start"))
case("shrink_nested_wrap_min_content", "a nested wrapping row shrinks to its widest item",
     box(box(fixed(120, 20), fixed(80, 20), flexWrap="wrap"), box(width="350px"), width="300px", alignItems="flex-start"))
case("zstack_auto_size_stretched_in_row", "a z-stack stretched in a row",
     box(zstack("trailing", "bottom", fixed(40, 40)), fixed(50, 120)))
case("image_max_width", "an image with a max-width keeps its ratio", box(image(200, 100, maxWidth="100px"), alignItems="flex-start"))
case("image_padding_ratio", "an image's natural ratio applies to its content box",
     box(image(40, 20, width="100px", padding=px(10)), alignItems="flex-start"))
case("image_in_zstack", "an image in a z-stack keeps its natural size", zstack("center", "center", image(60, 30), width="200px", height="100px"))
case("image_min_width_zero_shrinks", "an image with min-width 0 shrinks and keeps its ratio-derived height",
     box(image(200, 100, minWidth="0px"), box(width="350px"), alignItems="flex-start"))
case("row_reverse_wrap_reverse", "row-reverse with wrap-reverse",
     box(*[fixed(120, 40 + 10 * (i % 3)) for i in range(5)], flexDirection="row-reverse", flexWrap="wrap-reverse", alignContent="flex-start"))
case("column_reverse_justify_space_between", "column-reverse with space-between and padding",
     box(fixed(40, 20), fixed(40, 30), fixed(40, 40), flexDirection="column-reverse", justifyContent="space-between", padding=px(10)))
case("nested_stretch_definite_for_percent", "a stretched column item makes percentage widths of its children definite",
     box(box(box(width="50%", height="20px")), flexDirection="column", width="300px"))
case("flex_item_min_width_percent_of_indefinite", "a percentage min-width inside a shrink-to-fit container",
     box(box(box(minWidth="50%", height="20px"), fixed(60, 20)), flexDirection="column", alignItems="flex-start"))

# MARK: - More probes: common card patterns and combinations

case("column_flex1_min_height_zero", "the flex: 1; min-height: 0 pattern lets a column item shrink below its content",
     box(fixed(50, 40), box(fixed(40, 400), flexGrow=1, flexBasis="0px", minHeight="0px", flexDirection="column"), fixed(50, 40),
         flexDirection="column"))
case("column_flex1_min_height_auto", "without min-height: 0 a flexed column item keeps its content height",
     box(fixed(50, 40), box(fixed(40, 400), flexGrow=1, flexBasis="0px", flexDirection="column"), fixed(50, 40),
         flexDirection="column"))
case("card_header_body_footer", "a card: header, growing body with a nested row, footer",
     box(box(fixed(32, 32), box(flexGrow=1, height="20px"), columnGap="8px", alignItems="center", padding=px(12)),
         box(box(flexGrow=1, height="60px"), box(width="30%", height="40px"), flexGrow=1, padding=[0, px(12)], columnGap="12px"),
         box(fixed(80, 16), justifyContent="flex-end", padding=px(12)),
         flexDirection="column", width="320px", height="240px", border=1))
case("stat_grid_wrap", "a wrapping grid of fixed-basis stats with gaps",
     box(*[box(fixed(40, 40), box(height="12px", width="80%"), flexBasis="110px", flexGrow=1, flexDirection="column",
               alignItems="center", rowGap="6px", padding=px(8)) for _ in range(5)],
         flexWrap="wrap", gap="10px", padding=px(10), alignContent="flex-start"))
case("wrap_reverse_baseline", "baseline alignment in wrap-reverse",
     box(fixed(150, 40), fixed(150, 70), fixed(150, 20), alignItems="baseline", flexWrap="wrap-reverse", alignContent="flex-start"))
case("baseline_with_flex_end_mix", "baseline items beside flex-end items",
     box(fixed(50, 40, alignSelf="baseline"), fixed(40, 70, alignSelf="baseline"), fixed(30, 20, alignSelf="flex-end"),
         height="100px"))
case("baseline_auto_margin", "an item with an auto cross margin does not take part in baseline alignment",
     box(fixed(50, 40), fixed(40, 70, margin=["auto", 0, 0, 0]), alignItems="baseline", height="100px"))
case("column_wrap_align_content", "a fixed-size wrapping column with align-content: space-between",
     box(*[fixed(60, 70) for _ in range(7)], flexDirection="column", flexWrap="wrap", alignContent="space-between"))
case("column_wrap_stretch_items", "auto-width items in a wrapping column stretch to their line",
     box(fixed(80, 100), box(height="100px"), box(height="100px"), fixed(40, 100), flexDirection="column", flexWrap="wrap",
         height="220px"))
case("wrap_auto_margins", "auto margins in wrapped lines",
     box(*[fixed(120, 30, margin=[0, "auto"]) for _ in range(5)], flexWrap="wrap", alignContent="flex-start"))
case("absolute_percent_margins", "absolute child with percentage margins (of the padding-box width)",
     box(box(position="absolute", width="50px", height="50px", top="0px", left="0px", margin=["10%", 0, 0, "5%"]),
         width="300px", height="200px", padding=px(10)))
case("absolute_in_auto_size_container", "absolute child of a content-sized container",
     box(box(fixed(60, 40), box(position="absolute", right="0px", bottom="0px", width="20px", height="20px"), padding=px(5)),
         alignItems="flex-start"))
case("absolute_auto_width_both_insets_max", "both insets with max-width: the box starts at left",
     box(box(position="absolute", left="20px", right="20px", top="10px", height="30px", maxWidth="100px")))
case("absolute_right_auto_width_content", "right inset with auto width shrinks to content",
     box(box(fixed(70, 20), position="absolute", right="10px", top="10px")))
case("grow_shrink_mixed_basis", "grow with mixed bases and min/max",
     box(box(flexBasis="50px", flexGrow=1, maxWidth="80px"), box(flexBasis="100px", flexGrow=2, minWidth="150px"),
         box(flexBasis="20%", flexGrow=1)))
case("shrink_mixed_min_max", "shrink with mixed min/max and shrink factors",
     box(box(flexBasis="200px", flexShrink=1, minWidth="180px"), box(flexBasis="200px", flexShrink=2),
         box(flexBasis="200px", flexShrink=0.5, maxWidth="150px")))
case("nested_percent_in_column_flexed", "percentage height inside a flexed item of a definite column",
     box(box(box(height="50%", width="20px"), flexGrow=1), fixed(20, 100), flexDirection="column"))
case("nested_percent_in_column_auto", "percentage height inside a flexed item of an auto-height column",
     box(box(box(box(height="50%", width="20px"), flexGrow=1, flexBasis="100px"), fixed(20, 100), flexDirection="column"),
         alignItems="flex-start"))
case("zstack_min_content_in_row", "a z-stack shrinking in a row to its min-content",
     box(zstack("center", "center", box(fixed(60, 20), fixed(60, 20), flexWrap="wrap")), box(width="380px"), alignItems="flex-start"))
case("zstack_padding_border_auto", "an auto-size z-stack with padding and border",
     box(zstack("trailing", "bottom", fixed(30, 30), fixed(50, 10), padding=[px(4), px(8)], border=2), alignItems="center"))
case("zstack_in_zstack", "nested z-stacks", zstack("center", "center", zstack("trailing", "bottom", fixed(20, 20), fixed(60, 40), padding=px(5)),
                                                   width="200px", height="200px"))
case("image_in_column_center", "a centred image in a column keeps its natural size",
     box(image(120, 60), fixed(50, 20), flexDirection="column", alignItems="center"))
case("image_height_percent", "an image with a percentage height and a ratio-derived width",
     box(image(40, 20, height="50%"), height="200px", alignItems="flex-start"))
case("path_stretched_row", "a path icon without size is stretched in a row", box(path(24, 24), fixed(10, 48)))
case("image_basis_zero_grow", "images sharing space by flex-grow from a zero basis",
     box(image(100, 50, flexGrow=1, flexBasis="0px", minWidth="0px"), image(100, 50, flexGrow=1, flexBasis="0px", minWidth="0px"),
         alignItems="flex-start", width="300px"))
case("row_min_width_container_grow", "items grow to a container's min-width",
     box(box(box(flexGrow=1, height="20px"), fixed(30, 20), minWidth="200px"), flexDirection="column", alignItems="flex-start"))
case("row_max_width_container_shrink", "items shrink to a container's max-width",
     box(box(fixed(150, 20), fixed(150, 20), maxWidth="200px"), flexDirection="column", alignItems="flex-start"))
case("margins_collapse_never", "adjacent margins in a flex column do not collapse",
     box(fixed(50, 20, margin=[px(10), 0]), fixed(50, 20, margin=[px(15), 0]), flexDirection="column"))

case("nested_percent_in_column_auto_basis_zero", "percentage height inside a flex: 1 0 0 item of an auto-height column",
     box(box(box(box(height="50%", width="20px"), fixed(10, 60), flexGrow=1, flexBasis="0px"), fixed(20, 100), flexDirection="column"),
         alignItems="flex-start"))
case("nested_percent_in_column_auto_grow_only", "percentage height inside a growing auto-basis item of an auto-height column",
     box(box(box(box(height="50%", width="20px"), fixed(10, 60), flexGrow=1), fixed(20, 100), flexDirection="column"),
         alignItems="flex-start"))

# MARK: - Common infographic grids

case("grid_two_columns_percent_basis", "two columns from flex-basis: 50% wrap because of the gap",
     box(*[box(flexBasis="50%", height="40px") for _ in range(4)], flexWrap="wrap", columnGap="10px", rowGap="10px", alignContent="flex-start"))
case("grid_two_columns_percent_basis_shrink", "flex: 1 1 40% columns fill each line",
     box(*[box(flexBasis="40%", flexGrow=1, height="40px") for _ in range(5)], flexWrap="wrap", gap="10px", alignContent="flex-start"))
case("grid_three_columns_width_percent", "width: calc-free thirds with percentage widths and no gap",
     box(*[box(width="33.3333%", height="30px") for _ in range(7)], flexWrap="wrap", alignContent="flex-start"))
case("bar_chart_columns", "a bar chart: bars aligned to the bottom with percentage heights",
     box(*[box(width="30px", height=f"{h}%") for h in (20, 55, 80, 35, 100)], alignItems="flex-end", justifyContent="space-between",
         height="200px", padding=[px(10), px(20)]))
case("progress_bar_zstack", "a progress bar: a z-stack with a percentage-width fill",
     box(zstack("leading", "center", box(width="100%", height="100%"), box(width="62%", height="100%"), height="12px"),
         flexDirection="column", padding=px(16)))
case("icon_label_row_center", "an icon beside a label block, centred",
     box(path(24, 24, width="48px"), box(box(height="20px", width="120px"), box(height="14px", width="80px"), flexDirection="column", rowGap="4px"),
         alignItems="center", columnGap="12px", padding=px(16)))


def all_cases():
    return CASES
