// The embed page's two inline scripts, hand-minified: each stays under 1 KB (a test checks) and
// touches nothing outside its own document but window.parent.postMessage, so that a host can load
// the page in sandbox="allow-scripts" (no storage, no cookies, no parent DOM, no top navigation).

/**
 * In <head>, before the first paint: ?theme=light|dark|auto sets <html data-theme> (light is the
 * default, as on a news page; dark only when asked; auto follows the reader's prefers-color-scheme);
 * ?plain=1 sets <html data-plain>; ?lang=zh|en other than the page's replaces the page with its
 * other-language twin (the path in <html data-alt>), keeping the query. Without JavaScript: the
 * defaults (light, full page, the language of the path).
 */
export const OPTIONS_SCRIPT =
  "(function(){var d=document.documentElement,q=new URLSearchParams(location.search),t=q.get('theme'),p=q.get('plain'),l=q.get('lang');" +
  "if(t==='light'||t==='dark'||t==='auto')d.setAttribute('data-theme',t);" +
  "if(p!==null&&p!=='0'&&p!=='false')d.setAttribute('data-plain','');" +
  "if((l==='zh'||l==='en')&&l!==d.getAttribute('data-lang'))location.replace(d.getAttribute('data-alt')+location.search+location.hash)})()";

/**
 * At the end of <body>: posts the height of #sj-embed to the parent on load, whenever it changes
 * (ResizeObserver), and when the parent's embed.js asks ({ type: 'shuangjian:embed-ping' }), both
 * as { type: 'shuangjian:embed-size', id, height } and in the AMP form
 * { sentinel: 'amp', type: 'embed-size', height }. The height is not secret, so the target is '*'.
 */
export const RESIZE_SCRIPT =
  "(function(){var w=window.parent;if(w===window)return;var e=document.getElementById('sj-embed'),id=e.getAttribute('data-chart'),n=0;" +
  'function s(f){var h=Math.ceil(e.getBoundingClientRect().height);if(h===n&&!f)return;n=h;' +
  "w.postMessage({type:'shuangjian:embed-size',id:id,height:h},'*');w.postMessage({sentinel:'amp',type:'embed-size',height:h},'*')}" +
  'if(window.ResizeObserver)new ResizeObserver(function(){s()}).observe(e);' +
  "addEventListener('resize',function(){s()});addEventListener('load',function(){s(1)});" +
  "addEventListener('message',function(m){if(m.source===w&&m.data&&m.data.type==='shuangjian:embed-ping')s(1)});s()})()";
