// Objection's content script. It decides nothing: it describes the page to
// the core (which runs in the background, where WebAssembly is always
// allowed), then carries out the core's answer: the banner, the highlights
// and, on the user's request, the prefill. It never submits a form.
(() => {
  'use strict';
  if (window.top !== window) return;

  const HIGHLIGHT = 'objection-flag';
  const FOCUS_HIGHLIGHT = 'objection-focus';
  const RECHECK_MS = 500;
  // An unrecognised page that keeps changing is checked again after 0.5, 1,
  // 2, 4 ... seconds, then left alone: forms that render late are still
  // caught, a busy feed costs a handful of messages.
  const MAX_RECHECKS_UNRECOGNISED = 7;

  const t = (key, subs) => chrome.i18n.getMessage(key, subs) || key;

  /** The latest snapshot's handles: block text nodes and controls by key. */
  let view = { blocks: [], controls: new Map() };
  let current = null; // latest analysis, or null
  let host = null; // the banner's host element
  let dismissedUrl = null;
  let announced = false; // screen readers hear the banner once per page
  let collapsed = false; // the user folded the banner to its title bar
  /** Controls the user (or a prefill) has set: never filled again. */
  const touched = new WeakSet();

  const ask = async (message) => {
    try {
      // A snapshot travels as its JSON text: the browser passes a string
      // between contexts as it is, and the core reads the text without
      // the background rebuilding an object only to write it out again.
      for (const key of ['snapshot', 'lastForm']) if (message[key]) message[key] = JSON.stringify(message[key]);
      const reply = await chrome.runtime.sendMessage(message);
      if (reply && reply.error) throw new Error(reply.error);
      return reply;
    } catch {
      // The page must keep working whatever happens to the extension; the
      // background logs the failure in the extension's own console.
      return null;
    }
  };

  // ---- Gate ---------------------------------------------------------------
  // Most Meta pages are none of Objection's. The core's gate data
  // (content/gate.js, generated from its rules; see src/gate.rs) gives the
  // paths and the words without which it recognises no page: until the page
  // shows them, the core is not asked at all.

  const GATE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const gate = {
    path: new RegExp(ObjectionGate.path),
    groups: ObjectionGate.groups.map((source) => new RegExp(source)),
    invisible: new RegExp(ObjectionGate.invisible, 'g'),
    url: null,
    seen: [],
    open: false,
  };

  /** Text under `node`, without scripts and styles. */
  const gateText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return GATE_SKIP.has(node.parentNode && node.parentNode.nodeName) ? '' : node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || GATE_SKIP.has(node.nodeName)) return '';
    let out = '';
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!GATE_SKIP.has(n.parentNode.nodeName)) out += n.data;
    return out;
  };

  const pageText = () => `${document.title} ${gateText(document.body || document.documentElement)}`;

  /**
   * Test text the page shows (`whole`: all of it; else only what it just
   * added). The groups are tested in order, the rarest first, and a group
   * only once those before it have been seen: most pages stop at the first,
   * and the browser compiles no other pattern. A group seen in added text
   * sends the next one back to the whole page.
   */
  const gateSees = (text, whole) => {
    let clean = null;
    for (let i = 0; i < gate.groups.length && !gate.open; i++) {
      if (gate.seen[i]) continue;
      if (clean === null) clean = text.replace(gate.invisible, '').toLowerCase();
      if (!gate.groups[i].test(clean)) return;
      gate.seen[i] = true;
      gate.open = gate.seen.every(Boolean);
      if (!whole) {
        text = pageText();
        whole = true;
        clean = null;
      }
    }
  };

  const resetGate = () => {
    gate.url = location.href;
    gate.seen = gate.groups.map(() => false);
    gate.open = gate.path.test(location.pathname);
    if (!gate.open) gateSees(pageText(), true);
  };

  // ---- Snapshot ----------------------------------------------------------

  const snapshot = () => {
    const taken = ObjectionSnapshot.take({ exclude: host, isSet: (el) => touched.has(el) });
    view = taken.view;
    return taken.snapshot;
  };
  const visible = ObjectionSnapshot.visible;

  // ---- Highlights -------------------------------------------------------

  /** A DOM range over UTF-16 offsets of a snapshot block's text. */
  const rangeOf = (blockIndex, start, end) => {
    const block = view.blocks[blockIndex];
    if (!block || end <= start) return null;
    const at = (offset, isEnd) => {
      for (const { node, start: s } of block.nodes) {
        const e = s + node.data.length;
        if (offset < e || (isEnd && offset === e)) return [node, Math.max(0, offset - s)];
      }
      const last = block.nodes[block.nodes.length - 1];
      return [last.node, last.node.data.length];
    };
    const range = document.createRange();
    try {
      range.setStart(...at(start, false));
      range.setEnd(...at(end, true));
    } catch {
      return null;
    }
    return range;
  };

  let sheetAdopted = false;
  const adoptHighlightStyle = () => {
    if (sheetAdopted || typeof CSSStyleSheet === 'undefined') return;
    try {
      const sheet = new CSSStyleSheet();
      // Dark text on amber with a red underline: readable on light and dark pages.
      sheet.replaceSync(
        `::highlight(${HIGHLIGHT}) { background-color: #ffd54f; color: #1a1a1a; text-decoration: underline 2px #b00020; }
         ::highlight(${FOCUS_HIGHLIGHT}) { background-color: #ff9800; color: #000; }`
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      sheetAdopted = true;
    } catch {
      // No highlights on this page: the banner still lists the sentences.
    }
  };

  const setHighlights = (name, ranges) => {
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return;
    try {
      if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    } catch {
      // As above: the banner still works without highlights.
    }
  };

  // ---- Banner -----------------------------------------------------------

  const BANNER_WIDTH = 'min(420px, calc(100vw - 24px))';

  const BANNER_CSS = `
    :host { all: initial; }
    section { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #fffdf6; border: 2px solid #6a1b9a;
      border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px 14px; max-height: 70vh; overflow: auto; }
    header { display: flex; align-items: start; gap: 8px; }
    h2 { font-size: 15px; margin: 0; flex: 1; color: #4a148c; }
    summary { font-weight: 600; margin: 8px 0 2px; color: #7a0019; cursor: pointer; }
    .lead { margin-top: 10px; font-weight: 600; }
    p { margin: 6px 0; }
    ul { margin: 4px 0; padding-left: 18px; }
    li { margin: 4px 0; }
    q { font-style: italic; }
    a { color: #4a148c; }
    button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #4a148c; background: #fff; color: #4a148c; padding: 3px 8px; }
    button.primary { background: #4a148c; color: #fff; padding: 6px 12px; }
    button:focus-visible, a:focus-visible { outline: 3px solid #ff9800; outline-offset: 2px; }
    .actions { margin-top: 10px; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
    .note { color: #1b5e20; }
    .result:empty { display: none; }
    [hidden] { display: none !important; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .result { border-top: 1px solid #ddd; margin-top: 8px; padding-top: 6px; }
    @media (prefers-color-scheme: dark) {
      section { background: #1e1a24; color: #f1ecf7; border-color: #ce93d8; }
      h2, a { color: #e1bee7; } summary { color: #ffab91; }
      button { background: #2a2433; color: #e1bee7; border-color: #ce93d8; }
      button.primary { background: #ce93d8; color: #1e1a24; }
      .note { color: #a5d6a7; }
    }`;

  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const c of children) e.append(c); // strings become text, never HTML
    return e;
  };

  const CATEGORY_KEY = (c) => c.replace(/-/g, '_');

  // ---- Placement ---------------------------------------------------------
  // The banner sits over the page in a corner of the window. It takes the
  // corner where it covers least of what it is about: the form (the fields
  // the core matched and the buttons around them), the sentences it flags,
  // and the page's headline, which on a notice is what tells the user where
  // they are. It looks again as the page scrolls or resizes and as the
  // banner grows: a banner over the submit button is in the user's way.
  // A tie keeps the corner it has, so it does not jump about.
  const CORNERS = ['top-right', 'bottom-right', 'top-left', 'bottom-left'];
  const EDGE = 12; // px between the banner and the window's edge
  const BUTTONS = 'button, [role="button"], input[type="submit"]';
  let corner = CORNERS[0];
  let shownRange = null; // the flagged sentence "Show" went to
  let flaggedRanges = []; // every highlighted sentence
  const HEADLINES = 'h1, [role="heading"][aria-level="1"]';

  const setCorner = (wanted) => {
    corner = wanted;
    if (!host) return;
    const [v, h] = wanted.split('-');
    for (const side of ['top', 'bottom', 'left', 'right']) {
      host.style.setProperty(side, side === v || side === h ? `${EDGE}px` : 'auto', 'important');
    }
    host.setAttribute('data-corner', wanted);
  };

  /** The lines of text of an element, not its whole box: a short headline
   *  leaves the rest of its row free. */
  const textRects = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return [...range.getClientRects()];
  };

  /** What the banner should not cover, most important first: the form's
   *  matched fields and the buttons near them; then the flagged sentences
   *  and the page's headline. */
  const keepClear = () => {
    const fields = ((current && current.fields) || []).map((f) => view.controls.get(f.key)).filter((c) => c && c.isConnected);
    const parts = [...fields];
    if (fields.length) {
      let scope = fields[0].parentElement;
      while (scope && scope !== document.body && !fields.every((c) => scope.contains(c))) scope = scope.parentElement;
      // A lone field (the code) is sent by a button beside its own box.
      for (let up = 0; scope && scope !== document.body && up < 4 && !scope.querySelector(BUTTONS); up++) scope = scope.parentElement;
      if (scope) parts.push(...[...scope.querySelectorAll(BUTTONS)].slice(0, 50));
    }
    const form = parts.map((e) => e.getBoundingClientRect());
    const text = [];
    for (const range of shownRange ? [shownRange, ...flaggedRanges] : flaggedRanges) text.push(...range.getClientRects());
    for (const headline of [...document.querySelectorAll(HEADLINES)].slice(0, 3)) text.push(...textRects(headline));
    const shown = (r) => r.width > 0 && r.height > 0;
    return [form.filter(shown), text.filter(shown)];
  };

  const overlap = (rects, box) => rects.reduce((sum, r) =>
    sum + Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left)) *
      Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top)), 0);

  /** Whether covering `a` is better than covering `b`: less of the form
   *  first, then less of the text. */
  const lessInTheWay = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

  let placing = 0;
  const place = () => {
    placing = 0;
    if (!host || !host.isConnected) return;
    const layers = keepClear();
    const { width, height } = host.getBoundingClientRect();
    const viewWidth = document.documentElement.clientWidth || innerWidth;
    const viewHeight = document.documentElement.clientHeight || innerHeight;
    const covered = (c) => {
      const [v, h] = c.split('-');
      const left = h === 'left' ? EDGE : viewWidth - EDGE - width;
      const top = v === 'top' ? EDGE : viewHeight - EDGE - height;
      const box = { left, top, right: left + width, bottom: top + height };
      return layers.map((rects) => overlap(rects, box));
    };
    let best = corner;
    let least = covered(corner);
    for (const c of CORNERS) {
      if (least.every((area) => area === 0)) break;
      const covers = covered(c);
      if (lessInTheWay(covers, least)) [best, least] = [c, covers];
    }
    if (best !== corner) setCorner(best);
  };
  const placeSoon = () => {
    if (!placing) placing = requestAnimationFrame(place);
  };

  // Set up with the first banner: a page without one never pays for it.
  let sizes = null;
  const watchPlacement = () => {
    if (!sizes) {
      sizes = new ResizeObserver(placeSoon);
      addEventListener('resize', placeSoon, { passive: true });
      document.addEventListener('scroll', placeSoon, { passive: true, capture: true });
    }
    sizes.disconnect();
    sizes.observe(host);
    // Placed before it is first painted: a banner that jumped to another
    // corner once shown would move its buttons from under the user's click.
    place();
  };

  const removeBanner = () => {
    if (host) host.remove();
    host = null;
  };

  const showBanner = (analysis) => {
    removeBanner();
    host = document.createElement('div');
    host.setAttribute('data-objection-banner', '');
    host.setAttribute('data-kind', analysis.kind);
    host.setAttribute('data-platform', analysis.platform);
    host.setAttribute('data-lang', analysis.lang);
    host.setAttribute('data-flags', analysis.flags.join(' '));
    // Inline and !important so page styles cannot hide or move it; text
    // spacing is left alone so the user's own stylesheets can still adjust it.
    host.setAttribute(
      'style',
      'display: block !important; position: fixed !important; z-index: 2147483647 !important; ' +
        `width: ${BANNER_WIDTH} !important; margin: 0 !important; padding: 0 !important; ` +
        'visibility: visible !important; opacity: 1 !important; transform: none !important;'
    );
    setCorner(corner);
    const root = host.attachShadow({ mode: 'open' });
    const style = el('style');
    style.textContent = BANNER_CSS;
    const kindKey = `kind_${CATEGORY_KEY(analysis.kind)}`;
    const dismiss = el('button', { type: 'button', 'data-action': 'dismiss', 'aria-label': t('banner_dismiss') }, '×');
    // Folding keeps the banner (and its prefill button) one click away
    // without covering the page; a rebuilt banner keeps the user's choice.
    const fold = el('button', { type: 'button', 'data-action': 'collapse', 'aria-controls': 'objection-body' });
    const section = el('section', { role: 'region', 'aria-labelledby': 'objection-title' },
      el('header', {}, el('h2', { id: 'objection-title' }, `${t('extension_name')}: ${t(kindKey)}`), fold, dismiss));
    const body = el('div', { id: 'objection-body' });
    section.append(body);
    // What Objection can do on a form is said once there is something to
    // fill: a script-built form appears after the page, and the banner is
    // built again then.
    const summary = t(`${kindKey}_summary`);
    const canFill = analysis.fillable ? chrome.i18n.getMessage(`${kindKey}_fill`) : '';
    body.append(el('p', {}, canFill ? `${summary} ${canFill}` : summary));

    const actions = el('div', { class: 'actions' });
    if (analysis.fillable) {
      // A page kind may name the action its own way (the code step only
      // leads to its field).
      const label = chrome.i18n.getMessage(`${kindKey}_button`) || t('banner_prefill');
      actions.append(el('button', { type: 'button', class: 'primary', 'data-action': 'prefill' }, label));
    }
    if (analysis.openForm) {
      actions.append(el('a', { href: analysis.openForm, 'data-action': 'open-form' }, t('banner_open_form')));
    }
    if (actions.childElementCount) body.append(actions);
    body.append(el('div', { class: 'result', role: 'status', 'aria-live': 'polite' }));
    const announcement = el('p', { class: 'sr-only', role: 'status' });
    section.append(announcement);
    if (analysis.statementField === 'optional') body.append(el('p', { class: 'note' }, t('note_statement_optional')));

    // What the page overstates, one collapsible section per kind of wording.
    const byCategory = new Map();
    analysis.findings.forEach((f, i) => {
      if (!byCategory.has(f.category)) byCategory.set(f.category, []);
      byCategory.get(f.category).push([f, i]);
    });
    if (byCategory.size) body.append(el('p', { class: 'lead' }, t('banner_findings_lead')));
    for (const [category, list] of byCategory) {
      const key = list[0][0].message || `flag_${CATEGORY_KEY(category)}`;
      const ul = el('ul');
      for (const [f, i] of list) {
        const li = el('li', {}, el('q', {}, f.quote));
        if (f.block !== null && f.block !== undefined) {
          li.append(' ', el('button', { type: 'button', 'data-action': 'show', 'data-finding': String(i) }, t('banner_show')));
        }
        ul.append(li);
      }
      body.append(el('details', { 'data-category': category },
        el('summary', {}, `${t(`${key}_title`)} (${list.length})`),
        el('p', {}, t(`${key}_explain`), ' ',
          el('a', { href: t('law_url'), target: '_blank', rel: 'noopener noreferrer' }, t(`${key}_article`))),
        ul));
    }
    root.append(style, section);
    setCollapsed(collapsed);

    root.addEventListener('click', (event) => {
      // Only the user's own clicks: a page script's synthetic click on the
      // banner must not trigger a fill.
      if (!event.isTrusted) return;
      const button = event.target.closest && event.target.closest('[data-action]');
      if (!button) return;
      const action = button.getAttribute('data-action');
      if (action === 'dismiss') {
        dismissedUrl = location.href;
        ask({ type: 'dismiss', url: location.href });
        removeBanner();
        setHighlights(HIGHLIGHT, []);
      } else if (action === 'collapse') {
        setCollapsed(!collapsed);
      } else if (action === 'prefill') {
        prefill();
      } else if (action === 'open-options') {
        ask({ type: 'open-options' });
      } else if (action === 'show') {
        showFinding(Number(button.getAttribute('data-finding')));
      }
    });
    document.documentElement.append(host);
    watchPlacement();
    if (!announced) {
      announced = true;
      // Filled after insertion, so the live region is there to hear it.
      setTimeout(() => {
        announcement.textContent = t('banner_announce', [t(kindKey), String(analysis.findings.length)]);
      }, 150);
    }
  };

  const setCollapsed = (fold) => {
    collapsed = fold;
    const root = host && host.shadowRoot;
    if (!root) return;
    root.getElementById('objection-body').hidden = fold;
    const button = root.querySelector('[data-action="collapse"]');
    button.setAttribute('aria-expanded', String(!fold));
    button.setAttribute('aria-label', t(fold ? 'banner_expand' : 'banner_collapse'));
    button.textContent = fold ? '+' : '−';
    host.toggleAttribute('data-collapsed', fold);
    // Folded, it is only as wide as its title, to cover as little as it can.
    host.style.setProperty('width', fold ? 'auto' : BANNER_WIDTH, 'important');
  };

  const showFinding = (index) => {
    const f = current && current.findings[index];
    const range = f && rangeOf(f.block, f.start, f.end);
    if (!range) return;
    setHighlights(FOCUS_HIGHLIGHT, [range]);
    shownRange = range;
    const target = range.startContainer.parentElement;
    if (target) target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const showResult = (lines) => {
    const result = host && host.shadowRoot.querySelector('.result');
    if (!result) return;
    // The answer to a prefill (asked from the keyboard, perhaps) is read.
    if (collapsed) setCollapsed(false);
    result.replaceChildren(...lines.map((l) => (typeof l === 'string' ? el('p', {}, l) : l)));
  };

  // ---- Prefill ----------------------------------------------------------

  const setNativeValue = (input, value) => {
    // The prototype's setter, so frameworks that wrap `value` (React) see a
    // real change when the events below arrive.
    const proto = Object.getPrototypeOf(input);
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(input, value);
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /**
   * Text into a rich-text box. Editors built on contenteditable keep their
   * own model of the text and update it from the edits the browser makes,
   * so the text goes in as one edit (as a paste would), over whatever the
   * box holds; writing the DOM directly would be undone at their next render.
   */
  const setEditableText = (box, value) => {
    box.focus();
    window.getSelection().selectAllChildren(box);
    if (document.execCommand('insertText', false, value) && box.textContent.trim()) return;
    box.textContent = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  };

  const press = (target) => {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      const Ctor = type.startsWith('pointer') && typeof PointerEvent !== 'undefined' ? PointerEvent : MouseEvent;
      target.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, view: window }));
    }
    target.click();
  };

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  const optionsFor = (combo) => {
    const id = combo.getAttribute('aria-controls') || combo.getAttribute('aria-owns');
    const list = (id && document.getElementById(id)) || document;
    return [...list.querySelectorAll('[role="option"]')].filter(visible);
  };

  // A list that has shown the same options this long without the one
  // wanted will not show it: the prefill goes on to the other fields.
  const LIST_SETTLED_MS = 600;

  /**
   * The option the core names among those the picker shows, waiting up to
   * `ms` for the page to show some (or, after typing, to filter them): one
   * of the texts it accepts, or the one that says `meaning`.
   */
  const offered = async (combo, accept, ms, meaning) => {
    let asked = '';
    let askedAt = 0;
    for (let waited = 0; waited < ms; waited += 50) {
      await sleep(50);
      const options = optionsFor(combo);
      const texts = options.map((o) => ({ value: o.getAttribute('data-value') || o.id || '', text: o.textContent.trim() }));
      const key = JSON.stringify(texts);
      if (options.length && key === asked && waited - askedAt >= LIST_SETTLED_MS) return null;
      if (!options.length || key === asked) continue;
      asked = key;
      askedAt = waited;
      const chosen = await ask({ type: 'choose', options: texts, accept, meaning });
      if (chosen && typeof chosen.index === 'number' && options[chosen.index]) return { option: options[chosen.index], prefixes: chosen.prefixes === true };
    }
    return null;
  };

  /**
   * Open a custom picker as a user would and choose the core's option. A
   * picker with a search box gets the core's search text typed when what
   * it first shows does not hold the option; if even then it does not, the
   * box is emptied again.
   */
  const choose = async (combo, accept, search, meaning) => {
    combo.focus();
    press(combo);
    let found = await offered(combo, accept, search ? 500 : 1500, meaning);
    if (!found && search) {
      setNativeValue(combo, search);
      found = await offered(combo, accept, 1500, meaning);
      if (!found) setNativeValue(combo, '');
    }
    if (!found) {
      combo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return null;
    }
    found.option.scrollIntoView({ block: 'nearest' });
    press(found.option);
    return found;
  };

  // Whether the picker chosen last in this prefill listed dialling codes.
  let prefixChosen = false;

  /** Whether a text box holds any text now. */
  const holdsText = (target) => (target.isContentEditable && !('value' in target) ? target.textContent : String(target.value || '')).trim() !== '';

  /**
   * Carry out one fill: 'filled', 'kept' or false (could not). The core
   * plans text only for boxes it saw empty; text that arrived since, typed
   * by the user or put there by the page's own script, stays as it is.
   */
  const apply = async (fill) => {
    const target = view.controls.get(fill.key);
    if (!target || !target.isConnected) return false;
    const a = fill.action;
    if ((a.type === 'set-text' || a.type === 'set-phone') && holdsText(target)) return 'kept';
    if (a.type === 'set-text') {
      if (target.isContentEditable && !('value' in target)) setEditableText(target, a.value);
      else setNativeValue(target, a.value);
    }
    else if (a.type === 'select-index') {
      target.selectedIndex = a.index;
      target.dispatchEvent(new Event('input', { bubbles: true }));
      target.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (a.type === 'check') {
      // An ARIA radio or checkbox is pressed as a pointer would.
      if (target.matches('input')) {
        if (!target.checked) target.click();
      } else if (target.getAttribute('aria-checked') !== 'true') press(target);
    } else if (a.type === 'choose') {
      const found = await choose(target, a.accept, a.search, a.meaning);
      if (!found) return false;
      prefixChosen = found.prefixes;
    } else if (a.type === 'set-phone') {
      setNativeValue(target, prefixChosen ? a.national : a.value);
    } else return false;
    touched.add(target);
    return 'filled';
  };

  /**
   * Resolve once the page has stopped changing for `quiet` ms, or after
   * `longest` ms: a form answers a choice by building the fields it asks
   * next, often after a render of its own.
   */
  const settled = (quiet = 150, longest = 1000) => new Promise((resolve) => {
    let timer;
    const done = () => { observer.disconnect(); clearTimeout(timer); clearTimeout(cap); resolve(); };
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
    // A change as the page watcher counts one (WATCH_ALL, below).
    observer.observe(document.body || document.documentElement, WATCH_ALL);
    timer = setTimeout(done, quiet);
    const cap = setTimeout(done, longest);
  });

  // A choice the prefill made may bring new fields (the third-party form
  // asks for the details once the request is chosen): the core is asked
  // again for them, twice at most, so one click fills what the form shows.
  const FOLLOW_UPS = 2;

  let prefilling = false;
  // The controls the form showed when the user last had it prefilled, on
  // that page and kind of page: a field the core matches later that is not
  // among them is new (the next step of a form, a box an answer shows), and
  // the banner says a second prefill will fill it.
  let prefilledFrom = null;
  const noteNewFields = () => {
    const from = prefilledFrom;
    if (!from || !current || !host || !current.fillable) return;
    if (from.url !== location.href || from.kind !== current.kind) {
      prefilledFrom = null;
      return;
    }
    const fresh = current.fields.some((f) => {
      const control = view.controls.get(f.key);
      return control && !from.controls.has(control);
    });
    if (!fresh) return;
    prefilledFrom = null; // said once for each prefill
    const result = host.shadowRoot.querySelector('.result');
    if (result) result.prepend(el('p', {}, t('prefill_more_fields')));
  };

  const prefill = async () => {
    if (prefilling) return;
    prefilling = true;
    try {
      let reply = await ask({ type: 'prefill', snapshot: snapshot() });
      if (!reply) return showResult([t('prefill_failed')]);
      if (reply.problem) {
        showResult([t(`prefill_${reply.problem.replace(/-/g, '_')}`),
          el('button', { type: 'button', 'data-action': 'open-options' }, t('banner_open_options'))]);
        return;
      }
      let plan = reply.plan;
      if (!plan) return showResult([t('prefill_failed')]);
      const filled = [];
      const failed = [];
      const keptNow = [];
      prefixChosen = false;
      let focus = null;
      for (let round = 0; ; round += 1) {
        let ticked = false;
        for (const fill of plan.fills) {
          const done = await apply(fill);
          if (done === 'filled') {
            filled.push(fill.what);
            // Any choice, ticked or picked from a list of either kind, may
            // bring the fields the form asks next.
            ticked = ticked || ['check', 'choose', 'select-index'].includes(fill.action.type);
          } else if (done === 'kept') keptNow.push(fill.what);
          else failed.push(fill.what);
        }
        // Keys belong to the snapshot the plan was made from.
        focus = plan.focus !== null && plan.focus !== undefined ? view.controls.get(plan.focus) : null;
        if (!ticked || round === FOLLOW_UPS) break;
        const before = new Set(view.controls.values());
        await settled();
        const snap = snapshot();
        if ([...view.controls.values()].every((c) => before.has(c))) break;
        reply = await ask({ type: 'prefill', snapshot: snap });
        if (!reply || !reply.plan) break;
        plan = reply.plan;
      }
      // The last plan saw the whole form as it is now: what it keeps, what
      // it misses. What this prefill filled itself is not "kept".
      plan.kept = [...plan.kept, ...keptNow].filter((w) => !filled.includes(w));
      const missing = [...plan.missing, ...failed.filter((w) => !filled.includes(w))];
      const names = (list) => [...new Set(list)].map((w) => t(`field_name_${w}`)).join(', ');
      const lines = [];
      // "Nothing left to fill" only where something could have been.
      const onlyTasks = !filled.length && !plan.kept.length && !missing.length && plan.userTasks.length;
      if (!onlyTasks) lines.push(filled.length ? t('prefill_filled', names(filled)) : t('prefill_nothing'));
      if (plan.kept.length) lines.push(t('prefill_kept', names(plan.kept)));
      if (missing.length) lines.push(t('prefill_missing', names(missing)));
      for (const task of plan.userTasks) lines.push(t(`task_${task}`));
      lines.push(t('prefill_not_submitted'));
      showResult(lines);
      prefilledFrom = current && { url: location.href, kind: current.kind, controls: new WeakSet(view.controls.values()) };
      if (focus && focus.isConnected) focus.focus();
    } finally {
      prefilling = false;
    }
  };

  // ---- Lifecycle --------------------------------------------------------

  const render = (analysis, rebuild) => {
    current = analysis;
    if (!analysis) {
      removeBanner();
      shownRange = null;
      flaggedRanges = [];
      setHighlights(HIGHLIGHT, []);
      return;
    }
    adoptHighlightStyle();
    const ranges = analysis.findings.filter((f) => f.block !== null && f.block !== undefined)
      .map((f) => rangeOf(f.block, f.start, f.end)).filter(Boolean);
    setHighlights(HIGHLIGHT, ranges);
    flaggedRanges = ranges;
    if (host) placeSoon();
    if (rebuild && dismissedUrl !== location.href) {
      // Keep the answer to a prefill the user just asked for, while the page
      // is still the same kind of page.
      const sameKind = host && host.getAttribute('data-kind') === analysis.kind;
      const previous = sameKind && host.shadowRoot.querySelector('.result');
      const kept = previous ? [...previous.childNodes] : [];
      showBanner(analysis);
      if (kept.length) host.shadowRoot.querySelector('.result').replaceChildren(...kept);
    }
  };

  /** What the banner says; finding positions may move without changing it. */
  const bannerKey = (a) => a && JSON.stringify([a.kind, a.platform, a.lang, a.fillable, a.flags, a.statementField, a.openForm,
    a.findings.map((f) => [f.rule, f.quote])]);

  let lastKey = null;
  let lastUrl = '';
  let rechecks = 0;
  // The objection record: the form as the user last left it, and the kind
  // of page last seen, to notice the step from form to code or confirmation.
  let lastForm = null;
  let lastKind = null;
  // Each check ends by watching the page as what it found asks (see watch).
  const run = async () => {
    try {
      if (location.href !== gate.url) resetGate();
      if (!gate.open) {
        lastKind = null;
        if (current) render(null);
        return;
      }
      listen();
      const snap = snapshot();
      const reply = await ask({ type: 'analyse', snapshot: snap });
      const analysis = reply && reply.analysis ? reply.analysis : null;
      const kind = analysis ? analysis.kind : null;
      if ((kind === 'code-step' || kind === 'objection-confirmed') && kind !== lastKind) {
        ask({ type: 'record-progress', snapshot: snap, lastForm });
      }
      lastKind = kind;
      if (reply && reply.dismissed) dismissedUrl = location.href;
      const key = bannerKey(analysis);
      if (key === lastKey && analysis && (host || dismissedUrl === location.href)) {
        // Same message: only the highlights follow the text.
        render(analysis, false);
        return;
      }
      lastKey = key;
      render(analysis, true);
    } finally {
      noteNewFields();
      watch();
    }
  };

  let timer = 0;
  const schedule = () => {
    if (timer) return;
    if (location.href === lastUrl && !current && rechecks >= MAX_RECHECKS_UNRECOGNISED) return;
    const delay = location.href !== lastUrl || current ? RECHECK_MS : RECHECK_MS * 2 ** rechecks;
    timer = setTimeout(() => {
      timer = 0;
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        rechecks = 0;
      } else if (!current) {
        rechecks += 1;
      }
      run();
    }, delay);
  };

  document.addEventListener('input', (e) => { if (e.isTrusted && e.target instanceof Element) touched.add(e.target); }, true);
  document.addEventListener('click', (e) => {
    if (!e.isTrusted || !(e.target instanceof Element)) return;
    const combo = e.target.closest('[role="combobox"], [aria-haspopup="listbox"]');
    if (combo) touched.add(combo);
  }, true);

  // What only matters on Objection's pages is set up once the gate first
  // opens: on every other page the content script stays this small.
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    const onForm = () => current && current.sendsObjection;
    // Before the page's own handlers run, so the values are those being sent.
    document.addEventListener('submit', (e) => {
      if (!e.isTrusted || !onForm()) return;
      lastForm = snapshot();
      ask({ type: 'record-submit', snapshot: lastForm });
    }, true);
    document.addEventListener('click', (e) => {
      if (!e.isTrusted || !onForm() || !(e.target instanceof Element)) return;
      if (e.target.closest('button, [role="button"], input[type="submit"]') && !(host && host.contains(e.target))) lastForm = snapshot();
    }, true);

    chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== chrome.runtime.id) return false;
      if (message && message.type === 'status') {
        sendResponse(current ? { kind: current.kind, platform: current.platform, fillable: current.fillable } : {});
      } else if (message && message.type === 'prefill-request') {
        if (current && current.fillable) {
          if (!host && dismissedUrl === location.href) {
            dismissedUrl = null;
            render(current, true);
          }
          prefill();
        }
        sendResponse(true);
      }
      return false;
    });
  };

  // Single-page apps change steps by adding nodes or by showing and hiding
  // them, so attributes that show or hide count as changes too.
  // While the gate is shut only the added text is read, and nothing is sent.
  // Nor are attributes watched then: the gate reads hidden text too, so
  // showing it cannot open the gate, and a busy page changes classes and
  // styles thousands of times.
  const WATCH_TEXT = { childList: true, subtree: true, characterData: true };
  const WATCH_ALL = { ...WATCH_TEXT, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'open'] };
  let observer = null;
  let watchingAll = null;
  const watch = () => {
    const all = gate.open || !!current;
    if (all === watchingAll) return;
    watchingAll = all;
    observer.observe(document.body || document.documentElement, all ? WATCH_ALL : WATCH_TEXT);
  };

  const onMutations = (records) => {
    if (location.href !== gate.url) {
      resetGate();
    } else if (!gate.open) {
      let added = '';
      for (const r of records) {
        if (r.type === 'characterData') added += r.target.data;
        else for (const n of r.addedNodes) added += gateText(n);
      }
      if (added) gateSees(added, false);
    }
    if (gate.open || current) schedule();
    watch();
  };
  observer = new MutationObserver(onMutations);
  window.addEventListener('popstate', schedule);
  lastUrl = location.href;
  // The first check runs up to its message at once; the page is watched
  // from then on, and again as the answer says what the page is.
  run();
  watch();
})();
