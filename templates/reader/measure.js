// What a reader sees of one document: the contrast of every text against what lies behind it,
// and every element whose content is wider than its box (a clipped word) or a page that scrolls
// sideways.  Used on the EPUB's documents inside the reading engine, and on pages loaded alone
// (the preview, the EPUB's XHTML files).  Colours are composited with their alpha and the
// opacity of every ancestor, over the page colour the reading mode shows behind the document.
(function () {
  "use strict";

  const style = element => element.ownerDocument.defaultView.getComputedStyle(element);

  function parse(colour) {
    const hex = colour.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
    if (hex) return [1, 2, 3].map(i => parseInt(hex[i], 16)).concat([1]);
    const m = colour.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const parts = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  }

  function over(top, bottom) {            // top composited over an opaque bottom
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  }

  function luminance(rgb) {
    const c = rgb.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  function ratio(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  function background(element, page) {    // the opaque colour behind element's text
    const layers = [];
    for (let e = element; e && e.nodeType === 1; e = e.parentElement) {
      const colour = parse(style(e).backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), parse(page));
  }

  function opacity(element) {
    let value = 1;
    for (let e = element; e && e.nodeType === 1; e = e.parentElement) value *= Number(style(e).opacity);
    return value;
  }

  function ownText(element) {
    let text = "";
    for (const node of element.childNodes) if (node.nodeType === 3) text += node.textContent;
    return text.trim();
  }

  function describe(element) {
    const id = element.id ? "#" + element.id : "";
    const cls = element.className && typeof element.className === "string" ? "." + element.className.trim().split(/\s+/).join(".") : "";
    return element.localName + id + cls;
  }

  function rendered(element) {
    const computed = style(element);
    return computed.visibility !== "hidden" && computed.display !== "none" && element.getClientRects().length > 0;
  }

  function contrast(doc, page) {
    const failures = [];
    let minimum = Infinity, texts = 0;
    for (const element of doc.body.querySelectorAll("*")) {
      const text = ownText(element);
      if (!text || !rendered(element)) continue;
      const bg = background(element, page);
      const fg = parse(style(element).color);
      const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity(element)], bg);
      const value = ratio(shown, bg);
      texts += 1;
      minimum = Math.min(minimum, value);
      if (value < 4.5) failures.push({element: describe(element), text: text.slice(0, 60), ratio: Math.round(value * 100) / 100});
    }
    return {texts, minimum: texts ? Math.round(minimum * 100) / 100 : null, failures};
  }

  function clipping(doc, viewportWidth) {
    const clipped = [];
    for (const element of doc.body.querySelectorAll("*")) {
      if (!rendered(element) || element.clientWidth === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        clipped.push({element: describe(element), text: (element.textContent || "").trim().slice(0, 60),
                      scrollWidth: element.scrollWidth, clientWidth: element.clientWidth});
      }
    }
    const pageWidth = doc.scrollingElement ? doc.scrollingElement.scrollWidth : doc.documentElement.scrollWidth;
    return {clipped, pageWidth, sideways: viewportWidth !== null && pageWidth > viewportWidth};
  }

  window.publishMeasure = {contrast, clipping, ratio: (a, b) => ratio(parse(a), parse(b))};
})();
