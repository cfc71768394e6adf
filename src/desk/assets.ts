// The desk's stylesheet and its few lines of client script (keyboard, server-sent events).
// Pages are rendered on the server (Hono JSX); htmx swaps the fragments that change as one
// types (QA) or acts (comments, cron reading). Served as /assets/desk.css and /assets/desk.js.

export const DESK_CSS = `
:root { --ink:#1d2430; --muted:#5d6778; --line:#d9dee7; --bg:#f6f7f9; --card:#fff; --accent:#1f5fbf;
  --ok:#1d7a46; --warn:#a35c00; --err:#b3261e; --chip:#eef3fb; font: 15px/1.45 system-ui, "Noto Sans", sans-serif; color: var(--ink); }
* { box-sizing: border-box; }
body { margin:0; background: var(--bg); }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
header.top { display:flex; gap:1.2rem; align-items:center; padding:.55rem 1.2rem; background:#172033; color:#fff; }
header.top a { color:#cfe0ff; } header.top .brand { font-weight:700; color:#fff; margin-right:1rem; }
header.top .who { margin-left:auto; color:#b8c3d6; display:flex; gap:.8rem; align-items:center; }
header.top form { margin:0; } header.top button { background:none; border:1px solid #53627e; color:#dbe6f7; border-radius:4px; padding:.15rem .6rem; cursor:pointer; }
main { padding: 1rem 1.2rem 3rem; max-width: 1500px; margin: 0 auto; }
h1 { font-size: 1.35rem; margin: .2rem 0 1rem; } h2 { font-size: 1.08rem; margin: 1.2rem 0 .5rem; } h3 { font-size: .95rem; margin: .9rem 0 .35rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
table.grid { border-collapse: collapse; background: var(--card); width: 100%; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
table.grid th { background: #eef1f6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display:inline-block; border-radius: 999px; padding: 0 .5rem; font-size: .78rem; font-weight: 600; border:1px solid transparent; white-space: nowrap; }
.s-broken { background:#fde7e5; color: var(--err); border-color:#f2b8b3; } .s-missing { background:#fff1de; color: var(--warn); border-color:#f3cf9c; }
.s-stale { background:#fff7cf; color:#7a5b00; border-color:#eadb8a; } .s-machine { background:#e8eefc; color:#2a4f9c; border-color:#c1d0f3; }
.s-edited { background:#e9f5ff; color:#0b5a8a; border-color:#b8dcf2; } .s-reviewed { background:#e3f4ea; color: var(--ok); border-color:#b2dcc3; }
.held { background:#fde7e5; color: var(--err); } .pass { background:#e3f4ea; color: var(--ok); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; margin-bottom: 1rem; }
.banner { padding: .55rem .9rem; border-radius: 6px; margin-bottom: .8rem; border: 1px solid; }
.banner.err { background:#fde7e5; border-color:#f2b8b3; color: var(--err); } .banner.warn { background:#fff7cf; border-color:#eadb8a; color:#6b5000; }
.banner.ok { background:#e3f4ea; border-color:#b2dcc3; color: var(--ok); } .banner.info { background:#e8eefc; border-color:#c1d0f3; color:#2a4f9c; }
.editor { display:grid; grid-template-columns: 270px minmax(0,1fr) 300px; gap: 1rem; align-items: start; }
.keys { background: var(--card); border:1px solid var(--line); border-radius:8px; max-height: 80vh; overflow:auto; }
.keys a { display:flex; gap:.4rem; padding:.3rem .55rem; border-bottom:1px solid #eef0f4; color: var(--ink); font-size:.84rem; align-items: baseline; }
.keys a.current { background:#e8eefc; font-weight:600; } .keys a span.k { overflow:hidden; text-overflow: ellipsis; white-space: nowrap; }
.pair { display:grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
.source { background:#f3f5f9; border:1px solid var(--line); border-radius:6px; padding:.6rem .7rem; min-height: 7rem; white-space: pre-wrap; }
textarea { width:100%; min-height: 7rem; font: inherit; padding:.6rem .7rem; border:1px solid #aab4c4; border-radius:6px; resize: vertical; }
textarea:focus, input:focus, select:focus { outline: 2px solid #8fb3ef; }
.chips { display:flex; flex-wrap:wrap; gap:.4rem; margin:.5rem 0; }
.chip { background: var(--chip); border:1px solid #c9d8f0; border-radius: 6px; padding:.1rem .5rem; font-size:.85rem; }
.chip code { color:#5d6778; } .chip b { font-weight:600; }
.qa { margin-top:.6rem; } .qa ul { margin:.3rem 0; padding-left: 1.2rem; } .qa .clean { color: var(--ok); font-weight:600; }
.qa li.error { color: var(--err); } .qa li.warning { color: var(--warn); } .qa li.info { color: var(--muted); }
.actions { display:flex; gap:.5rem; margin-top:.7rem; align-items:center; flex-wrap: wrap; }
td .actions { margin-top:0; } .actions form { margin:0; }
button, .button { font: inherit; border:1px solid #8c99ad; background:#fff; border-radius:6px; padding:.3rem .8rem; cursor:pointer; color: var(--ink); }
button.primary { background: var(--accent); color:#fff; border-color: var(--accent); } button.danger { color: var(--err); border-color:#e3a19b; }
.hint { color: var(--muted); font-size: .84rem; }
.side .card { padding:.6rem .8rem; } .side ul { padding-left: 1rem; margin: .2rem 0; }
del { background:#fde7e5; color:#8c1d16; } ins { background:#e3f4ea; color:#14532d; text-decoration: none; }
.conflict { display:grid; grid-template-columns: 1fr 1fr; gap:.8rem; }
.matrix td.lang { font-size:.82rem; min-width: 5rem; } .matrix td.lang ul { margin:.2rem 0 0; padding-left:1rem; font-size:.8rem; color: var(--muted); }
.article-text { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size:.84rem; background: var(--card); border:1px solid var(--line); border-radius:8px; padding:.6rem; max-height: 75vh; overflow:auto; }
.article-text mark { background:#ffe2a8; } .findings li { margin-bottom:.6rem; }
.two { display:grid; grid-template-columns: minmax(0,1fr) minmax(0,1fr); gap:1rem; }
form.inline { display:inline; } label { display:block; margin:.45rem 0 .15rem; font-weight:600; font-size:.88rem; }
input[type=text], input[type=password], select { font: inherit; padding:.3rem .45rem; border:1px solid #aab4c4; border-radius:6px; min-width: 16rem; }
.log { font-family: ui-monospace, monospace; font-size:.8rem; background:#101826; color:#d7e3f7; padding:.5rem; border-radius:6px; max-height: 16rem; overflow:auto; white-space: pre-wrap; }
iframe.preview { width:100%; height: 75vh; border:1px solid var(--line); border-radius:8px; background:#fff; }
.login { max-width: 22rem; margin: 4rem auto; }
#disk-banner[hidden] { display:none; }
`;

export const DESK_JS = `
// Ctrl+Enter (or Cmd+Enter) in the key editor: save, mark reviewed, go to the next key.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  const form = document.querySelector('form[data-key-editor]');
  if (!form) return;
  event.preventDefault();
  const submitter = form.querySelector('button[value="review-next"]');
  form.requestSubmit(submitter || undefined);
});
// Files changed on disk (the CLI, git, an XLIFF import): a page showing them says so.
(() => {
  const watched = document.body.dataset.watch;
  if (!watched || !window.EventSource) return;
  const files = watched.split(' ');
  const source = new EventSource('/events/files');
  source.addEventListener('file', (event) => {
    const file = JSON.parse(event.data).file;
    if (!files.includes(file)) return;
    if (window.deskSaving && Date.now() - window.deskSaving < 1500) return;
    const banner = document.getElementById('disk-banner');
    if (banner) { banner.hidden = false; banner.querySelector('.file').textContent = file; }
  });
})();
document.addEventListener('submit', () => { window.deskSaving = Date.now(); });
// Live progress of job runs.
(() => {
  const log = document.querySelector('[data-job-log]');
  if (!log || !window.EventSource) return;
  const source = new EventSource('/events/jobs');
  source.addEventListener('job', (event) => {
    const data = JSON.parse(event.data);
    log.querySelector('[data-log-empty]')?.remove();
    const line = document.createElement('div');
    line.textContent = data.line;
    log.appendChild(line);
    log.scrollTop = log.scrollHeight;
    if (data.event === 'run' || data.event === 'run-done') {
      const status = document.querySelector('[data-job-status="' + data.job + '"]');
      if (status) status.textContent = data.line;
    }
  });
})();
`;
