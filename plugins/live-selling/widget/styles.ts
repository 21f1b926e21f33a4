export const CSS = `
:host { display: block; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans SC", sans-serif; color: #1d2521; }
* { box-sizing: border-box; }
.w { display: grid; gap: .75rem; background: #fff; border: 1px solid #d9dfdb; border-radius: 12px; padding: .75rem; }
.video { background: #111; color: #eee; aspect-ratio: 16/9; border-radius: 10px; overflow: hidden; display: grid; place-items: center; }
.video video, .video iframe { width: 100%; height: 100%; border: 0; }
.top { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
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
.pinned li { display: flex; justify-content: space-between; gap: .5rem; border: 1px solid #d9dfdb; border-radius: 8px; padding: .4rem .6rem; }
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
