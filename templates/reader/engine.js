// Drives epub.js as a reader would: open the book, follow every contents and page-list entry,
// every note link and its back link, and show every document in each reading mode and font
// size.  Python (publish.reader) calls these functions through Playwright and judges the results.
(function () {
  "use strict";
  let book, rendition;

  async function open(url, width, height) {
    book = ePub(url);
    rendition = book.renderTo("viewer", {width, height, spread: "none", flow: "paginated", manager: "default"});
    await book.ready;
    await book.loaded.navigation;
    await rendition.display();
    return true;
  }

  function flatten(items) {
    return items.flatMap(item => [item.href, ...flatten(item.subitems || [])]);
  }

  async function entries() {
    const navigation = await book.loaded.navigation;
    // epub.js 0.3 resolves book.loaded.pageList before it reads the nav; the list it reads is here.
    const pageList = book.pageList && book.pageList.pageList;
    return {toc: flatten(navigation.toc), pages: (pageList || []).map(p => p.href)};
  }

  function currentDocument() {
    const contents = rendition.getContents();
    return contents.length ? contents[0] : null;
  }

  function target(doc, href) {
    const id = href.includes("#") ? decodeURIComponent(href.split("#")[1]) : null;
    if (id) return doc.getElementById(id);
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, n => n.textContent.trim() ? 1 : 3);
    const first = walker.nextNode();          // the document's first words
    return first ? first.parentElement : doc.body;
  }

  // Where a reader who lands on the element starts reading: its first letter. A long note flows on
  // into the next column, and the box around both columns has its centre between them.
  function start(element) {
    const doc = element.ownerDocument;
    const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT, n => n.textContent.trim() ? 1 : 3);
    const text = walker.nextNode();
    if (!text) return element.getBoundingClientRect();
    const at = text.textContent.search(/\S/);
    const range = doc.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    return range.getBoundingClientRect();
  }

  function onScreen(contents, element) {
    const frame = contents.document.defaultView.frameElement.getBoundingClientRect();
    const box = rendition.manager.container.getBoundingClientRect();
    const rect = start(element);
    // The first letter's centre (a raised note number on a page's first line reaches above the page).
    const x = frame.left + rect.left + rect.width / 2, y = frame.top + rect.top + rect.height / 2;
    return x >= box.left && x < box.right && y >= box.top && y < box.bottom;
  }

  function where(contents, element) {
    const frame = contents.document.defaultView.frameElement.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    return `at ${Math.round(frame.left + rect.left)},${Math.round(frame.top + rect.top)} ` +
           `${Math.round(rect.width)}x${Math.round(rect.height)}`;
  }

  function fileOf(href) { return href.split("#")[0]; }

  function shown(href) {
    const contents = currentDocument();
    if (!contents) return {ok: false, why: "nothing displayed"};
    const location = rendition.currentLocation();
    const section = location && location.start ? location.start.href : "";
    if (!section.endsWith(fileOf(href).split("/").pop())) return {ok: false, why: `shows ${section}`};
    const element = target(contents.document, href);
    if (!element) return {ok: false, why: "target missing"};
    return onScreen(contents, element) ? {ok: true} : {ok: false, why: `target not on the page shown (${where(contents, element)})`};
  }

  // epub.js 0.3 places a newly displayed document before its web fonts have loaded; when the
  // fonts then move the target to another page, a reader re-anchors to it (as epub.js does after
  // a resize). Counted, so the report says how often that was needed.
  async function anchored(href) {
    const first = shown(href);
    if (first.ok || !currentDocument()) return first;
    await currentDocument().document.fonts.ready;
    await rendition.display(href);
    return Object.assign(shown(href), {reanchored: true});
  }

  async function land(href) {
    await rendition.display(href);
    return anchored(href);
  }

  // The section a link leads to is displayed, then located; the next task sees it in place (a
  // fixed wait on top only slowed every note: a reader's clicks are judged where they land).
  function settled() {
    return new Promise(resolve => rendition.once("displayed", () =>
      rendition.once("relocated", () => setTimeout(resolve, 0))));
  }

  async function click(link) {
    const moved = settled();
    link.click();
    await Promise.race([moved, new Promise(resolve => setTimeout(resolve, 3000))]);
  }

  // Every note reference: shown, clicked, lands on its note; the note's back link lands on the reference.
  async function notes() {
    const results = [];
    for (const section of book.spine.spineItems) {
      await rendition.display(section.href);
      const ids = Array.from(currentDocument().document.querySelectorAll("a[role='doc-noteref'][id]"), a => a.id);
      for (const id of ids) {
        await rendition.display(`${section.href}#${id}`);
        const link = currentDocument().document.getElementById(id);
        const href = link.getAttribute("href");
        await click(link);
        const forward = await anchored(href);
        let back = {ok: false, why: "no back link"};
        const note = currentDocument() && target(currentDocument().document, href);
        const backlink = note && note.querySelector("a[role='doc-backlink']");
        if (forward.ok && backlink) {
          await click(backlink);
          back = await anchored(backlink.getAttribute("href"));
        }
        results.push({from: `${section.href}#${id}`, to: href, forward, back});
      }
    }
    return results;
  }

  // Show the spine's n-th document at a font size (the reader's setting); how many there are.
  async function show(n, fontSize) {
    rendition.themes.fontSize(fontSize);
    const section = book.spine.spineItems[n];
    await rendition.display(section.href);
    return {file: section.href, count: book.spine.spineItems.length};
  }

  // The document shown, in each of some reading modes ([the CSS a reading system injects, the page
  // colour it shows behind the document]), one after the other. Measured at once: reading computed
  // styles and boxes brings the new style into effect (waiting for a frame first only slowed every measure).
  function measureShown(modes) {
    return modes.map(([modeCss, page]) => measureInMode(modeCss, page));
  }

  function measureInMode(modeCss, page) {
    document.getElementById("viewer").style.background = page;
    const contents = currentDocument();
    let style = contents.document.getElementById("reader-mode");
    if (!style) {
      style = contents.document.createElement("style");
      style.id = "reader-mode";
      contents.document.head.appendChild(style);
    }
    style.textContent = modeCss;
    return {contrast: publishMeasure.contrast(contents.document, page),
            clipping: publishMeasure.clipping(contents.document, null)};
  }

  window.publishEngine = {open, entries, land, notes, show, measureShown};
})();
