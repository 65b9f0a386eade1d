/**
 * The fixed parts of an embed document (lib/embed/render.ts): its one stylesheet, its one script, and the
 * Content-Security-Policy that allows exactly those two by their hashes. Kept apart from the rendering so
 * next.config.ts can send the same policy on every response under /embed/, error pages included.
 */
import crypto from 'node:crypto'

const EMBED_MESSAGE_TYPE = 'ome:embed-height'

export const STYLE = `:root{color-scheme:light dark;--fg:#1b1f24;--muted:#56606b;--line:#d5dbe1;--accent:#0b5cad;--bg:#fff;--note:#fff4d6;--note-fg:#5a4200}
@media (prefers-color-scheme:dark){:root{--fg:#e6eaee;--muted:#a6b0ba;--line:#333c46;--accent:#7cb8ff;--bg:#12161b;--note:#3a2f10;--note-fg:#ffe7a3}}
html{background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
body{margin:0;padding:12px 16px}h1{font-size:1.35rem;margin:0 0 .4rem;line-height:1.25}h2{font-size:1.1rem;margin:1.1rem 0 .3rem}h3{font-size:1rem}
a{color:var(--accent)}p,ul,ol{margin:.45rem 0}.summary{font-size:1.05rem}.cite{font-size:.75em;line-height:0}
.meta,.attribution{font-size:.875rem;color:var(--muted)}.disclaimer{font-size:.875rem;background:var(--note);color:var(--note-fg);padding:.5rem .7rem;border-radius:6px}
footer{border-top:1px solid var(--line);margin-top:1rem;padding-top:.4rem}
.help-level{border:1px solid var(--line);border-left:.4rem solid var(--help);border-radius:6px;padding:.1rem .8rem .3rem;margin:.5rem 0}.help-level>h3,.help-level>h4{margin:.45rem 0 .15rem;font-size:1rem}.help-level ul{padding-left:1.2rem}
.help-level__marker{text-transform:uppercase;letter-spacing:.04em}.help-level--emergency{--help:#c4320a}.help-level--urgent{--help:#b7791f}.help-level--routine{--help:#0b5cad}`

// Reports the document height to the embedding page (which checks our origin); resends on resize.
export const SCRIPT = `(function(){var s=document.currentScript,slug=s&&s.getAttribute("data-slug");function post(){parent.postMessage({type:"${EMBED_MESSAGE_TYPE}",slug:slug,height:Math.ceil(document.documentElement.getBoundingClientRect().height)},"*")}addEventListener("load",post);if(window.ResizeObserver)new ResizeObserver(post).observe(document.documentElement);else addEventListener("resize",post)})()`

const hash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`

/** Content-Security-Policy of an embed: nothing but its own inline style and script; any site may frame it. */
export const EMBED_CSP = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  "img-src 'self' https://cdn.sanity.io",
  // Browsers and crawlers fetch /robots.txt and the icon from the page's context.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ')
