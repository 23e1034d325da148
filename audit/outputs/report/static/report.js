/* hindi-mt-audit report script. Inline, allowed by its SHA-256 in the page's CSP.
   Security: every input string reaches the DOM through textContent / createTextNode /
   attribute setters; no string is ever parsed as HTML. Data comes from the JSON block. */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var records = DATA.records;
  var meta = DATA.meta || {};
  var REPORT_ID = DATA.report_id;
  var STORE_KEY = 'hindi-mt-audit:decisions:' + REPORT_ID;
  var PAGE_SIZE = 100;
  var STATUSES = ['accepted', 'dismissed'];
  var UI = DATA.ui || {};
  var SCORE_LABELS = DATA.score_labels || {};
  var STYLES = DATA.category_styles || {};

  /* an interface string in the report's language; {name} placeholders filled from params */
  function T(key, params) {
    var s = UI[key] !== undefined ? String(UI[key]) : key;
    if (params) Object.keys(params).forEach(function (k) { s = s.split('{' + k + '}').join(String(params[k])); });
    return s;
  }
  /* fixed per category (server side, static/categories.json): colour slot + pattern */
  function catClass(category) {
    var st = STYLES[category];
    return st ? st.cls : 'cat-7 pat-solid';
  }
  function catLabel(category) {
    var st = STYLES[category];
    return st && st.label ? st.label : category;
  }
  function sevLabel(s) { return UI['sev_' + s] || s; }
  function isFlagged(r) { return !!r.flagged || r.findings.length > 0; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(x) { return (typeof x === 'number' && isFinite(x)) ? x.toFixed(2) : String(x); }

  /* ---------- decisions ---------- */
  var fileDecisions = {};   // key -> {status, note} read by `audit run --decisions`
  var decisions = {};       // key -> {status, note, time}
  var keyIndex = {};        // key -> [[recordIndex, findingIndex], ...]
  records.forEach(function (r, ri) {
    r.findings = r.findings || [];
    r.findings.forEach(function (f, fi) {
      if (f.decision && (STATUSES.indexOf(f.decision.status) >= 0 || f.decision.note)) {
        fileDecisions[f.key] = { status: STATUSES.indexOf(f.decision.status) >= 0 ? f.decision.status : 'open',
          note: f.decision.note || '' };
      }
      (keyIndex[f.key] = keyIndex[f.key] || []).push([ri, fi]);
    });
  });
  var storageOk = true;
  var stored = {};
  try {
    stored = JSON.parse(window.localStorage.getItem(STORE_KEY) || '{}') || {};
  } catch (e) { storageOk = false; stored = {}; }
  Object.keys(fileDecisions).forEach(function (k) { decisions[k] = fileDecisions[k]; });
  Object.keys(stored).forEach(function (k) {
    var d = stored[k];
    if (d && typeof d === 'object' && keyIndex[k]) decisions[k] = { status: String(d.status || 'open'), note: String(d.note || ''), time: d.time };
  });

  function statusOf(f) { var d = decisions[f.key]; return d && STATUSES.indexOf(d.status) >= 0 ? d.status : 'open'; }
  function noteOf(f) { var d = decisions[f.key]; return d ? d.note || '' : ''; }
  function persist() {
    var out = {};
    Object.keys(decisions).forEach(function (k) {
      var d = decisions[k], fd = fileDecisions[k];
      if (fd && fd.status === d.status && (fd.note || '') === (d.note || '')) return;
      out[k] = d;
    });
    try { window.localStorage.setItem(STORE_KEY, JSON.stringify(out)); storageOk = true; }
    catch (e) { storageOk = false; setStatusLine(); }
  }
  function setDecision(key, status, note) {
    var prev = decisions[key] || { status: 'open', note: '' };
    decisions[key] = { status: status, note: note === undefined ? prev.note || '' : note, time: new Date().toISOString() };
    persist();
    (keyIndex[key] || []).forEach(function (pair) { refreshFinding(pair[0], pair[1]); });
    updateCounts();
  }

  /* ---------- counts ---------- */
  function updateCounts() {
    var c = { open: 0, accepted: 0, dismissed: 0 };
    records.forEach(function (r) { r.findings.forEach(function (f) { c[statusOf(f)] += 1; }); });
    Object.keys(c).forEach(function (k) {
      var node = document.getElementById('count-' + k);
      if (node) node.textContent = String(c[k]);
    });
  }

  /* ---------- filters ---------- */
  var F = { cats: new Set(), sevs: new Set(), rule: '', status: '', risk: 0, flagged: false, q: '' };
  var searchCache = new Array(records.length);
  function searchText(ri) {
    if (searchCache[ri] === undefined) {
      var r = records[ri], parts = [r.mt, r.src, r.ref, r.doc, r.id, locationOf(r)];
      if (r.roundtrip) parts.push(r.roundtrip.backtranslation, r.roundtrip.roundtrip, r.roundtrip.gloss);
      r.findings.forEach(function (f) { parts.push(f.code, f.category, f.message, f.suggestion, f.span); });
      searchCache[ri] = parts.filter(function (p) { return typeof p === 'string'; }).join('\n').toLowerCase();
    }
    return searchCache[ri];
  }
  function findingFilterActive() { return F.cats.size > 0 || F.sevs.size > 0 || !!F.rule || !!F.status; }
  function findingMatches(f) {
    if (F.cats.size && !F.cats.has(f.category)) return false;
    if (F.sevs.size && !F.sevs.has(f.severity)) return false;
    if (F.rule && f.code !== F.rule) return false;
    if (F.status && statusOf(f) !== F.status) return false;
    return true;
  }
  function recordVisible(ri) {
    var r = records[ri];
    if (F.flagged && !isFlagged(r)) return false;
    if (F.risk > 0 && !(r.risk >= F.risk)) return false;
    if (findingFilterActive() && !r.findings.some(findingMatches)) return false;
    if (F.q && searchText(ri).indexOf(F.q) < 0) return false;
    return true;
  }

  var visible = [];          // record indices passing the filters, in document order
  var visiblePos = {};       // record index -> position in `visible`
  var page = 0;
  var cur = -1;              // current record index (keyboard navigation)
  var curFinding = 0;
  function computeVisible() {
    visible = [];
    visiblePos = {};
    for (var i = 0; i < records.length; i++) {
      if (recordVisible(i)) { visiblePos[i] = visible.length; visible.push(i); }
    }
  }

  /* ---------- rendering ---------- */
  var container = document.getElementById('segments');
  var showScores = false;  // raw model features stay behind the "show scores" toggle
  var statusLine = document.getElementById('status');
  var tip = document.getElementById('tip');

  function setStatusLine() {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    var a = visible.length ? page * PAGE_SIZE + 1 : 0;
    var b = Math.min(visible.length, (page + 1) * PAGE_SIZE);
    statusLine.textContent = T('showing', { a: a, b: b, n: visible.length, total: records.length, page: page + 1, pages: pages }) +
      (storageOk ? '' : T('storage_off'));
  }

  function renderPager() {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    document.querySelectorAll('nav.pager').forEach(function (nav) {
      nav.replaceChildren();
      var prev = el('button', 'prev', T('prev_page'));
      prev.type = 'button';
      prev.disabled = page <= 0;
      prev.addEventListener('click', function () { showPage(page - 1, true); });
      var next = el('button', 'next', T('next_page'));
      next.type = 'button';
      next.disabled = page >= pages - 1;
      next.addEventListener('click', function () { showPage(page + 1, true); });
      nav.append(prev, el('span', 'pageno', T('page_of', { page: page + 1, pages: pages })), next);
      nav.hidden = pages <= 1;
    });
  }

  function codePoints(text) {
    return /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : null;
  }

  function buildMt(r, ri) {
    var p = el('p', 'mt');
    p.lang = r.lang || 'hi';
    var text = r.mt || '';
    var fs = r.findings;
    if (!fs.length) { p.textContent = text; return p; }
    var cps = codePoints(text);
    var len = cps ? cps.length : text.length;
    var slice = function (a, b) { return cps ? cps.slice(a, b).join('') : text.slice(a, b); };
    var clamp = function (x) { x = Number(x) || 0; return Math.max(0, Math.min(len, x)); };
    var cuts = new Set([0, len]);
    fs.forEach(function (f) { cuts.add(clamp(f.start)); cuts.add(clamp(f.end)); });
    var pts = Array.from(cuts).sort(function (a, b) { return a - b; });
    var appendTags = function (pos) {
      fs.forEach(function (f, fi) {
        if (clamp(f.end) === pos) {
          // the label is CSS generated content (attr(data-code)): visible, but not part of the
          // segment's text when an editor copies it
          var tag = el('span', 'tag ' + catClass(f.category));
          tag.dataset.code = f.code;
          tag.dataset.ri = ri;
          tag.dataset.fis = String(fi);
          tag.dataset.fi = String(fi);
          tag.tabIndex = 0;
          tag.setAttribute('aria-label', f.code + ' ' + catLabel(f.category) + ' ' + sevLabel(f.severity) + ': ' + (f.message || ''));
          p.append(tag);
        }
      });
    };
    appendTags(0);
    for (var k = 0; k < pts.length - 1; k++) {
      var a = pts[k], b = pts[k + 1];
      var covering = [];
      fs.forEach(function (f, fi) { if (clamp(f.start) <= a && clamp(f.end) >= b && clamp(f.start) < clamp(f.end)) covering.push(fi); });
      var piece = slice(a, b);
      if (!covering.length) {
        p.append(piece);
      } else {
        var top = covering.slice().sort(function (x, y) { return sevRank(fs[y].severity) - sevRank(fs[x].severity); })[0];
        var m = el('mark', 'hl ' + catClass(fs[top].category) + ' sev-' + fs[top].severity, piece);
        if (covering.length > 1) m.classList.add('multi');
        m.dataset.ri = ri;
        m.dataset.fis = covering.join(',');
        m.tabIndex = 0;
        p.append(m);
      }
      appendTags(b);
    }
    return p;
  }
  function sevRank(s) { var i = ['minor', 'major', 'critical'].indexOf(s); return i < 0 ? 0 : i; }

  function buildEvidence(ev) {
    var keys = ev && typeof ev === 'object' ? Object.keys(ev) : [];
    if (!keys.length) return null;
    var d = el('details', 'evidence');
    d.append(el('summary', null, T('evidence')));
    var dl = el('dl');
    keys.forEach(function (k) {
      var v = ev[k];
      dl.append(el('dt', null, k), el('dd', null, typeof v === 'string' ? v : JSON.stringify(v)));
    });
    d.append(dl);
    return d;
  }

  function buildFinding(r, ri, f, fi) {
    var li = el('li', 'finding ' + catClass(f.category));
    li.dataset.ri = ri;
    li.dataset.fi = fi;
    li.dataset.key = f.key;
    var head = el('div', 'fhead');
    var cat = el('span', 'cat ' + catClass(f.category), catLabel(f.category));
    cat.dataset.category = f.category;
    head.append(el('span', 'code', f.code), cat, el('span', 'sev sev-' + f.severity, sevLabel(f.severity)), el('span', 'state'));
    var span = el('span', 'span', '«' + (f.span || '') + '»');
    span.lang = r.lang || 'hi';
    head.append(span);
    li.append(head);
    var msg = el('p', 'msg', f.message || '');
    if (f.suggestion) {
      var s = el('span', 'sugg');
      var sv = el('span', null, f.suggestion);
      sv.lang = 'hi';
      s.append(el('b', null, T('suggestion')), sv);
      msg.append(' ', s);
    }
    li.append(msg);
    var actions = el('div', 'actions');
    var acc = el('button', 'accept', T('accept'));
    acc.type = 'button';
    acc.addEventListener('click', function () { setDecision(f.key, statusOf(f) === 'accepted' ? 'open' : 'accepted'); });
    var dis = el('button', 'dismiss', T('dismiss'));
    dis.type = 'button';
    dis.addEventListener('click', function () { setDecision(f.key, statusOf(f) === 'dismissed' ? 'open' : 'dismissed'); });
    var note = el('input', 'note');
    note.type = 'text';
    note.placeholder = T('note_ph');
    note.setAttribute('aria-label', T('note_on', { code: f.code }));
    note.value = noteOf(f);
    note.addEventListener('change', function () { setDecision(f.key, statusOf(f), note.value); });
    actions.append(acc, dis, note);
    var ev = buildEvidence(f.evidence);
    if (ev) actions.append(ev);
    if (fileDecisions[f.key]) actions.append(el('span', 'from-file', T('from_file', { status: T(fileDecisions[f.key].status) })));
    li.append(actions);
    return li;
  }

  function refreshFinding(ri, fi) {
    var art = document.getElementById('seg-' + ri);
    if (!art) return;
    var f = records[ri].findings[fi];
    var st = statusOf(f);
    var li = art.querySelector('li.finding[data-fi="' + fi + '"]');
    if (li) {
      li.classList.remove('status-open', 'status-accepted', 'status-dismissed');
      li.classList.add('status-' + st);
      li.querySelector('.state').textContent = T(st);
      li.querySelector('button.accept').setAttribute('aria-pressed', String(st === 'accepted'));
      li.querySelector('button.dismiss').setAttribute('aria-pressed', String(st === 'dismissed'));
      var note = li.querySelector('input.note');
      if (document.activeElement !== note) note.value = noteOf(f);
    }
    art.querySelectorAll('.tag[data-fi="' + fi + '"]').forEach(function (t) {
      t.classList.toggle('decided-dismissed', st === 'dismissed');
    });
    art.querySelectorAll('mark.hl').forEach(function (m) {
      var fis = m.dataset.fis.split(',').map(Number);
      var allDismissed = fis.every(function (x) { return statusOf(records[ri].findings[x]) === 'dismissed'; });
      m.classList.toggle('decided-dismissed', allDismissed);
    });
    var open = records[ri].findings.filter(function (x) { return statusOf(x) === 'open'; }).length;
    art.dataset.open = String(open);
  }

  function buildGloss(rt) {
    var dd = el('dd', 'gloss');
    dd.lang = 'en';
    var words = Array.isArray(rt.gloss_words) ? rt.gloss_words : null;
    if (!words) { dd.textContent = String(rt.gloss || ''); return dd; }
    words.forEach(function (w, i) {
      if (i) dd.append(' ');
      if (!w || typeof w !== 'object') return;
      if (w.en === null || w.en === undefined || w.en === '') {
        var u = el('span', 'g-unknown', '[' + String(w.hi || '') + ']');
        u.lang = 'hi';
        dd.append(u);
        return;
      }
      var span = el('span', 'g-word' + (w.low ? ' g-low' : ''), String(w.en));
      var tip = String(w.hi || '');
      if (w.low) {
        span.append(el('sup', 'g-mark', '?'));
        tip += ' — ' + T('gloss_low', { why: T('gloss_why_' + w.low) + (w.note ? ' (' + w.note + ')' : '') });
      }
      if (Array.isArray(w.alts) && w.alts.length) tip += ' — ' + T('gloss_alts', { alts: w.alts.join(', ') });
      span.title = tip;
      span.dataset.hi = String(w.hi || '');
      if (w.low) span.dataset.low = String(w.low);
      dd.append(span);
    });
    dd.append(el('span', 'g-legend', T('gloss_legend')));
    return dd;
  }

  function scoreValue(v) {
    if (typeof v === 'number' && isFinite(v)) return Math.abs(v - Math.round(v)) < 1e-9 ? String(Math.round(v)) : v.toFixed(2);
    return String(v);
  }

  function buildSide(r) {
    var dl = el('dl', 'side');
    var add = function (label, value, lang, cls) {
      if (value === null || value === undefined || value === '') return;
      var dd = value instanceof Node ? value : el('dd', null, value);
      if (lang) dd.lang = lang;
      var dt = el('dt', cls || null, label);
      dl.append(dt, dd);
    };
    add(T('src'), r.src, 'en');
    add(T('ref'), r.ref, 'hi');
    var rt = r.roundtrip;
    if (rt && typeof rt === 'object') {
      if (rt.kind === 'gloss' || rt.gloss) {
        add(T('gloss') + (rt.model ? ' · ' + rt.model : ''), buildGloss(rt), 'en', 'gloss-h');
      } else if (rt.backtranslation) {
        add(T('bt') + (rt.model ? ' (' + rt.model + ')' : ''), rt.backtranslation, 'en');
      }
      if (rt.roundtrip) {
        var dd = el('dd', 'diff');
        dd.lang = 'hi';
        (rt.diff || [[0, rt.roundtrip]]).forEach(function (op) {
          if (op[0] === 0) dd.append(op[1]);
          else dd.append(el(op[0] < 0 ? 'del' : 'ins', null, op[1]));
        });
        dd.title = T('rt_title');
        add(T('rt_diff'), dd);
      }
      if (!rt.kind && rt.skipped && !rt.backtranslation) add(T('skipped'), rt.skipped, null, 'skipped-h');
    }
    if (showScores) {
      var scores = [];
      [r.scores, rt && rt.scores].forEach(function (obj) {
        if (obj && typeof obj === 'object') Object.keys(obj).forEach(function (k) { scores.push([k, obj[k]]); });
      });
      if (scores.length) {
        var sd = el('dd', 'scores');
        var ul = el('ul', 'score-list');
        scores.forEach(function (kv) {
          var li = el('li', 'score');
          li.append(el('span', 'score-label', SCORE_LABELS[kv[0]] || kv[0]), ' ', el('span', 'score-value', scoreValue(kv[1])));
          li.title = kv[0];
          ul.append(li);
        });
        sd.append(ul);
        add(T('scores'), sd);
      }
    }
    return dl.childNodes.length ? dl : null;
  }

  /* where the segment is in the user's file: "file:line:col" (text) or "file:line" (table row) */
  function locationOf(r) {
    if (typeof r.location === 'string' && r.location) return r.location;
    if (r.line) return String(r.doc || '') + ':' + r.line + (r.col ? ':' + r.col : '');
    return '';
  }
  /* the user's own id when they gave one (not the "doc#n" the tool makes up) */
  function userId(r) {
    var id = r.id === null || r.id === undefined ? '' : String(r.id);
    return id && id !== String(r.doc) + '#' + r.segment ? id : '';
  }

  function buildSegment(ri) {
    var r = records[ri];
    var art = el('article', 'seg');
    art.id = 'seg-' + ri;
    art.dataset.ri = ri;
    art.tabIndex = -1;
    art.classList.add(r.findings.length ? 'has-findings' : 'clean');
    if (r.flagged) art.classList.add('flagged');
    var head = el('div', 'seg-head');
    var loc = locationOf(r), uid = userId(r);
    var link = el('a', 'permalink', loc || ((r.doc || '') + ' #' + r.segment));
    link.href = '#s=' + encodeURIComponent(r.id);
    link.title = T('permalink');
    var risk = el('span', 'risk' + (r.risk >= 0.7 ? ' high' : r.risk >= 0.4 ? ' mid' : ''), T('risk') + ' ' + fmt(r.risk));
    head.append(link);
    if (uid) head.append(el('span', 'uid', T('id') + ' ' + uid));
    head.append(risk);
    if (r.flagged) head.append(el('span', 'badge', T('flagged')));
    if (!r.findings.length) head.append(el('span', null, T('no_findings')));
    if (r.lang && r.lang !== 'hi') {
      head.append(el('span', 'badge lang-badge', r.findings.length
        ? T('not_hindi_found', { lang: r.lang, n: r.findings.length })
        : T('not_hindi_badge', { lang: r.lang })));
    }
    (r.warnings || []).forEach(function (w) { head.append(el('span', 'warn', '⚠ ' + w)); });
    art.append(head);
    var body = el('div', 'seg-body');
    var main = el('div', 'main');
    main.append(buildMt(r, ri));
    if (r.findings.length) {
      var ol = el('ol', 'findings');
      r.findings.forEach(function (f, fi) { ol.append(buildFinding(r, ri, f, fi)); });
      main.append(ol);
    }
    body.append(main);
    var side = buildSide(r);
    if (side) body.append(side); else body.classList.add('solo');
    art.append(body);
    return art;
  }

  function showPage(p, scrollTop) {
    var t0 = performance.now();
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    page = Math.max(0, Math.min(pages - 1, p));
    hideTip();
    var frag = document.createDocumentFragment();
    var lastDoc = null;
    var slice = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    slice.forEach(function (ri, k) {
      var r = records[ri];
      if (r.doc !== lastDoc) {
        var pos = page * PAGE_SIZE + k;
        var cont = pos > 0 && records[visible[pos - 1]].doc === r.doc;
        frag.append(el('h3', 'doc-head', (r.doc || T('no_doc')) + (cont ? T('continued') : '')));
        lastDoc = r.doc;
      }
      frag.append(buildSegment(ri));
    });
    if (!slice.length) frag.append(el('p', 'empty', T('no_match')));
    container.replaceChildren(frag);
    slice.forEach(function (ri) { records[ri].findings.forEach(function (f, fi) { refreshFinding(ri, fi); }); });
    if (cur >= 0) markCurrent(cur, false);
    renderPager();
    setStatusLine();
    if (scrollTop) container.scrollIntoView({ block: 'start' });
    document.documentElement.dataset.renderMs = (performance.now() - t0).toFixed(1);
  }

  function applyFilters() {
    computeVisible();
    var keep = cur >= 0 && visiblePos[cur] !== undefined ? Math.floor(visiblePos[cur] / PAGE_SIZE) : 0;
    showPage(keep, false);
  }

  /* ---------- current segment, navigation ---------- */
  function markCurrent(ri, scroll) {
    container.querySelectorAll('.seg.current, .finding.current').forEach(function (n) { n.classList.remove('current'); });
    var art = document.getElementById('seg-' + ri);
    if (!art) return null;
    art.classList.add('current');
    var li = art.querySelector('li.finding[data-fi="' + curFinding + '"]');
    if (li) li.classList.add('current');
    if (scroll) {
      art.scrollIntoView({ block: 'start' });  // .seg's scroll-margin-top keeps it below a sticky filter bar
      art.focus({ preventScroll: true });
    }
    return art;
  }
  function goTo(ri, opts) {
    opts = opts || {};
    if (visiblePos[ri] === undefined) { resetFilters(false); }
    var p = Math.floor(visiblePos[ri] / PAGE_SIZE);
    cur = ri;
    var fs = records[ri].findings;
    curFinding = 0;
    for (var i = 0; i < fs.length; i++) { if (statusOf(fs[i]) === 'open') { curFinding = i; break; } }
    if (p !== page || !document.getElementById('seg-' + ri)) showPage(p, false);
    var art = markCurrent(ri, true);
    if (art && opts.flash) { art.classList.remove('target'); void art.offsetWidth; art.classList.add('target'); }
    if (opts.updateHash) history.replaceState(null, '', '#s=' + encodeURIComponent(records[ri].id));
  }
  function nextFlagged(dir) {
    if (!visible.length) return;
    var pos = cur >= 0 && visiblePos[cur] !== undefined ? visiblePos[cur] : (dir > 0 ? page * PAGE_SIZE - 1 : Math.min(visible.length, (page + 1) * PAGE_SIZE));
    for (var p = pos + dir; p >= 0 && p < visible.length; p += dir) {
      if (isFlagged(records[visible[p]])) { goTo(visible[p], { updateHash: true }); return; }
    }
    statusLine.textContent = dir > 0 ? T('no_further') : T('no_earlier');
  }
  function decideCurrent(status) {
    if (cur < 0 || !records[cur].findings.length) { statusLine.textContent = T('select_first'); return; }
    var fs = records[cur].findings;
    var f = fs[Math.min(curFinding, fs.length - 1)];
    setDecision(f.key, status);
    for (var i = 1; i <= fs.length; i++) {
      var j = (curFinding + i) % fs.length;
      if (statusOf(fs[j]) === 'open') { curFinding = j; break; }
    }
    markCurrent(cur, false);
  }

  function decode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
  function handleHash() {
    var h = location.hash.slice(1);
    var ri = -1;
    if (h.indexOf('s=') === 0) {
      var id = decode(h.slice(2));
      for (var i = 0; i < records.length; i++) { if (String(records[i].id) === id) { ri = i; break; } }
    } else if (h.indexOf('d=') === 0) {
      var doc = decode(h.slice(2));
      for (var k = 0; k < records.length; k++) { if (String(records[k].doc) === doc) { ri = k; break; } }
    }
    if (ri >= 0) goTo(ri, { flash: true });
  }

  /* ---------- tooltip ---------- */
  function showTip(target) {
    var ri = Number(target.dataset.ri);
    var fis = target.dataset.fis.split(',').map(Number);
    tip.replaceChildren();
    fis.forEach(function (fi) {
      var f = records[ri].findings[fi];
      var item = el('div', 't-item');
      item.append(el('div', 't-code', f.code + ' · ' + catLabel(f.category) + ' · ' + sevLabel(f.severity) + ' · ' + T(statusOf(f))));
      if (f.message) item.append(el('div', 't-msg', f.message));
      if (f.suggestion) {
        var s = el('div', 't-sugg', T('suggestion'));
        var sv = el('span', null, f.suggestion);
        sv.lang = 'hi';
        s.append(sv);
        item.append(s);
      }
      var ev = f.evidence && typeof f.evidence === 'object' ? Object.keys(f.evidence) : [];
      if (ev.length) {
        item.append(el('div', 't-ev', T('evidence') + ': ' + ev.map(function (k) {
          var v = f.evidence[k];
          v = typeof v === 'string' ? v : JSON.stringify(v);
          return k + ' = ' + (v.length > 80 ? v.slice(0, 80) + '…' : v);
        }).join('; ')));
      }
      tip.append(item);
    });
    tip.hidden = false;
    var rect = target.getBoundingClientRect();
    var left = Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(window.scrollX + 4, left) + 'px';
    tip.style.top = (rect.bottom + window.scrollY + 6) + 'px';
  }
  function hideTip() { tip.hidden = true; }
  function tipTarget(e) { return e.target instanceof Element ? e.target.closest('mark.hl, .tag') : null; }
  container.addEventListener('mouseover', function (e) { var t = tipTarget(e); if (t) showTip(t); });
  container.addEventListener('mouseout', function (e) { if (tipTarget(e)) hideTip(); });
  container.addEventListener('focusin', function (e) { var t = tipTarget(e); if (t) showTip(t); });
  container.addEventListener('focusout', function (e) { if (tipTarget(e)) hideTip(); });

  /* ---------- export ---------- */
  function exportRows() {
    var rows = [];
    Object.keys(decisions).sort().forEach(function (key) {
      var d = decisions[key];
      if (!keyIndex[key]) return;
      if (STATUSES.indexOf(d.status) < 0 && !(d.note || '').trim()) return;  // open and no note: nothing to keep
      var pair = keyIndex[key][0], r = records[pair[0]], f = r.findings[pair[1]];
      rows.push({ key: key, status: STATUSES.indexOf(d.status) >= 0 ? d.status : 'open', note: d.note || '', id: r.id,
        doc: r.doc, segment: r.segment, location: locationOf(r) || null,
        code: f.code, category: f.category, severity: f.severity, start: f.start, end: f.end, span: f.span,
        decided: d.time || null });
    });
    return rows;
  }
  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 5000);
  }
  document.getElementById('export-json').addEventListener('click', function () {
    var doc = { format: 'hindi-mt-audit-decisions', version: 1, report_id: REPORT_ID, tool_version: meta.version || null,
      exported: new Date().toISOString(), key: 'sha256(json([mt, code, start, end]))[:24]', decisions: exportRows() };
    download('decisions-' + REPORT_ID + '.json', JSON.stringify(doc, null, 2), 'application/json');
  });
  function csvCell(v) {
    var s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // keep spreadsheets from evaluating cells
    return '"' + s.replace(/"/g, '""') + '"';
  }
  document.getElementById('export-csv').addEventListener('click', function () {
    var cols = ['key', 'status', 'note', 'id', 'doc', 'segment', 'location', 'code', 'category', 'severity', 'start', 'end', 'span', 'decided'];
    var lines = [cols.join(',')];
    exportRows().forEach(function (row) { lines.push(cols.map(function (c) { return csvCell(row[c]); }).join(',')); });
    download('decisions-' + REPORT_ID + '.csv', '\ufeff' + lines.join('\r\n') + '\r\n', 'text/csv');
  });

  /* ---------- filter controls ---------- */
  var riskInput = document.getElementById('filter-risk');
  var flaggedInput = document.getElementById('filter-flagged');
  var ruleInput = document.getElementById('filter-rule');
  var statusInput = document.getElementById('filter-status');
  var searchInput = document.getElementById('filter-search');
  var scoresInput = document.getElementById('show-scores');
  document.querySelectorAll('.chip[data-filter]').forEach(function (chip) {
    chip.addEventListener('click', function () {
      var set = chip.dataset.filter === 'category' ? F.cats : F.sevs;
      var v = chip.dataset.value;
      if (set.has(v)) set.delete(v); else set.add(v);
      chip.setAttribute('aria-pressed', String(set.has(v)));
      applyFilters();
    });
  });
  ruleInput.addEventListener('change', function () { F.rule = ruleInput.value; applyFilters(); });
  statusInput.addEventListener('change', function () { F.status = statusInput.value; applyFilters(); });
  riskInput.addEventListener('input', function () { var v = parseFloat(riskInput.value); F.risk = isFinite(v) ? v : 0; applyFilters(); });
  flaggedInput.addEventListener('change', function () { F.flagged = flaggedInput.checked; applyFilters(); });
  scoresInput.addEventListener('change', function () { showScores = scoresInput.checked; showPage(page, false); });
  var searchTimer = null;
  searchInput.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { F.q = searchInput.value.trim().toLowerCase(); applyFilters(); }, 150);
  });
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  function resetFilters(render) {
    F.cats.clear(); F.sevs.clear(); F.rule = ''; F.status = ''; F.risk = 0; F.flagged = false; F.q = '';
    document.querySelectorAll('.chip[data-filter]').forEach(function (c) { c.setAttribute('aria-pressed', 'false'); });
    ruleInput.value = ''; statusInput.value = ''; riskInput.value = '0'; flaggedInput.checked = false; searchInput.value = '';
    computeVisible();
    if (render !== false) showPage(0, false);
  }
  document.getElementById('filter-reset').addEventListener('click', function () { resetFilters(true); });

  /* ---------- keyboard ----------
     Physical keys (e.code), so the shortcuts work with any layout (Hindi InScript, Dvorak…)
     and with Shift or Caps Lock on. */
  var KEYS = { KeyJ: 'next', KeyK: 'prev', KeyA: 'accept', KeyD: 'dismiss', Slash: 'search', NumpadDivide: 'search' };
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t instanceof Element && t.closest('input, textarea, select, [contenteditable]')) {
      if (e.code === 'Escape' || e.key === 'Escape') t.blur();
      return;
    }
    if (e.code === 'Escape' || e.key === 'Escape') { hideTip(); return; }
    switch (KEYS[e.code]) {
      case 'next': nextFlagged(1); break;
      case 'prev': nextFlagged(-1); break;
      case 'accept': decideCurrent('accepted'); break;
      case 'dismiss': decideCurrent('dismissed'); break;
      case 'search': searchInput.focus(); break;
      default: return;
    }
    e.preventDefault();
  });
  window.addEventListener('hashchange', handleHash);

  /* ---------- filter bar: folded on small screens, sticky only where it leaves room ---------- */
  var filtersBox = document.getElementById('filters-box');
  function updateStickyOffset() {
    var sticky = getComputedStyle(filtersBox).position === 'sticky';
    document.documentElement.style.setProperty('--sticky-h', sticky ? filtersBox.offsetHeight + 'px' : '0px');
  }
  if (window.matchMedia('(max-width: 899px), (max-height: 639px)').matches) filtersBox.open = false;
  filtersBox.addEventListener('toggle', updateStickyOffset);
  window.addEventListener('resize', updateStickyOffset);
  updateStickyOffset();

  /* ---------- start ---------- */
  computeVisible();
  showPage(0, false);
  updateCounts();
  if (location.hash.length > 1) handleHash();
  document.documentElement.dataset.loadMs = performance.now().toFixed(1);
  document.documentElement.dataset.ready = '1';
})();
