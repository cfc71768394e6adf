// The report page's stylesheet, inlined into report.html: serif text for the article, a
// sans-serif interface, severity colours, figure marks with a hover card, print and narrow
// screens. No fonts or images are loaded from anywhere.

export const CSS = `
:root{--ink:#1d1d1f;--muted:#6e6e73;--line:#e6e3dc;--paper:#fbfaf7;--card:#fff;--err:#c0392b;--err-bg:#fdecea;--warn:#b7791f;--warn-bg:#fff6e0;--info:#2b6cb0;--info-bg:#e8f1fb;--ack:#2f855a;--ack-bg:#e6f4ea;--fig:#e8e1ff;--fig-line:#7c5cd6}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans","PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans Devanagari","Nirmala UI",sans-serif}
code{font:0.85em/1.2 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.top{max-width:1240px;margin:0 auto;padding:40px 32px 8px}
.kicker{margin:0 0 6px;text-transform:uppercase;letter-spacing:.12em;font-size:12px;color:var(--muted);font-weight:600}
.top h1{font:600 32px/1.2 Georgia,"Iowan Old Style",Charter,"Source Serif Pro",Cambria,"Noto Serif","DejaVu Serif","Songti SC","SimSun","Noto Serif CJK SC",serif;margin:0 0 10px;max-width:900px}
.meta{color:var(--muted);font-size:14px;margin:0 0 20px}.dot{margin:0 8px;opacity:.6}
.summary{display:flex;flex-wrap:wrap;align-items:center;gap:16px 24px;padding:18px 20px;background:var(--card);border:1px solid var(--line);border-radius:12px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.verdict{font-weight:650;padding:8px 14px;border-radius:999px;font-size:15px}
.verdict-blocked{background:var(--err-bg);color:var(--err)}.verdict-review{background:var(--warn-bg);color:var(--warn)}.verdict-clear{background:var(--ack-bg);color:var(--ack)}
.counts{display:flex;gap:8px;flex-wrap:wrap}
.count{min-width:84px;padding:6px 12px;border-radius:10px;background:#f4f2ed;display:flex;flex-direction:column;line-height:1.2}
.count b{font-size:22px;font-variant-numeric:tabular-nums}.count span{font-size:12px;color:var(--muted)}
.c-error b{color:var(--err)}.c-warning b{color:var(--warn)}.c-info b{color:var(--info)}.c-ack b{color:var(--ack)}.c-fig b{color:var(--fig-line)}
.rules{display:flex;flex-wrap:wrap;gap:6px;flex-basis:100%}
.chip{display:inline-flex;align-items:center;gap:6px;padding:2px 10px;border-radius:999px;background:#f1efe9;font-size:12.5px;color:#444}
.chip-fix{background:var(--info-bg);color:var(--info)}.chip-ack{background:var(--ack-bg);color:var(--ack)}.chip-error{background:var(--err-bg);color:var(--err)}
.index{margin:18px 0 0;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:6px 16px}
.index summary{cursor:pointer;font-weight:600;padding:8px 0}
.index table{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:8px}
.index td{padding:6px 8px;border-top:1px solid var(--line);vertical-align:top}
.index td:nth-child(2){white-space:nowrap;color:var(--muted);font-variant-numeric:tabular-nums}
.index td:last-child{text-align:right;white-space:nowrap}
main{max-width:1240px;margin:0 auto;padding:8px 32px 40px}
.legendbar{display:flex;flex-wrap:wrap;gap:10px;align-items:center;font-size:13px;color:var(--muted);padding:14px 0;border-bottom:1px solid var(--line);margin-bottom:18px}
.legend{display:inline-flex;gap:4px;align-items:center}.hint{margin-left:auto}
.row{display:grid;grid-template-columns:44px minmax(0,1fr) 380px;gap:0 28px;padding:6px 0;align-items:start}
.ln{color:#b2aea5;font-size:12px;text-align:right;padding-top:.45em;font-variant-numeric:tabular-nums}
.text{margin:0;font-family:Georgia,"Iowan Old Style",Charter,"Source Serif Pro",Cambria,"Noto Serif","DejaVu Serif","Songti SC","SimSun","Noto Serif CJK SC",serif;font-size:18px;line-height:1.7;hyphens:auto;padding:4px 0 10px}
h2.text{font-size:28px;line-height:1.3;font-weight:600}h3.text{font-size:22px;line-height:1.35;font-weight:600;margin-top:18px}
.text-blockquote{border-left:3px solid var(--line);padding-left:16px;color:#333}
.notes{display:flex;flex-direction:column;gap:10px;padding-top:4px}
.card{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:10px;padding:10px 12px;font-size:14px;box-shadow:0 1px 2px rgba(0,0,0,.04);scroll-margin-top:16px}
.card:target{box-shadow:0 0 0 3px rgba(124,92,214,.35)}
.card-error{border-left-color:var(--err)}.card-warning{border-left-color:var(--warn)}.card-info{border-left-color:var(--info)}.card-ack{border-left-color:var(--ack);opacity:.85}
.card header{display:flex;align-items:center;gap:8px;flex-wrap:wrap;margin-bottom:4px}
.card .msg{margin:0 0 6px;line-height:1.45}
.card footer{margin-top:6px;display:flex;gap:6px;flex-wrap:wrap}
.reason{margin:6px 0 0;color:var(--ack);font-style:italic}
.num{display:inline-grid;place-items:center;min-width:22px;height:22px;padding:0 6px;border-radius:999px;color:#fff;font-size:12px;font-weight:700;text-decoration:none;background:var(--muted)}
.num-error{background:var(--err)}.num-warning{background:var(--warn)}.num-info{background:var(--info)}.num-ack{background:var(--ack)}
.sev{text-transform:uppercase;font-size:11px;letter-spacing:.06em;font-weight:700}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.where{color:var(--muted);font-variant-numeric:tabular-nums;font-size:12.5px}
.rule{color:#555;background:#f4f2ed;padding:1px 6px;border-radius:6px;margin-left:auto}
.diff{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0 0;font-size:13.5px}
.diff dt{color:var(--muted);font-size:12px;padding-top:2px}
.diff dd{margin:0;padding:2px 6px;border-radius:6px;word-break:break-word}
.diff .actual{background:var(--err-bg);color:#7b241c}.diff .expected{background:var(--ack-bg);color:#22543d}
.u{text-decoration-line:underline;text-decoration-style:wavy;text-decoration-thickness:1.5px;text-underline-offset:4px;text-decoration-skip-ink:none}
.u-error{text-decoration-color:var(--err);background:rgba(192,57,43,.07)}.u-warning{text-decoration-color:var(--warn);background:rgba(183,121,31,.08)}.u-info{text-decoration-color:var(--info)}.u-ack{text-decoration-color:var(--ack);text-decoration-style:dotted}
.ref{display:inline-grid;place-items:center;vertical-align:super;min-width:17px;height:17px;padding:0 4px;margin:0 1px;border-radius:999px;font:700 10.5px/1 system-ui,sans-serif;color:#fff;text-decoration:none}
.ref-error{background:var(--err)}.ref-warning{background:var(--warn)}.ref-info{background:var(--info)}.ref-ack{background:var(--ack)}
mark.fig{position:relative;background:var(--fig);color:inherit;border-radius:4px;padding:0 2px;box-shadow:inset 0 -2px 0 var(--fig-line);cursor:help;outline:none}
mark.fig-date,mark.fig-year{background:#dff3f7;box-shadow:inset 0 -2px 0 #2a8ca3}
mark.fig-percent{background:#fde7f1;box-shadow:inset 0 -2px 0 #c2417f}
mark.fig-range{background:#fff0d6;box-shadow:inset 0 -2px 0 #c98a12}
mark.fig-money{background:#e2f5e6;box-shadow:inset 0 -2px 0 #2f855a}
.tip{display:none;position:absolute;z-index:10;left:0;bottom:calc(100% + 8px);min-width:220px;max-width:320px;padding:8px 10px;border-radius:8px;background:#1d1d1f;color:#f5f5f7;font:13px/1.4 system-ui,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.25);grid-template-columns:auto 1fr;gap:2px 10px;white-space:normal}
.tip .tip-id{grid-column:1/-1;font-size:11px;color:#a1a1a6;text-transform:uppercase;letter-spacing:.08em}
.tip .k{color:#a1a1a6}.tip .v{font-variant-numeric:tabular-nums}
mark.fig:hover .tip,mark.fig:focus .tip{display:grid}
.code{color:var(--muted)}
.other,.qa{margin-top:36px;padding-top:12px;border-top:1px solid var(--line)}
.other h2,.qa h2{font:600 22px/1.3 Georgia,serif}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:10px}
.qa-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:10px}
.qa-lang{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:10px;padding:10px 14px}
.qa-pass{border-left-color:var(--ack)}.qa-fail{border-left-color:var(--err)}.qa-open{grid-column:1/-1}
.qa-lang h3{font-size:16px;margin:0;display:flex;gap:10px;align-items:center;justify-content:space-between}
.qa-sum{margin:4px 0 0;font-size:13px;color:var(--muted)}
.qa-lang ul{list-style:none;margin:10px 0 0;padding:0;font-size:14px}
.qa-lang li{display:grid;grid-template-columns:92px max-content 1fr auto;gap:10px;align-items:baseline;padding:6px 0;border-top:1px solid var(--line)}
.qa-msg{line-height:1.4}
a.count{text-decoration:none;color:inherit}.c-qa b{color:var(--ack)}.c-held b{color:var(--err)}
.publication{list-style:none;margin:0;padding:0;font-size:14px}.publication li{padding:4px 0;border-bottom:1px solid #e6e8ee}
.quiet{color:var(--muted)}
.foot{max-width:1240px;margin:0 auto;padding:16px 32px 40px;color:var(--muted);font-size:12px}
@media (max-width:900px){.qa-lang li{grid-template-columns:1fr}.row{grid-template-columns:1fr}.ln{display:none}.top,main{padding-left:18px;padding-right:18px}.hint{margin-left:0}}
@media print{.tip{display:none!important}.index{display:none}.card{break-inside:avoid}}
`;
