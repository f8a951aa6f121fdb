/*! Shuangjian Data: fits embedded charts' iframes to their content. Optional. MIT */
/* global window, document, location, addEventListener */
(function () {
  'use strict';
  if (window.shuangjianEmbed) return;
  window.shuangjianEmbed = true;
  var me = document.currentScript;
  // Only iframes from the host this script came from are ours.
  var home = new URL(me && me.src ? me.src : location.href, location.href).origin;

  function src(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href);
    } catch {
      return null;
    }
  }

  function ours(frame) {
    var url = src(frame);
    return url !== null && url.origin === home && url.pathname.indexOf('/embed/') !== -1;
  }

  // Sandboxed without allow-same-origin, a frame posts from an opaque origin: "null".
  function origin(frame) {
    var s = frame.getAttribute('sandbox');
    return s !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(s) ? 'null' : src(frame).origin;
  }

  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), ours);
  }

  addEventListener('message', function (event) {
    var d = event.data;
    if (!d || typeof d !== 'object' || d.type !== 'shuangjian:embed-size') return;
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 10000) return;
    if (typeof d.id !== 'string') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow !== event.source) continue;
      if (event.origin === origin(list[i])) list[i].style.height = Math.ceil(h) + 'px';
      return;
    }
  });

  // Frames that loaded before this script posted their size already: ask again.
  function ping() {
    frames().forEach(function (f) {
      var o = origin(f);
      if (f.contentWindow)
        f.contentWindow.postMessage({ type: 'shuangjian:embed-ping' }, o === 'null' ? '*' : o);
    });
  }
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', ping);
  else ping();
})();
