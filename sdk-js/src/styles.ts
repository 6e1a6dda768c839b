// The widget's own stylesheet: static text, themed only through custom properties the renderer sets from
// validated tokens. Classes are prefixed "re-" so that, without Shadow DOM, they keep out of the page's way.
export const CSS = `:host{display:block}
.re{box-sizing:border-box;font-family:var(--re-font,inherit);color:var(--re-text,inherit);background:var(--re-bg,transparent);position:relative}
.re *,.re *::before,.re *::after{box-sizing:inherit}
.re-h{font-size:1.15em;font-weight:600;margin:0 0 12px}
.re-items{display:grid;gap:16px;grid-template-columns:repeat(var(--re-cols,4),minmax(0,1fr))}
.re-carousel .re-items{grid-template-columns:none;grid-auto-flow:column;grid-auto-columns:calc((100% - (var(--re-cols,4) - 1)*16px)/var(--re-cols,4));overflow-x:auto;scroll-snap-type:x mandatory;scrollbar-width:thin;padding-bottom:6px}
.re-carousel .re-card{scroll-snap-align:start}
.re-list .re-items{grid-template-columns:minmax(0,1fr);gap:10px}
.re-card{display:flex;flex-direction:column;background:var(--re-surface,#fff);border:1px solid var(--re-border,#e5e7eb);border-radius:var(--re-radius,8px);overflow:hidden;min-width:0}
.re-link{display:flex;flex-direction:column;flex:1;color:inherit;text-decoration:none;min-width:0}
.re-img{display:block;width:100%;aspect-ratio:1;object-fit:cover;background:#f3f4f6}
.re-body{display:flex;flex-direction:column;gap:4px;padding:10px 12px}
.re-t{min-height:2.6em;line-height:1.3;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;overflow-wrap:anywhere}
.re-p{font-weight:600}
.re-fb{display:flex;align-items:center;justify-content:center;color:#fff;font-weight:600;font-size:1.6em;letter-spacing:.04em;container-type:inline-size}
.re-fb span{font-size:28cqi}
.re-skel .re-h,.re-skel .re-t,.re-skel .re-p,.re-skel .re-b,.re-skel .re-cta{background:rgba(128,128,128,.14);color:transparent;border-radius:4px}
.re-skel .re-h{width:12em;max-width:60%}.re-skel .re-p{width:40%}.re-skel .re-b{width:65%}
.re-b{font-size:.8em;color:var(--re-muted,#6b7280)}
.re-cta{display:block;margin:0 12px 12px;padding:8px 10px;text-align:center;border-radius:calc(var(--re-radius,8px)*.75);background:var(--re-accent,#111827);color:var(--re-accent-text,#fff);text-decoration:none;font-size:.9em}
.re-list .re-card,.re-list .re-link{flex-direction:row;align-items:center}
.re-list .re-img{width:88px;flex:none}
.re-list .re-cta{margin:0 12px;flex:none}
.re-nav{position:absolute;top:45%;width:34px;height:34px;border-radius:50%;border:1px solid var(--re-border,#e5e7eb);background:var(--re-surface,#fff);color:var(--re-text,#111);cursor:pointer;font:inherit;font-size:20px;line-height:1;z-index:1}
.re-prev{left:-10px}.re-next{right:-10px}
@media (max-width:640px){.re-grid .re-items{grid-template-columns:repeat(2,minmax(0,1fr))}.re-carousel .re-items{grid-auto-columns:70%}}`;
