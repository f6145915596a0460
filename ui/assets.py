"""The page's CSS and the small script behind citations, copying, the Enter key and the interface language.

The script only reads the page (card ids, hidden copy texts) and never inserts markup: tooltips are built
with `textContent`. Gradio's own strings are made Chinese by `ui.locale`.
"""

CSS = """
footer, .footer, a[href*="gradio.app"], .show-api, .built-with {display: none !important;}
#jy-status .jy-status-line {font-size: 14px; color: var(--body-text-color-subdued);}
.jy-sysinfo {font-size: 12px; word-break: break-all; color: var(--body-text-color-subdued);}
.jy-sources {max-height: 680px; overflow-y: auto; font-size: 14px; line-height: 1.6;}
.jy-srcset {display: none;} .jy-srcset.jy-active {display: block;}
.jy-set-title {font-size: 12px; color: var(--body-text-color-subdued); margin-bottom: 6px;}
.jy-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px; margin-bottom: 10px; transition: background .4s;}
.jy-card-head {font-weight: 600;} .jy-num {color: var(--color-accent);}
.jy-card-meta {color: var(--body-text-color-subdued); font-size: 12px; margin: 2px 0 4px;}
.jy-card-text {white-space: pre-wrap; margin-top: 4px;}
.jy-card mark, .jy-answer mark {background: #fff3a3; color: inherit; padding: 0 1px;}
.jy-detail summary {cursor: pointer; font-size: 12px; color: var(--body-text-color-subdued);}
.jy-detail-body {font-size: 12px; word-break: break-all; color: var(--body-text-color-subdued);}
.jy-card.jy-flash {animation: jy-flash 2.4s ease-out; border-color: #f59e0b; box-shadow: 0 0 0 2px #fcd34d;}
@keyframes jy-flash {0% {background: #fde68a;} 100% {background: transparent;}}
.jy-flag {color: #b45309; font-weight: 600;} .jy-muted {color: var(--body-text-color-subdued);}
.jy-notice {color: #b45309; font-weight: 600;} .jy-error {color: #b91c1c;}
.jy-read-as, .jy-tools {font-size: 12px; color: var(--body-text-color-subdued); margin: 4px 0 0;}
a.jy-cite {text-decoration: none; font-weight: 600; padding: 0 1px;} a.jy-cite:hover {text-decoration: underline;}
.jy-fold {margin-top: 6px; font-size: 13px;} .jy-fold summary {cursor: pointer; color: var(--color-accent);}
.jy-answer.jy-selected {outline: 2px solid var(--color-accent-soft); outline-offset: 4px; border-radius: 4px;}
#jy-tip {position: absolute; z-index: 1000; max-width: 360px; background: var(--background-fill-primary, #fff);
  border: 1px solid var(--border-color-primary, #ccc); border-radius: 8px; padding: 8px 10px; font-size: 13px; line-height: 1.5;
  box-shadow: 0 4px 16px rgba(0,0,0,.15); pointer-events: none;}
#jy-tip b {display: block;} #jy-tip i {display: block; color: #6b7280; font-style: normal; font-size: 12px;}
#jy-hint {font-size: 12px; color: var(--body-text-color-subdued); margin: 0 4px;}
#jy-chip {max-width: fit-content;}
.jy-case-text {max-height: 560px; overflow-y: auto;}
@media (min-width: 901px) { .jy-fold {display: none;} }
@media (max-width: 900px) {
  #jy-side {display: none !important;}
  #jy-input {position: fixed; left: 0; right: 0; bottom: 0; z-index: 50; margin: 0; border-radius: 0;
    background: var(--background-fill-primary); box-shadow: 0 -2px 10px rgba(0,0,0,.08); padding: 2px 6px 4px;}
  #jy-input .row {flex-wrap: nowrap !important; gap: 6px;}
  #jy-case .block-info, #jy-case [data-testid="block-info"] {display: none;}
  #jy-question textarea {min-height: 44px;}
  #jy-hint {font-size: 11px;}
  .gradio-container {padding-bottom: 190px !important;}
  #jy-chatbot {height: 62vh !important; max-height: 62vh !important;}
  #jy-header p {display: none;} #jy-header h1 {font-size: 20px; margin: 0;}
  #jy-case-table {display: none !important;}
  #jy-case-cards {display: block !important;}
}
#jy-case-cards {display: none;}
.jy-table-wrap {overflow-x: auto; margin: 6px 0;}
.jy-answer table.jy-table {border-collapse: collapse; width: 100%; font-size: 14px; line-height: 1.6;}
.jy-answer table.jy-table th, .jy-answer table.jy-table td {border: 1px solid var(--border-color-primary); padding: 6px 8px;
  vertical-align: top; text-align: left;}
.jy-answer table.jy-table th {background: var(--background-fill-secondary); white-space: nowrap;}
.jy-answer table.jy-table td:first-child {white-space: nowrap;}
.jy-answer li.jy-sub {margin-left: 1.4em; list-style-type: circle; font-size: 0.95em;}
.jy-answer blockquote.jy-quote {margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--color-accent-soft, #c7d2fe);
  color: var(--body-text-color);}
#jy-chatbot .user-row {padding-right: 30px;}  /* clear of the chat's own 🗑 button, which floats top right */
#jy-plan table th:first-child, #jy-plan table td:first-child {white-space: nowrap;}  /* 可借鉴案例: names on one line */
.jy-page {font-weight: 600; color: var(--body-text-color);}
.jy-imports {width: 100%; border-collapse: collapse; font-size: 14px; margin: 4px 0;}
.jy-imports td {border-bottom: 1px solid var(--border-color-primary); padding: 4px 6px; vertical-align: top;}
.jy-imports .jy-ok {color: #15803d;} .jy-imports .jy-fail {color: #b91c1c;} .jy-imports .jy-busy {color: #b45309;}
.jy-case-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px; margin-bottom: 8px; font-size: 14px;}
"""

HEAD = r"""
<script>
(function () {
  function sidePanelShown() {
    var p = document.getElementById('jy-side');
    return !!(p && p.offsetParent !== null && p.getBoundingClientRect().width > 0);
  }
  function activate(turn) {
    document.querySelectorAll('#jy-sources .jy-srcset').forEach(function (s) {
      s.classList.toggle('jy-active', s.id === 'jy-set-' + turn);
    });
    document.querySelectorAll('#jy-chatbot .jy-answer').forEach(function (a) {
      a.classList.toggle('jy-selected', a.id === 'jy-answer-' + turn);
    });
  }
  function flash(el) {
    el.classList.remove('jy-flash'); void el.offsetWidth; el.classList.add('jy-flash');
    el.scrollIntoView({block: 'nearest', behavior: 'smooth'});
  }
  function citeParts(a) { return (a.getAttribute('href') || '').match(/^#jy-src-(\d+)-(\d+)$/); }
  function cardFor(m, preferSide) {
    var side = document.getElementById('jy-src-' + m[1] + '-' + m[2]);
    var fold = document.getElementById('jy-fold-' + m[1] + '-' + m[2]);
    return preferSide ? (side || fold) : (fold || side);
  }
  function copyText(text, link) {
    var done = function () { var old = link.textContent; link.textContent = '已复制'; setTimeout(function () { link.textContent = old; }, 1500); };
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text).then(done, function () { fallback(); }); }
    else { fallback(); }
    function fallback() {
      var ta = document.createElement('textarea'); ta.value = text; ta.style.position = 'fixed'; ta.style.opacity = '0';
      document.body.appendChild(ta); ta.select(); try { document.execCommand('copy'); done(); } catch (e) {} ta.remove();
    }
  }
  document.addEventListener('click', function (e) {
    var t = e.target; if (!t || !t.closest) return;
    var a = t.closest('a.jy-cite');
    if (a) {
      e.preventDefault(); e.stopPropagation();
      var m = citeParts(a); if (!m) return;
      activate(m[1]);
      var side = sidePanelShown();
      var card = cardFor(m, side);
      if (card) {
        var d = card.closest('details.jy-fold'); if (d) d.open = true;
        flash(card);
      }
      return;
    }
    var c = t.closest('a.jy-copy');
    if (c) {
      e.preventDefault(); e.stopPropagation();
      var turn = (c.getAttribute('href') || '').replace('#jy-copy-', '');
      var src = document.getElementById('jy-plain-' + turn);
      if (src) copyText(src.value, c);
      return;
    }
    var ans = t.closest('#jy-chatbot .jy-answer');
    if (ans && ans.id && !t.closest('a, summary, details, button')) activate(ans.id.replace('jy-answer-', ''));
  }, true);

  var tip = null;
  document.addEventListener('mouseover', function (e) {
    var a = e.target && e.target.closest && e.target.closest('a.jy-cite'); if (!a) return;
    var m = citeParts(a); if (!m) return;
    var card = cardFor(m, true); if (!card) return;
    if (!tip) { tip = document.createElement('div'); tip.id = 'jy-tip'; document.body.appendChild(tip); }
    tip.textContent = '';
    var head = card.querySelector('.jy-card-head'), meta = card.querySelector('.jy-card-meta'), mark = card.querySelector('mark');
    var b = document.createElement('b'); b.textContent = head ? head.textContent : ''; tip.appendChild(b);
    if (meta) { var i = document.createElement('i'); i.textContent = meta.textContent.replace(/ · 查看原件.*$/, '').replace('原文链接', '').replace(/ · $/, ''); tip.appendChild(i); }
    if (mark) { var q = document.createElement('span'); q.textContent = '“' + mark.textContent + '”'; tip.appendChild(q); }
    var r = a.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - 380)) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    tip.hidden = false;
  });
  document.addEventListener('mouseout', function (e) {
    if (tip && e.target && e.target.closest && e.target.closest('a.jy-cite')) tip.hidden = true;
  });

  // On a phone the conversation list starts closed (it would cover the chat).
  var tries = 0, closer = setInterval(function () {
    var bar = document.getElementById('jy-sidebar');
    if (bar || ++tries > 100) clearInterval(closer);
    if (bar && window.innerWidth <= 900 && bar.classList.contains('open')) {
      var toggle = bar.querySelector('.toggle-button'); if (toggle) toggle.click();
    }
  }, 100);

  // Enter sends, Shift+Enter adds a line; never while an input method is composing (拼音 candidates).
  document.addEventListener('keydown', function (e) {
    var t = e.target; if (!t || !t.closest || !t.closest('#jy-question') || e.key !== 'Enter') return;
    if (e.isComposing || e.keyCode === 229) return;
    if (e.shiftKey) { e.stopImmediatePropagation(); return; }
    e.preventDefault(); e.stopImmediatePropagation();
    var send = document.getElementById('jy-send'); if (send) send.click();
  }, true);
  // The upload size check runs in Gradio's client and throws an English message into a toast: say it in Chinese.
  var TOO_BIG = /File\(s\) exceed the maximum allowed size of ([^:]+): (.*)/;
  function translateToasts(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node;
    while ((node = walker.nextNode())) {
      var m = node.textContent.match(TOO_BIG);
      if (m) node.textContent = '文件超过上传上限 ' + m[1].replace(/\s*Mb$/i, ' MB') + ',未上传:' + m[2] + '。请压缩或拆分后再导入。';
      else if (node.textContent.trim() === 'Error' && node.parentElement && node.parentElement.closest('.toast-body, [data-testid="toast-body"]')) node.textContent = '错误';
    }
  }
  new MutationObserver(function (records) {
    records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (n.nodeType === 1 || n.nodeType === 3) translateToasts(n.nodeType === 1 ? n : n.parentNode || document.body); }); });
  }).observe(document.documentElement, {childList: true, subtree: true});

  // Gradio's own Enter handling (keypress) would cancel the new line or submit a second time.
  document.addEventListener('keypress', function (e) {
    var t = e.target; if (t && t.closest && t.closest('#jy-question') && e.key === 'Enter') e.stopImmediatePropagation();
  }, true);
})();
</script>
"""
