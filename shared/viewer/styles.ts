/**
 * The viewer's stylesheet, served from /view/assets/viewer.css (the CSP allows
 * no inline style). Colours keep at least 7:1 contrast for text (WCAG AAA).
 */
export const VIEWER_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #4b5563; --line: #d8dee4; --paper: #ffffff; --wash: #f6f8fa; --accent: #0b5394;
  --person-bg: #dbeafe; --person-ink: #1e3a8a; --place-bg: #dcfce7; --place-ink: #14532d; --org-bg: #fef3c7; --org-ink: #713f12; --quote-bg: #f3e8ff; --quote-ink: #4c1d95; }
* { box-sizing: border-box; }
html { font-size: 17px; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--wash); line-height: 1.55; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; border-radius: 3px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.site { background: #0f172a; color: #f8fafc; padding: .7rem 1.5rem; display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
header.site a { color: #f8fafc; text-decoration: none; font-weight: 600; }
header.site form { display: flex; gap: .5rem; margin-left: auto; }
header.site input { width: 18rem; }
main { max-width: 78rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.meta { color: var(--muted); font-size: .92rem; margin: 0 0 1rem; }
input, select, button { font: inherit; color: var(--ink); border: 1px solid #8c959f; border-radius: 6px; padding: .35rem .55rem; background: var(--paper); }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; font-weight: 600; }
form.filters { display: flex; flex-wrap: wrap; gap: .8rem 1rem; align-items: end; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1rem; margin-bottom: 1.2rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .2rem; }
table.list { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
table.list th, table.list td { text-align: left; padding: .6rem .8rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.list th { background: #eef1f4; font-size: .85rem; color: var(--muted); }
table.list tr:last-child td { border-bottom: 0; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .78rem; font-weight: 600; background: #e5e7eb; color: #111827; }
.badge.failed { background: #fee2e2; color: #7f1d1d; }
.empty { background: var(--paper); border: 1px dashed #8c959f; border-radius: 10px; padding: 1.2rem; color: var(--muted); }
.article-layout { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .article-layout { grid-template-columns: 1fr; } }
article.text { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.5rem 2rem; }
article.text p { margin: 0 0 1rem; }
article.text p.caption { font-size: .9rem; color: var(--muted); border-left: 3px solid var(--line); padding-left: .8rem; }
article.text h2.heading { text-transform: none; letter-spacing: 0; color: var(--ink); font-size: 1.2rem; }
mark { border-radius: 3px; padding: 0 .12em; }
mark[data-type="PERSON"] { background: var(--person-bg); color: var(--person-ink); }
mark[data-type="LOCATION"] { background: var(--place-bg); color: var(--place-ink); }
mark[data-type="ORGANIZATION"] { background: var(--org-bg); color: var(--org-ink); }
q { quotes: none; background: var(--quote-bg); color: var(--quote-ink); border-bottom: 2px solid #7c3aed; }
q::before, q::after { content: none; }
q:target { outline: 3px solid #7c3aed; }
aside.panels section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .3rem 1rem 1rem; margin-bottom: 1rem; }
aside.panels ul { list-style: none; padding: 0; margin: 0; }
aside.panels li { margin: .3rem 0; }
aside.panels .count { color: var(--muted); font-size: .85rem; }
.legend { display: flex; gap: .6rem; flex-wrap: wrap; font-size: .85rem; margin: .2rem 0 1rem; }
.speaker-quotes li { border-left: 3px solid #7c3aed; padding-left: .6rem; font-size: .92rem; }
ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--line); }
ol.timeline > li { position: relative; margin: 0 0 1.2rem 1.2rem; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; }
ol.timeline > li::before { content: ""; position: absolute; left: -1.75rem; top: 1rem; width: .8rem; height: .8rem; border-radius: 50%; background: #7c3aed; border: 2px solid var(--paper); }
ol.timeline time { font-weight: 700; }
blockquote { margin: .5rem 0; padding: .4rem .8rem; background: var(--quote-bg); color: var(--quote-ink); border-radius: 6px; }
nav.pager { margin-top: 1rem; }
`;
