"""The map on the page: draws an ``analytics.maps.svg.SvgMap`` with a few lines of JavaScript
(a Streamlit v2 component, no iframe, no plotly.js): hover shows the region's text, a click
sends its code back to Python, +/−, Ctrl+scroll, double-click and drag zoom and pan, and a row
of buttons above the map switches the view (plain buttons: a Streamlit widget there would cost
the page's first paint more than the whole map does).

On phones (links shared in WhatsApp groups open there): pinch zooms, one finger pans (the page
scrolls from outside the map), a tap shows the region's text and opens it, and the hint line
says so instead of "Ctrl + scroll". Below 600 px the SVG's own legend and title, drawn for a
900 px map, would shrink to 5 px type: they are shown at full size under the map instead (the
same SVG elements, copied), and the SVG is cropped to the map.

The SVG and hover texts are built by the project's own code from escaped data (svg_map and
charts_map.region_hover escape every name and value), so writing them as HTML is safe.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable

import streamlit as st

from analytics.maps.svg import SvgMap
from analytics.presentation import colours

_CSS = colours.css("""
:host { display: block; }
.svgmap { position: relative; width: 100%; user-select: none; font-family: var(--st-font, sans-serif); }
.svgmap > svg { width: 100%; height: auto; max-height: 80vh; display: block; touch-action: none; }
.svgmap svg.map { cursor: grab; }
.svgmap.panning svg.map { cursor: grabbing; }
.svgmap path.r { cursor: pointer; }
.svgmap path.hl { fill: none; stroke: $MAP_HOVER_LINE; stroke-width: 2.5px; pointer-events: none; }
.svgmap path.sel { fill: none; stroke: $MAP_SELECTED_LINE; stroke-width: 3px; pointer-events: none; }
.svgmap .tip { position: absolute; pointer-events: none; background: $WHITE; color: $MAP_TIP_TEXT; border: 1px solid $MAP_TIP_BORDER;
  border-radius: 4px; padding: 6px 8px; font-size: 12px; line-height: 1.35; max-width: 340px;
  box-shadow: 0 2px 6px $MAP_SHADOW; z-index: 2; }
.svgmap .tools { position: absolute; right: 6px; top: 26px; display: flex; flex-direction: column; gap: 4px; }
.svgmap .tools button { width: 28px; height: 28px; border: 1px solid $MAP_BUTTON_BORDER; background: $WHITE; border-radius: 4px;
  font-size: 16px; line-height: 1; cursor: pointer; color: $MAP_TEXT; padding: 0; }
.svgmap .tools button:hover { background: $MAP_BUTTON_HOVER; }
.svgmap .hint { font-size: 11px; color: $TEXT_FAINT; padding: 2px 4px; }
.svgmap .legend-html { display: none; font-size: 13px; color: $MAP_TEXT; padding: 4px 2px 0 2px; }
.svgmap[data-narrow="true"] .legend-html { display: block; }
/* a phone: the zoom buttons sit in a row under the map, never over it (they covered Papua) */
.svgmap[data-narrow="true"] .tools { position: static; flex-direction: row; justify-content: flex-end;
  margin: 4px 0 0 0; }
.svgmap .legend-html .title { font-size: 13px; margin: 0 0 4px 0; }
.svgmap .legend-html .title b { color: $WARNING; margin-left: 6px; }
.svgmap .legend-html .items { display: flex; flex-wrap: wrap; gap: 4px 14px; }
.svgmap .legend-html svg { display: block; overflow: visible; max-width: 100%; height: auto; }
@media (pointer: coarse) {
  .svgmap .tools button { width: 40px; height: 40px; font-size: 20px; }
  .svgmap .hint { font-size: 13px; }
}
.views { display: flex; flex-wrap: wrap; margin: 0 0 8px 0; font-family: var(--st-font, sans-serif); }
.views button { font: inherit; font-size: 14px; line-height: 1.4; padding: 5px 12px; margin: 0 0 0 -1px;
  border: 1px solid $STREAMLIT_BORDER; background: $WHITE; color: inherit; cursor: pointer; }
.views button:first-child { border-radius: 8px 0 0 8px; margin-left: 0; }
.views button:last-child { border-radius: 0 8px 8px 0; }
.views button:hover { border-color: $STREAMLIT_PRIMARY; color: $STREAMLIT_PRIMARY; position: relative; }
.views button[aria-pressed="true"] { border-color: $STREAMLIT_PRIMARY; color: $STREAMLIT_PRIMARY; background: $STREAMLIT_PRIMARY_TINT;
  position: relative; }
.views button:focus-visible { outline: 2px solid $STREAMLIT_PRIMARY; outline-offset: 1px; position: relative; }
""")

_JS = colours.css("""
export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let bar = parentElement.querySelector('.views');
  if (!bar) {
    bar = document.createElement('div');
    bar.className = 'views';
    bar.setAttribute('role', 'group');
    parentElement.appendChild(bar);
  }
  bar.setAttribute('aria-label', data.text.views);
  bar.innerHTML = (data.views || []).map(([code, label]) =>
    '<button type="button" data-view="' + code + '" aria-pressed="' + (code === data.view) + '">' + label + '</button>').join('');
  bar.hidden = !(data.views || []).length;
  bar.onclick = (ev) => {
    const button = ev.target.closest('button[data-view]');
    if (!button || button.getAttribute('aria-pressed') === 'true') return;
    for (const b of bar.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    setTriggerValue('view', button.dataset.view);
  };
  let root = parentElement.querySelector('.svgmap');
  if (!root) {
    root = document.createElement('div');
    root.className = 'svgmap';
    parentElement.appendChild(root);
  }
  const touch = (window.matchMedia && window.matchMedia('(pointer: coarse)').matches) || navigator.maxTouchPoints > 0;
  if (root.dataset.token !== data.token) {
    root.innerHTML = data.svg + '<div class="legend-html"></div><div class="tip" hidden></div>' +
      '<div class="tools"><button class="zin" title="' + data.text.zoom_in + '">+</button>' +
      '<button class="zout" title="' + data.text.zoom_out + '">\u2212</button>' +
      '<button class="reset" title="' + data.text.reset + '">\u27f2</button></div>' +
      '<div class="hint"></div>';
    root.dataset.token = data.token;
    delete root.dataset.narrow;
  }
  root.querySelector('.hint').innerHTML = touch ? data.text.hint_touch : data.text.hint;
  const map = root.querySelector('svg.map');
  const tip = root.querySelector('.tip');
  if (!map) return;
  const ns = 'http://www.w3.org/2000/svg';
  const outer = root.querySelector('svg.choropleth');
  const regions = map.querySelector('g.regions');
  const base = map.dataset.base.split(' ').map(Number);
  let box = (map.getAttribute('viewBox') || map.dataset.base).split(' ').map(Number);

  // Narrow screens: the map alone in the SVG; legend and title at full size below it.
  function legendHtml() {
    const target = root.querySelector('.legend-html');
    if (target.dataset.built === data.token) return;
    target.dataset.built = data.token;
    const texts = [...outer.children].filter(el => el.tagName === 'text');
    const title = texts.filter(el => el.textContent !== 'DEMO').map(el => el.textContent).join(' ');
    const demo = texts.some(el => el.textContent === 'DEMO');
    const head = document.createElement('div');
    head.className = 'title';
    head.textContent = title;
    if (demo) { const b = document.createElement('b'); b.textContent = 'DEMO'; head.appendChild(b); }
    const items = document.createElement('div');
    items.className = 'items';
    target.replaceChildren(head, items);
    for (const item of outer.querySelectorAll('g.legend > g')) {
      const svg = document.createElementNS(ns, 'svg');
      // the item as laid out for 11 px type, drawn 1.2 times larger (a wide colour bar shrinks
      // back to the screen's width, never below the SVG's own 11 px)
      svg.setAttribute('font-size', '11'); svg.setAttribute('fill', '$MAP_TEXT');
      svg.setAttribute('font-family', outer.getAttribute('font-family') || 'sans-serif');
      const g = document.createElementNS(ns, 'g');
      for (const child of item.childNodes) g.appendChild(child.cloneNode(true));
      svg.appendChild(g);
      items.appendChild(svg);
      const b = g.getBBox();
      const w = Math.ceil(b.width + 2), h = Math.ceil(b.y + b.height + 2);
      svg.setAttribute('width', Math.ceil(w * 1.2)); svg.setAttribute('height', Math.ceil(h * 1.2));
      svg.setAttribute('viewBox', [Math.floor(b.x) - 1, 0, w, h].join(' '));
    }
  }
  function layout() {
    if (!outer) return;
    const narrow = root.clientWidth > 0 && root.clientWidth < 600;
    if (root.dataset.narrow === String(narrow)) return;
    root.dataset.narrow = String(narrow);
    const full = outer.dataset.full || [outer.getAttribute('viewBox'), outer.getAttribute('height')].join('|');
    outer.dataset.full = full;
    const [fullBox, fullHeight] = full.split('|');
    if (narrow) {
      const top = Number(map.getAttribute('y')), h = Number(map.getAttribute('height'));
      outer.setAttribute('viewBox', [0, top, Number(outer.getAttribute('width')), h].join(' '));
      outer.setAttribute('height', h);
      legendHtml();
    } else {
      outer.setAttribute('viewBox', fullBox);
      outer.setAttribute('height', fullHeight);
    }
  }
  layout();
  if (window.ResizeObserver && !root._resizer) {
    root._resizer = new ResizeObserver(() => layout());
    root._resizer.observe(root);
  }

  function overlay(cls) {
    let el = map.querySelector('path.' + cls);
    if (!el) { el = document.createElementNS(ns, 'path'); el.setAttribute('class', cls);
      el.setAttribute('vector-effect', 'non-scaling-stroke'); map.appendChild(el); }
    return el;
  }
  const selected = data.selected ? regions.querySelector('path.r[data-code="' + CSS.escape(data.selected) + '"]') : null;
  const sel = overlay('sel');
  sel.setAttribute('d', selected ? selected.getAttribute('d') : '');
  const hl = overlay('hl');

  function setBox(b) {
    const w = Math.min(Math.max(b[2], base[2] / 40), base[2]);
    const h = w * base[3] / base[2];
    const x = Math.min(Math.max(b[0], base[0] - w * 0.25), base[0] + base[2] - w * 0.75);
    const y = Math.min(Math.max(b[1], base[1] - h * 0.25), base[1] + base[3] - h * 0.75);
    box = [x, y, w, h];
    map.setAttribute('viewBox', box.join(' '));
  }
  function toMap(ev) {
    const r = map.getBoundingClientRect();
    return [box[0] + (ev.clientX - r.left) / r.width * box[2], box[1] + (ev.clientY - r.top) / r.height * box[3]];
  }
  function zoom(factor, at) {
    const c = at || [box[0] + box[2] / 2, box[1] + box[3] / 2];
    setBox([c[0] - (c[0] - box[0]) * factor, c[1] - (c[1] - box[1]) * factor, box[2] * factor, box[3] * factor]);
  }
  function showTip(path, ev) {
    if (!path) { tip.hidden = true; hl.setAttribute('d', ''); return; }
    hl.setAttribute('d', path.getAttribute('d'));
    tip.innerHTML = data.hover[path.dataset.code] || '';
    tip.hidden = false;
    const r = root.getBoundingClientRect();
    let x = ev.clientX - r.left + 14, y = ev.clientY - r.top + 14;
    if (x + tip.offsetWidth > r.width) x = Math.max(0, ev.clientX - r.left - tip.offsetWidth - 14);
    if (y + tip.offsetHeight > r.height) y = Math.max(0, ev.clientY - r.top - tip.offsetHeight - 14);
    tip.style.left = x + 'px'; tip.style.top = y + 'px';
  }
  const regionAt = (ev) => (ev.target.closest ? ev.target.closest('path.r') : null);
  // A finger acts on pointerup: after a pan or pinch Chrome sent no click for a tap on these
  // buttons (seen in the phone test); a mouse or the keyboard acts on click.
  function tool(selector, act) {
    const button = root.querySelector(selector);
    let tappedAt = 0;  // the click a tap may still send comes within a moment: not twice
    button.onpointerup = (ev) => { if (ev.pointerType !== 'mouse') { tappedAt = Date.now(); act(); } };
    button.onclick = () => { if (Date.now() - tappedAt > 800) act(); };
  }
  tool('.zin', () => zoom(0.6));
  tool('.zout', () => zoom(1 / 0.6));
  tool('.reset', () => setBox(base.slice()));
  map.ondblclick = (ev) => { ev.preventDefault(); zoom(0.5, toMap(ev)); };
  map.onwheel = (ev) => {
    if (!(ev.ctrlKey || ev.metaKey)) return;  // plain scrolling scrolls the page
    ev.preventDefault();
    zoom(ev.deltaY < 0 ? 0.8 : 1.25, toMap(ev));
  };
  // Pointers down on the map: one drags (mouse button or finger), two pinch. A gesture that
  // moved or pinched is not a click/tap.
  const pointers = new Map();
  let drag = null, pinch = null, gesture = false;
  map.onpointerdown = (ev) => {
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (ev.pointerType !== 'mouse' && map.setPointerCapture) map.setPointerCapture(ev.pointerId);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = { dist: Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1), box: box.slice(),
                at: toMap({ clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 }) };
      drag = null; gesture = true; tip.hidden = true;
    } else if (pointers.size === 1) {
      drag = { x: ev.clientX, y: ev.clientY, box: box.slice(), moved: false };
      gesture = false;
    }
  };
  map.onpointermove = (ev) => {
    if (pointers.has(ev.pointerId)) pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (pinch && pointers.size >= 2) {
      const [a, b] = [...pointers.values()];
      const factor = pinch.dist / Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1);
      const r = map.getBoundingClientRect();
      const w = pinch.box[2] * factor, h = pinch.box[3] * factor;
      // the map point first under the fingers stays under their midpoint
      setBox([pinch.at[0] - ((a.x + b.x) / 2 - r.left) / r.width * w,
              pinch.at[1] - ((a.y + b.y) / 2 - r.top) / r.height * h, w, h]);
      return;
    }
    if (drag && pointers.has(ev.pointerId) && (ev.pointerType !== 'mouse' || (ev.buttons & 1))) {
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > (ev.pointerType === 'mouse' ? 4 : 10)) {
        drag.moved = true; root.classList.add('panning'); tip.hidden = true;
      }
      if (drag.moved) {
        const r = map.getBoundingClientRect();
        setBox([drag.box[0] - dx / r.width * drag.box[2], drag.box[1] - dy / r.height * drag.box[3], drag.box[2], drag.box[3]]);
        return;
      }
    }
    if (ev.pointerType === 'mouse') showTip(regionAt(ev), ev);
  };
  map.onpointerleave = (ev) => { if (ev.pointerType === 'mouse') { tip.hidden = true; hl.setAttribute('d', ''); } };
  const release = (ev) => {
    pointers.delete(ev.pointerId);
    if (pinch) { if (pointers.size < 2) pinch = null; drag = null; return; }
    const moved = (drag && drag.moved) || gesture || ev.type === 'pointercancel';
    drag = null; root.classList.remove('panning');
    if (moved || pointers.size) return;
    // a captured touch reports the map as its target: find the region under the finger (the
    // shadow root answers elementFromPoint inside it; the document would answer its host)
    const scope = map.getRootNode().elementFromPoint ? map.getRootNode() : document;
    const path = regionAt(ev) || (ev.pointerType !== 'mouse' ? scope.elementFromPoint(ev.clientX, ev.clientY) : null);
    const region = path && path.closest ? path.closest('path.r') : null;
    if (region) {
      if (ev.pointerType !== 'mouse') {  // a tap shows what a hover would, for a few seconds
        showTip(region, ev);
        clearTimeout(root._tipTimer);
        root._tipTimer = setTimeout(() => { tip.hidden = true; hl.setAttribute('d', ''); }, 4000);
      }
      sel.setAttribute('d', region.getAttribute('d'));
      setTriggerValue('region', region.dataset.code);
    }
  };
  map.onpointerup = release;
  map.onpointercancel = release;
  root.dataset.ready = '1';
}
""")

_COMPONENT = st.components.v2.component("jamsostek.svg_map", css=_CSS, js=_JS)


def _triggered(key: str, name: str, allowed) -> str | None:
    """The value the component sent for trigger ``name`` in this run, if it is one of ``allowed``."""
    state = st.session_state.get(key)
    value = state.get(name) if hasattr(state, "get") else getattr(state, name, None)
    return value if isinstance(value, str) and value in allowed else None


def draw(svg_map: SvgMap, *, key: str, selected: str | None, text: dict[str, str],
         on_click: Callable[[str], None], views: dict[str, str] | None = None, view: str | None = None,
         on_view: Callable[[str], None] | None = None) -> None:
    """Draw the map, ``selected`` outlined. A click on a region calls ``on_click(code)`` as the
    click's callback, before the script runs, so it may set the state of widgets drawn above
    the map. ``views`` (code -> label) are drawn as a row of buttons above the map, ``view``
    pressed; a press calls ``on_view(code)`` the same way. ``text``: the tool tips of the zoom
    buttons, the hint line for a mouse and for touch, and the name of the view buttons (zoom_in,
    zoom_out, reset, hint, hint_touch, views) in the UI language."""
    token = hashlib.sha1(svg_map.svg.encode("utf-8")).hexdigest()[:16]
    views = views or {}

    def clicked() -> None:
        region = _triggered(key, "region", svg_map.hover)
        if region:
            on_click(region)

    def viewed() -> None:
        chosen = _triggered(key, "view", views)
        if chosen and on_view:
            on_view(chosen)

    _COMPONENT(
        key=key,
        data={"svg": svg_map.svg, "hover": svg_map.hover, "selected": selected, "token": token,
              "views": [[html.escape(code), html.escape(label)] for code, label in views.items()],
              "view": view,
              "text": {k: html.escape(v) for k, v in {"views": "", "hint_touch": text.get("hint", ""), **text}.items()}},
        on_region_change=clicked,
        on_view_change=viewed,
        height="content",
    )
