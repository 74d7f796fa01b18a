// htmlAssets.ts: the style sheet and the table-sorting script inlined in
// report.html, and their SHA-256 digests for the page's Content-Security-Policy
// (nothing else may run or style the page).
import { createHash } from 'node:crypto';

export const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;--red:#cf222e;--green:#1a7f37;--amber:#9a6700;--blue:#0969da;--grey:#8c959f}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--panel:#151b23;--line:#3d444d;--red:#f85149;--green:#3fb950;--amber:#d29922;--blue:#4493f8;--grey:#656c76}}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1320px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}h3{font-size:15px;margin:20px 0 6px}
.verdict{display:inline-block;font-size:18px;font-weight:600;padding:4px 12px;border-radius:6px;margin:4px 0 8px;background:var(--panel);border:1px solid var(--line)}
.verdict.fail,.verdict.overridden{color:var(--red);border-color:var(--red)}.verdict.warn{color:var(--amber);border-color:var(--amber)}.verdict.pass{color:var(--green);border-color:var(--green)}
.muted,.note{color:var(--muted)}.note{margin:4px 0 8px}
nav{margin:12px 0 0;display:flex;flex-wrap:wrap;gap:6px 16px}.pair{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}nav a{color:var(--blue);text-decoration:none}
a{color:var(--blue)}
.counts span{margin-right:14px}.counts b{font-size:16px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:6px 0 12px;font-variant-numeric:tabular-nums}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:var(--panel);white-space:nowrap}
td.nowrap{white-space:nowrap}
td.num,th.num{text-align:right;white-space:nowrap}
td.msg{min-width:220px}
td.seg{min-width:96px;max-width:260px;overflow-wrap:anywhere}
table[data-checks]{width:100%}table[data-checks] td.wrap{white-space:normal;overflow-wrap:break-word;min-width:96px}
@media (max-width:760px){table[data-checks],table[data-checks] tbody,table[data-checks] tr,table[data-checks] td{display:block;width:100%}table[data-checks] thead{display:none}table[data-checks] tr{border:1px solid var(--line);margin:0 0 8px}table[data-checks] td{border:0;padding:1px 8px;text-align:left;white-space:normal;min-width:0;max-width:none}
table[data-checks] td:nth-child(4)::before{content:"n "}table[data-checks] td:nth-child(5)::before{content:"baseline "}table[data-checks] td:nth-child(6)::before{content:"candidate "}table[data-checks] td:nth-child(7)::before{content:"delta "}table[data-checks] td:nth-child(8)::before{content:"interval "}table[data-checks] td:nth-child(9)::before{content:"p (adj.) "}table[data-checks] td:nth-child(10)::before{content:"rule "}table[data-checks] td:nth-child(11)::before{content:"budget used "}table[data-checks] td::before{color:var(--muted)}}
tr.fail td{background:color-mix(in srgb,var(--red) 8%,transparent)}
tr.warn td{background:color-mix(in srgb,var(--amber) 8%,transparent)}
.worse{color:var(--red)}.better{color:var(--green)}
.mk{font-weight:700}.mk.fail{color:var(--red)}.mk.warn{color:var(--amber)}.mk.pass{color:var(--green)}.mk.insufficient{color:var(--muted)}
table.sortable th{cursor:pointer}table.sortable th[aria-sort=ascending]::after{content:" ▲"}table.sortable th[aria-sort=descending]::after{content:" ▼"}
pre{background:var(--panel);border:1px solid var(--line);padding:10px;overflow:auto;max-height:480px}
svg.chart{max-width:100%;height:auto;display:block;margin:6px 0 4px}
svg text{fill:var(--fg);font:12px system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif}
svg text.tick{fill:var(--muted);font-size:11px}svg text.axis{fill:var(--muted)}svg text.failed{fill:var(--red);font-weight:600}
svg .grid{stroke:var(--line);stroke-width:1}svg .zero{stroke:var(--fg);stroke-width:1}
svg .band{fill:var(--panel)}
svg .bar.worse{fill:var(--red)}svg .bar.better{fill:var(--green)}svg .bar.same{fill:var(--grey)}
span.dbar{font-family:ui-monospace,monospace;letter-spacing:-1px}span.dbar.ref{color:var(--grey)}span.dbar.cur{color:var(--blue)}
svg .whisker{stroke:var(--fg);stroke-width:1.2;fill:none}
svg .limit{stroke:var(--amber);stroke-width:2;stroke-dasharray:3 2}
svg .hist.candidate{fill:var(--blue);fill-opacity:.55}svg .hist.baseline{fill:none;stroke:var(--fg);stroke-width:1.5}
svg.budget{vertical-align:middle;margin-right:6px}svg.budget .track{fill:var(--panel);stroke:var(--line)}
svg.budget .ok{fill:var(--green)}svg.budget .near{fill:var(--amber)}svg.budget .over{fill:var(--red)}
.legend{color:var(--muted);font-size:12px}
footer{margin:40px auto 24px;color:var(--muted);font-size:12px}
`;

/** Sorts a table by the clicked column: numbers by `data-v`, text otherwise; empty cells last. */
export const SCRIPT = `
(function(){
function key(row,i){var c=row.cells[i];if(!c)return null;var v=c.getAttribute('data-v');if(v===null)v=c.textContent.trim();if(v==='')return null;var n=Number(v);return isNaN(n)?v.toLowerCase():n}
function cmp(a,b){if(a===null)return b===null?0:1;if(b===null)return -1;if(typeof a===typeof b)return a<b?-1:a>b?1:0;return typeof a==='number'?-1:1}
function sort(t,i,th){var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(x){x.removeAttribute('aria-sort')});th.setAttribute('aria-sort',dir);
var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),s=dir==='ascending'?1:-1;
rows=rows.map(function(r,k){return{r:r,k:key(r,i),n:k}});
rows.sort(function(a,b){var c=cmp(a.k,b.k);if(a.k===null||b.k===null)return c||a.n-b.n;return s*c||a.n-b.n});
var f=document.createDocumentFragment();rows.forEach(function(x){f.appendChild(x.r)});body.appendChild(f)}
Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(t){
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.tabIndex=0;th.title='Sort';
th.addEventListener('click',function(){sort(t,i,th)});
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort(t,i,th)}})})})
})();
`;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');
export const CSS_SHA256 = sha256(CSS);
export const SCRIPT_SHA256 = sha256(SCRIPT);
