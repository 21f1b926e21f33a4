export const CSS = `
:host { display: block; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans SC", sans-serif; color: #1d2521; }
* { box-sizing: border-box; }
.w { display: grid; gap: .75rem; background: #fff; border: 1px solid #d9dfdb; border-radius: 12px; padding: .75rem; }
.stage, .panel { display: grid; gap: .75rem; align-content: start; min-width: 0; }
.stage { position: relative; }
.video { background: #111; color: #eee; aspect-ratio: 16/9; border-radius: 10px; overflow: hidden; display: grid; place-items: center; }
.video video, .video iframe { width: 100%; height: 100%; border: 0; object-fit: contain; }
.video[data-fit="cover"] video { object-fit: cover; }
.top { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
button.cc { padding: .3rem .6rem; font-size: .85rem; }
.top h2 { font-size: 1.05rem; margin: 0; flex: 1; }
.badge { background: #b3261e; color: #fff; border-radius: 4px; padding: 0 .4rem; font-weight: 700; font-size: .8rem; }
.badge.off { background: #55605a; }
.muted { color: #55605a; }
.offer { border: 2px solid #b3261e; border-radius: 10px; padding: .6rem .75rem; background: #fff6f5; display: grid; gap: .35rem; }
.offer h3 { margin: 0; font-size: 1rem; }
.price { font-weight: 800; font-size: 1.2rem; color: #b3261e; }
.was { text-decoration: line-through; color: #55605a; margin-left: .4rem; }
.row { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
button { font: inherit; cursor: pointer; border: 1px solid #0b6b3a; background: #0b6b3a; color: #fff; border-radius: 8px; padding: .5rem .9rem; min-height: 44px; min-width: 44px; }
button.claim { background: #b3261e; border-color: #b3261e; font-weight: 700; }
button.ghost { background: #fff; color: #0b6b3a; }
button:disabled { opacity: .55; cursor: not-allowed; }
:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
label { display: block; font-weight: 600; margin: .4rem 0 .15rem; }
input, select { font: inherit; width: 100%; padding: .45rem .55rem; border: 1px solid #8d9892; border-radius: 8px; min-height: 44px; }
form.stack { display: grid; gap: .1rem; }
form.row input { flex: 1 1 10rem; width: auto; }
.pinned { list-style: none; padding: 0; margin: 0; display: grid; gap: .4rem; }
.pinned li { display: flex; justify-content: space-between; align-items: center; gap: .5rem; border: 1px solid #d9dfdb; border-radius: 8px; padding: .4rem .6rem; background: #fff; }
.pinned li img { width: 44px; height: 44px; object-fit: cover; border-radius: 6px; flex: none; }
.pinned li .name { flex: 1; min-width: 0; }
.price-s { font-weight: 700; white-space: nowrap; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: .25rem 0 .5rem; }
dl.kv dt { color: #55605a; }
dl.kv dd { margin: 0; }
.sheet { position: relative; display: grid; gap: .4rem; }
.sheet[hidden] { display: none; }
.sheet button.close { position: absolute; top: 0; right: 0; padding: 0; font-size: 1.3rem; line-height: 1; }
.sheet-body { display: grid; gap: .4rem; padding-right: 3rem; }
.floats { position: absolute; right: 0; bottom: 0; width: 5rem; height: 60%; pointer-events: none; overflow: hidden; }
.bubble { position: absolute; bottom: 0; left: var(--x, 30%); font-size: 1.6rem; opacity: 0; animation: rise 2.4s ease-out var(--d, 0s) forwards; }
@keyframes rise { 0% { transform: translateY(0) scale(.7); opacity: 0; } 15% { opacity: 1; } 100% { transform: translateY(-14rem) scale(1.15); opacity: 0; } }

/* side by side (desktop): video left, the panel right */
.w.side { grid-template-columns: minmax(0, 1.6fr) minmax(18rem, 1fr); align-items: start; }
.w.side .chat { height: 16rem; }

/* the phone player: video filling the element, the rest over it */
.w.vertical { position: relative; display: block; height: var(--ocop-live-height, 100dvh); padding: 0; border: 0; border-radius: 0; background: #000; color: #fff; overflow: hidden; container: player / size; }
.w.vertical .stage { position: absolute; inset: 0; display: block; }
.w.vertical .video { position: absolute; inset: 0; aspect-ratio: auto; border-radius: 0; }
.w.vertical .top { position: absolute; top: 0; left: 0; right: 0; padding: .5rem .6rem; flex-wrap: nowrap; background: linear-gradient(rgba(0,0,0,.75), rgba(0,0,0,0)); }
.w.vertical .top h2 { font-size: .95rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.w.vertical .top .muted { color: #fff; background: rgba(0,0,0,.6); border-radius: 4px; padding: 0 .35rem; white-space: nowrap; }
.w.vertical button.cc { min-height: 36px; background: rgba(0,0,0,.6); color: #fff; border-color: #fff; }
.w.vertical .floats { bottom: 40cqh; }
.w.vertical .panel { position: absolute; left: 0; right: 0; bottom: 0; gap: .45rem; padding: 3rem .6rem .6rem; background: linear-gradient(rgba(0,0,0,0), rgba(0,0,0,.7) 3rem); }
.w.vertical .sec { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.w.vertical .offer { color: #1d2521; padding: .45rem .6rem; gap: .2rem; }
.w.vertical .offer .row { flex-wrap: nowrap; }
.w.vertical .offer .claim { margin-left: auto; }
.w.vertical .pinned.strip { display: flex; gap: .5rem; overflow-x: auto; scroll-snap-type: x mandatory; overscroll-behavior-x: contain; scrollbar-width: none; }
.w.vertical .pinned.strip li { flex: 0 0 78%; scroll-snap-align: start; color: #1d2521; padding: .3rem .5rem; }
.w.vertical .reactions { position: absolute; right: .5rem; bottom: calc(100% - 2.5rem); flex-direction: column; }
.w.vertical .reactions button { background: rgba(0,0,0,.6); color: #fff; border-color: rgba(255,255,255,.7); border-radius: 999px; padding: .2rem .5rem; }
.w.vertical .talk { display: grid; gap: .35rem; }
.w.vertical .chat { height: auto; max-height: 22cqh; border: 0; padding: 0 4rem 0 0; -webkit-mask-image: linear-gradient(transparent, #000 45%); mask-image: linear-gradient(transparent, #000 45%); }
.w.vertical .chat li { text-shadow: 0 1px 2px #000; transition: opacity .4s; }
.w.vertical .chat li:nth-last-child(n+4) { opacity: .7; }
.w.vertical .chat li:nth-last-child(n+7) { opacity: .4; }
.w.vertical .chat b { color: #ffd98a; }
.w.vertical .say input { background: rgba(0,0,0,.6); color: #fff; border-color: rgba(255,255,255,.7); }
.w.vertical .say input::placeholder { color: #e6e6e6; }
.w.vertical .sheet { position: absolute; left: 0; right: 0; bottom: 0; max-height: 85cqh; overflow-y: auto; background: #fff; color: #1d2521; border-radius: 16px 16px 0 0; padding: .9rem .9rem 1.1rem; box-shadow: 0 -6px 24px rgba(0,0,0,.45); z-index: 2; }
.w.vertical .sheet .sec { position: static; width: auto; height: auto; clip: auto; }
.w.vertical .sheet button.close { top: .5rem; right: .5rem; }
@media (prefers-reduced-motion: reduce) {
  .bubble { animation: none; }
  .w.vertical .chat li { transition: none; }
  .floats { display: none; }
  .w.vertical .pinned.strip { scroll-behavior: auto; }
}
.pinned a { color: #0b6b3a; }
.chat { list-style: none; margin: 0; padding: .4rem; height: 12rem; overflow-y: auto; border: 1px solid #d9dfdb; border-radius: 8px; }
.chat ul { list-style: none; margin: 0; padding: 0; }
.chat li { margin: .15rem 0; word-wrap: break-word; }
.chat b { margin-right: .3rem; }
.note { background: #eef6f1; border: 1px solid #b9dcc8; padding: .45rem .6rem; border-radius: 8px; }
.err { background: #fdeeee; border: 1px solid #efb7b3; color: #7a1610; padding: .45rem .6rem; border-radius: 8px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
h3.sec { font-size: .95rem; margin: .2rem 0; }
`
