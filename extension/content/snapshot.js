// Describes the page for Objection's core: visible text in blocks (with the
// text nodes behind each block, so findings can be highlighted) and form
// controls with every source of their labels. It reads the page, never
// changes it, and decides nothing. Shared by the content script and by the
// tool that records golden snapshots of the test fixtures.
// eslint-disable-next-line no-unused-vars
var ObjectionSnapshot = (() => {
  'use strict';
  // Elements whose text starts a new block of page text.
  const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DT', 'FIELDSET', 'FIGCAPTION', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TD', 'TH', 'UL']);
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'SVG']);
  // Rich-text boxes (contenteditable elements, as editors such as Lexical
  // and Draft.js build them) are text boxes to the person filling the form.
  // Radio buttons and checkboxes built from ARIA roles are described as the
  // native ones they stand for.
  const CONTROL_SELECTOR = 'input, select, textarea, [role="combobox"], [aria-haspopup="listbox"], [role="radio"], [role="checkbox"], [role="switch"], [contenteditable]:not([contenteditable="false"])';
  const TOGGLE_ROLES = { radio: 'radio', checkbox: 'checkbox', switch: 'checkbox' };
  const SKIP_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'range', 'color']);
  const MAX_TEXT = 2_000_000;
  const MAX_CONTAINER_CHILDREN = 8;
  let host = null; // the banner's host: its text is not the page's
  let touchedTest = () => false;

  const visible = (el) => !el.checkVisibility || el.checkVisibility({ visibilityProperty: true, opacityProperty: false });

  /**
   * The ARIA roles of `el` and its ancestors, outermost first, as one
   * space-separated string (a role attribute counts by its first token).
   * The core reads them to tell people's posts from Meta's own text.
   * Ancestors are shared between blocks, so each element is read once.
   */
  const rolesOf = (el, cache) => {
    const chain = [];
    let e = el;
    for (; e && e !== document.documentElement && !cache.has(e); e = e.parentElement) chain.push(e);
    let roles = e && cache.has(e) ? cache.get(e) : '';
    for (let i = chain.length - 1; i >= 0; i--) {
      const own = (chain[i].getAttribute('role') || '').trim().split(/\s+/)[0];
      if (own) roles = roles ? `${roles} ${own}` : own;
      cache.set(chain[i], roles);
    }
    return roles;
  };

  const blockOf = (el, namers) => {
    for (let e = el; e; e = e.parentElement) if (BLOCK_TAGS.has(e.tagName) || namers.has(e)) return e;
    return document.body;
  };

  /** The elements `node`'s `attr` (`aria-labelledby` and the like) names by id. */
  const referenced = (node, attr) => (node.getAttribute(attr) || '').split(/\s+/).filter(Boolean)
    .map((id) => document.getElementById(id)).filter(Boolean);

  /**
   * The elements that name or describe a control by id (`aria-labelledby`,
   * `aria-describedby`): labels to the reader whatever their tag. Each is a
   * block of its own, so a flagged label ("Tell us how this affects you")
   * is one sentence and not the run of every label beside it.
   */
  const controlNamers = () => {
    const namers = new Set();
    for (const el of document.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
      if (!el.matches(CONTROL_SELECTOR)) continue;
      for (const ref of [...referenced(el, 'aria-labelledby'), ...referenced(el, 'aria-describedby')]) namers.add(ref);
    }
    return namers;
  };

  /** Text of `root` without the text inside `skip` (a control in its label). */
  const textWithout = (root, skip) => {
    let out = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (skip && skip.contains(n)) continue;
      if (n.parentElement && SKIP_TAGS.has(n.parentElement.tagName)) continue;
      out += n.data;
    }
    return out.replace(/\s+/g, ' ').trim();
  };

  /** The browser's NFKC folding, as sparse substitutions the core applies. */
  const compat = (text) => {
    if (text.normalize('NFKC') === text) return undefined;
    const subs = [];
    for (const m of text.matchAll(/\P{M}\p{M}*/gu)) {
      const n = m[0].normalize('NFKC');
      if (n !== m[0]) subs.push([m.index, m[0].length, n]);
    }
    return subs;
  };

  const collectBlocks = () => {
    const blocks = [];
    const byElement = new Map();
    const visibility = new Map();
    let total = 0;
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        if (!parent || !node.data.trim()) return NodeFilter.FILTER_REJECT;
        for (let e = parent; e; e = e.parentElement) {
          if (SKIP_TAGS.has(e.tagName.toUpperCase()) || e === host) return NodeFilter.FILTER_REJECT;
        }
        // Read once per element. What is typed into a rich-text box is the
        // person's own words, not the page's.
        let v = visibility.get(parent);
        if (v === undefined) visibility.set(parent, (v = visible(parent) && !parent.isContentEditable));
        return v ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    const namers = controlNamers();
    for (let n = walker.nextNode(); n && total < MAX_TEXT; n = walker.nextNode()) {
      const el = blockOf(n.parentElement, namers);
      let block = byElement.get(el);
      if (!block) {
        block = { el, nodes: [], text: '' };
        byElement.set(el, block);
        blocks.push(block);
      }
      block.nodes.push({ node: n, start: block.text.length });
      block.text += n.data;
      total += n.data.length;
    }
    return blocks;
  };

  const ariaToggle = (el) => !['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && Object.hasOwn(TOGGLE_ROLES, el.getAttribute('role'));

  const labelsOf = (el) => {
    const labels = [];
    const add = (source, text) => {
      text = (text || '').replace(/\s+/g, ' ').trim();
      if (text) labels.push({ source, text: text.slice(0, 500) });
    };
    for (const label of el.labels || []) add(label.contains(el) ? 'label-wrap' : 'label-for', textWithout(label, el));
    // The text of the elements `node`'s `attr` names by id, as `source`.
    const addReferenced = (node, attr, source) => {
      for (const ref of referenced(node, attr)) add(source, textWithout(ref, el));
    };
    // An ARIA radio or checkbox is named by its own text, as a native one
    // by the label around it.
    if (ariaToggle(el)) add('label-wrap', el.textContent);
    // A group's name is its controls' legend: radio buttons under their
    // question, or a code asked one digit per box ("Digit 1" … in a group
    // named "Confirmation code").
    const group = el.closest('[role="radiogroup"], [role="group"]');
    if (group) {
      add('legend', group.getAttribute('aria-label'));
      addReferenced(group, 'aria-labelledby', 'legend');
    }
    add('aria-label', el.getAttribute('aria-label'));
    addReferenced(el, 'aria-labelledby', 'aria-labelledby');
    addReferenced(el, 'aria-describedby', 'aria-describedby');
    add('placeholder', el.getAttribute('placeholder'));
    add('title', el.getAttribute('title'));
    add('name', el.getAttribute('name'));
    add('id', el.id);
    add('autocomplete', el.getAttribute('autocomplete'));
    const fieldset = el.closest('fieldset');
    const legend = fieldset && fieldset.querySelector('legend');
    if (legend) add('legend', legend.textContent);
    // The control's own container may say more than its label ("(optional)"
    // beside it, a hint below); the core reads it only for whether the field
    // may be left empty. Only a small container is read: a page with
    // thousands of controls in one element costs no more than one without.
    const box = el.parentElement;
    if (box && box !== document.body && box.childElementCount <= MAX_CONTAINER_CHILDREN && box.querySelectorAll(CONTROL_SELECTOR).length === 1) {
      const text = textWithout(box, el);
      if (text && text.length <= 200 && !labels.some((l) => l.text === text)) add('container', text);
    }
    if (!labels.some((l) => l.source.startsWith('label') || l.source.startsWith('aria-label'))) {
      // Markup without labels: the text just before the control.
      for (let e = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
        const prev = e.previousElementSibling;
        if (prev && !prev.matches(CONTROL_SELECTOR)) {
          const text = textWithout(prev, null);
          if (text && text.length < 200) {
            add('nearby', text);
            break;
          }
        }
      }
    }
    return labels;
  };

  const collectControls = () => {
    const controls = new Map();
    const out = [];
    const groups = new Map();
    let key = 0;
    for (const el of document.querySelectorAll(CONTROL_SELECTOR)) {
      if (host && host.contains(el)) continue;
      const tag = el.tagName.toLowerCase();
      const type = tag === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : '';
      if (SKIP_INPUT_TYPES.has(type) || !visible(el)) continue;
      const native = ['input', 'select', 'textarea'].includes(tag);
      const toggle = ariaToggle(el);
      // Only the root of an editable region: its children inherit the attribute's effect.
      const editable = !native && !toggle && el.isContentEditable;
      if (editable && el.parentElement && el.parentElement.isContentEditable) continue;
      const custom = !native && !editable && !toggle;
      if (custom && el.querySelector('input, select, textarea')) continue; // a wrapper: its input counts
      if (toggle && [...el.querySelectorAll('input')].some(visible)) continue;
      key += 1;
      controls.set(key, el);
      const control = {
        key,
        tag: custom ? 'combobox' : editable ? 'textarea' : toggle ? 'input' : tag,
        type: toggle ? TOGGLE_ROLES[el.getAttribute('role')] : type,
        labels: labelsOf(el),
        required: el.required === true || el.getAttribute('aria-required') === 'true',
        value: custom ? (touchedTest(el) ? 'set' : '') : editable ? el.textContent.trim() : String(el.value || ''),
        checked: toggle ? el.getAttribute('aria-checked') === 'true' : el.checked === true,
        // An empty read-only box is not for anyone to fill, unless it only
        // opens a picker; one with text (the account's email, as Meta shows
        // it) is described as it is, so the banner can say it was kept.
        disabled: el.disabled === true || el.getAttribute('aria-disabled') === 'true'
          || (el.readOnly === true && !el.value && !el.matches('[role="combobox"], [aria-haspopup], [aria-autocomplete]')),
        options: tag === 'select' ? [...el.options].map((o) => ({ value: o.value, text: o.text })) : [],
      };
      // Which option a select shows, and whether the user (or a prefill)
      // set the control: the core tells a choice from a default by them.
      if (tag === 'select') control.selected = el.selectedIndex;
      if ((tag === 'input' || tag === 'textarea') && el.hasAttribute('maxlength') && el.maxLength >= 0) control.maxLength = el.maxLength;
      if (touchedTest(el)) control.touched = true;
      // Which radio buttons answer one question: a native one's name, an
      // ARIA one's radiogroup.
      if (control.type === 'radio') {
        const group = toggle ? el.closest('[role="radiogroup"]') : null;
        if (group) {
          if (!groups.has(group)) groups.set(group, `group-${groups.size + 1}`);
          control.group = groups.get(group);
        } else if (!toggle && el.name) control.group = `name-${el.name}`;
      }
      if (tag === 'input' && (el.getAttribute('role') === 'combobox' || /^(list|both)$/.test(el.getAttribute('aria-autocomplete') || ''))) control.typeahead = true;
      out.push(control);
    }
    return { controls, out };
  };

  const take = ({ exclude = null, isSet = () => false } = {}) => {
    host = exclude;
    touchedTest = isSet;
    const blocks = collectBlocks();
    const { controls, out } = collectControls();
    const view = { blocks, controls };
    const roleCache = new Map();
    // Which post a block belongs to: the number of its outermost article, in
    // the order first met: the core tells a timeline of posts from a page of Meta's.
    const articles = new Map();
    const articleOf = (el) => {
      let top = null;
      for (let a = el.closest('[role="article"]'); a; a = a.parentElement && a.parentElement.closest('[role="article"]')) top = a;
      if (!articles.has(top)) articles.set(top, articles.size + 1);
      return articles.get(top);
    };
    const snapshot = {
      url: location.href,
      lang: document.documentElement.getAttribute('lang') || '',
      title: document.title,
      blocks: blocks.map((b) => {
        const block = { text: b.text, tag: b.el.tagName.toLowerCase() };
        const roles = rolesOf(b.el, roleCache);
        if (roles) block.roles = roles;
        if (/(^| )article( |$)/.test(roles)) block.article = articleOf(b.el);
        const subs = compat(b.text);
        if (subs) block.compat = subs;
        return block;
      }),
      controls: out,
    };
    return { snapshot, view };
  };

  return { take, visible, CONTROL_SELECTOR };
})();
