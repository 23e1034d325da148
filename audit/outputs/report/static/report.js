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
  var catIndex = {};
  (DATA.categories || []).forEach(function (c, i) { catIndex[c] = i; });

  function catClass(category) {
    var i = catIndex[category];
    return 'cat-' + (i === undefined ? 7 : i % 8);
  }
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
      if (f.decision && STATUSES.indexOf(f.decision.status) >= 0) {
        fileDecisions[f.key] = { status: f.decision.status, note: f.decision.note || '' };
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
      var r = records[ri], parts = [r.mt, r.src, r.ref, r.doc, r.id];
      if (r.roundtrip) parts.push(r.roundtrip.backtranslation, r.roundtrip.roundtrip);
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
  var statusLine = document.getElementById('status');
  var tip = document.getElementById('tip');

  function setStatusLine() {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    var a = visible.length ? page * PAGE_SIZE + 1 : 0;
    var b = Math.min(visible.length, (page + 1) * PAGE_SIZE);
    statusLine.textContent = 'Showing ' + a + '–' + b + ' of ' + visible.length + ' matching segments (' +
      records.length + ' in all; page ' + (page + 1) + ' of ' + pages + ')' +
      (storageOk ? '' : ' — browser storage unavailable: export your decisions before closing.');
  }

  function renderPager() {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    document.querySelectorAll('nav.pager').forEach(function (nav) {
      nav.replaceChildren();
      var prev = el('button', 'prev', '‹ Previous page');
      prev.type = 'button';
      prev.disabled = page <= 0;
      prev.addEventListener('click', function () { showPage(page - 1, true); });
      var next = el('button', 'next', 'Next page ›');
      next.type = 'button';
      next.disabled = page >= pages - 1;
      next.addEventListener('click', function () { showPage(page + 1, true); });
      nav.append(prev, el('span', 'pageno', 'Page ' + (page + 1) + ' of ' + pages), next);
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
          tag.setAttribute('aria-label', f.code + ' ' + f.category + ' ' + f.severity + ': ' + (f.message || ''));
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
    d.append(el('summary', null, 'Evidence'));
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
    head.append(el('span', 'code', f.code), el('span', 'cat ' + catClass(f.category), f.category),
      el('span', 'sev sev-' + f.severity, f.severity), el('span', 'state'));
    var span = el('span', 'span', '«' + (f.span || '') + '»');
    span.lang = r.lang || 'hi';
    head.append(span);
    li.append(head);
    var msg = el('p', 'msg', f.message || '');
    if (f.suggestion) {
      var s = el('span', 'sugg');
      var sv = el('span', null, f.suggestion);
      sv.lang = 'hi';
      s.append(el('b', null, 'Suggestion: '), sv);
      msg.append(' ', s);
    }
    li.append(msg);
    var actions = el('div', 'actions');
    var acc = el('button', 'accept', 'Accept');
    acc.type = 'button';
    acc.addEventListener('click', function () { setDecision(f.key, statusOf(f) === 'accepted' ? 'open' : 'accepted'); });
    var dis = el('button', 'dismiss', 'Dismiss');
    dis.type = 'button';
    dis.addEventListener('click', function () { setDecision(f.key, statusOf(f) === 'dismissed' ? 'open' : 'dismissed'); });
    var note = el('input', 'note');
    note.type = 'text';
    note.placeholder = 'note (optional)';
    note.setAttribute('aria-label', 'Note on ' + f.code + ' finding');
    note.value = noteOf(f);
    note.addEventListener('change', function () { setDecision(f.key, statusOf(f), note.value); });
    actions.append(acc, dis, note);
    var ev = buildEvidence(f.evidence);
    if (ev) actions.append(ev);
    if (fileDecisions[f.key]) actions.append(el('span', 'from-file', 'decision read from decisions file: ' + fileDecisions[f.key].status));
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
      li.querySelector('.state').textContent = st;
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

  function buildSide(r) {
    var dl = el('dl', 'side');
    var add = function (label, value, lang) {
      if (value === null || value === undefined || value === '') return;
      var dd = value instanceof Node ? value : el('dd', null, value);
      if (lang) dd.lang = lang;
      dl.append(el('dt', null, label), dd);
    };
    add('English source', r.src, 'en');
    add('Reference', r.ref, 'hi');
    var rt = r.roundtrip;
    if (rt && typeof rt === 'object') {
      var model = rt.model ? ' (' + rt.model + (rt.kind === 'gloss' ? ', word gloss' : '') + ')' : (rt.kind === 'gloss' ? ' (word gloss)' : '');
      add('Back-translation' + model, rt.backtranslation, 'en');
      if (rt.roundtrip) {
        var dd = el('dd', 'diff');
        dd.lang = 'hi';
        (rt.diff || [[0, rt.roundtrip]]).forEach(function (op) {
          if (op[0] === 0) dd.append(op[1]);
          else dd.append(el(op[0] < 0 ? 'del' : 'ins', null, op[1]));
        });
        dd.title = 'Round trip hi→en→hi, diffed against the MT: struck = only in the MT, underlined = only in the round trip';
        add('Round trip (diff vs MT)', dd);
      }
    }
    var scores = [];
    [r.scores, rt && rt.scores].forEach(function (obj) {
      if (obj && typeof obj === 'object') Object.keys(obj).forEach(function (k) { scores.push(k + ' ' + fmt(obj[k])); });
    });
    if (scores.length) {
      var sd = el('dd', 'scores');
      scores.forEach(function (s) { sd.append(el('span', 'badge', s)); });
      add('Scores', sd);
    }
    return dl.childNodes.length ? dl : null;
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
    var link = el('a', 'permalink', (r.doc || '') + ' #' + r.segment);
    link.href = '#s=' + encodeURIComponent(r.id);
    link.title = 'Link to this segment';
    var risk = el('span', 'risk' + (r.risk >= 0.7 ? ' high' : r.risk >= 0.4 ? ' mid' : ''), 'risk ' + fmt(r.risk));
    head.append(link, risk);
    if (r.flagged) head.append(el('span', 'badge', 'flagged'));
    if (!r.findings.length) head.append(el('span', null, 'no findings'));
    if (r.lang && r.lang !== 'hi') head.append(el('span', 'badge', 'not checked (' + r.lang + ')'));
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
        frag.append(el('h3', 'doc-head', (r.doc || '(no document)') + (cont ? ' (continued)' : '')));
        lastDoc = r.doc;
      }
      frag.append(buildSegment(ri));
    });
    if (!slice.length) frag.append(el('p', 'empty', 'No segment matches the filters.'));
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
      art.scrollIntoView({ block: 'center' });
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
    statusLine.textContent = dir > 0 ? 'No further flagged segment.' : 'No earlier flagged segment.';
  }
  function decideCurrent(status) {
    if (cur < 0 || !records[cur].findings.length) { statusLine.textContent = 'Select a flagged segment first (j/k).'; return; }
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
      item.append(el('div', 't-code', f.code + ' · ' + f.category + ' · ' + f.severity + ' · ' + statusOf(f)));
      if (f.message) item.append(el('div', 't-msg', f.message));
      if (f.suggestion) {
        var s = el('div', 't-sugg', 'Suggestion: ');
        var sv = el('span', null, f.suggestion);
        sv.lang = 'hi';
        s.append(sv);
        item.append(s);
      }
      var ev = f.evidence && typeof f.evidence === 'object' ? Object.keys(f.evidence) : [];
      if (ev.length) {
        item.append(el('div', 't-ev', 'Evidence: ' + ev.map(function (k) {
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
      if (STATUSES.indexOf(d.status) < 0 || !keyIndex[key]) return;
      var pair = keyIndex[key][0], r = records[pair[0]], f = r.findings[pair[1]];
      rows.push({ key: key, status: d.status, note: d.note || '', id: r.id, doc: r.doc, segment: r.segment,
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
    var cols = ['key', 'status', 'note', 'id', 'doc', 'segment', 'code', 'category', 'severity', 'start', 'end', 'span', 'decided'];
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

  /* ---------- keyboard ---------- */
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t instanceof Element && t.closest('input, textarea, select, [contenteditable]')) {
      if (e.key === 'Escape') t.blur();
      return;
    }
    switch (e.key) {
      case 'j': nextFlagged(1); break;
      case 'k': nextFlagged(-1); break;
      case 'a': decideCurrent('accepted'); break;
      case 'd': decideCurrent('dismissed'); break;
      case '/': searchInput.focus(); break;
      case 'Escape': hideTip(); return;
      default: return;
    }
    e.preventDefault();
  });
  window.addEventListener('hashchange', handleHash);

  /* ---------- start ---------- */
  computeVisible();
  showPage(0, false);
  updateCounts();
  if (location.hash.length > 1) handleHash();
  document.documentElement.dataset.loadMs = performance.now().toFixed(1);
  document.documentElement.dataset.ready = '1';
})();
