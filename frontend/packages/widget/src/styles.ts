/** The widget's stylesheet (inside its shadow root); theme values arrive as custom properties. */
export const CHAT_CSS = `
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.bl-root{position:relative;display:flex;flex-direction:column;width:100%;height:100%;overflow:hidden;
 font-family:var(--bl-font);font-size:16px;line-height:1.5;color:var(--bl-container-color,var(--bl-host-color));background:var(--bl-bg);
 -webkit-font-smoothing:antialiased}
.bl-root:focus{outline:none}
.bl-frame{flex:1;min-height:0;display:flex;flex-direction:column;align-items:center;justify-content:center}
.bl-chat{width:100%;height:100%;max-width:var(--bl-container-max-width,800px);max-height:var(--bl-container-max-height,100%);
 overflow-y:auto;overscroll-behavior:contain;scroll-behavior:smooth;display:flex;flex-direction:column;gap:8px;padding:40px 20px 24px;
 background:var(--bl-container-bg,transparent);box-shadow:var(--bl-container-shadow,none);border:var(--bl-container-border,none);
 border-radius:var(--bl-container-radius,0);backdrop-filter:var(--bl-container-blur,none)}
.bl-log{display:flex;flex-direction:column;gap:8px}
.bl-chat>*{flex:none}
.bl-row{display:flex;align-items:flex-end;gap:8px;max-width:100%;animation:bl-in .2s ease-out}
.bl-row.bl-guest{justify-content:flex-end}
.bl-avatar{flex:none;display:block;width:40px;height:40px;border-radius:50%;object-fit:cover}
.bl-avatar svg{display:block}
.bl-avatar-slot{flex:none;width:40px}
.bot-message,.bl-typing{max-width:100%;padding:7px 15px;line-height:24px;background:var(--bl-host-bg);color:var(--bl-host-color);border-radius:var(--bl-host-radius);
 border:var(--bl-host-border);box-shadow:var(--bl-host-shadow);backdrop-filter:var(--bl-host-blur);overflow-wrap:anywhere;white-space:pre-wrap}
.bot-message.bl-media{padding:15px;white-space:normal}
.bot-message.bl-media:has(iframe,video,audio,.bl-custom-embed){width:100%}
.guest-message{max-width:100%;padding:7px 15px;line-height:24px;margin-left:48px;background:var(--bl-guest-bg);color:var(--bl-guest-color);border-radius:var(--bl-guest-radius);
 border:var(--bl-guest-border);box-shadow:var(--bl-guest-shadow);backdrop-filter:var(--bl-guest-blur);overflow-wrap:anywhere;white-space:pre-wrap}
.bot-message p{margin:0}.bot-message ol,.bot-message ul{margin:0;padding-left:1.4em;white-space:normal}
.bot-message a{color:inherit;text-decoration:underline}
.bot-message img,.bot-message video{display:block;max-width:100%;border-radius:calc(var(--bl-host-radius) - 2px)}
.bot-message img{max-height:512px;object-fit:contain}
.bot-message iframe{display:block;width:100%;border:0;border-radius:calc(var(--bl-host-radius) - 2px)}
.bot-message audio{display:block;width:100%;min-width:250px}
.bl-typing{display:flex;gap:4px;align-items:center;width:64px;height:32px;padding:0 16px;opacity:.5}
.bl-typing span{flex:none;width:8px;height:8px;border-radius:50%;background:currentColor;opacity:.4;animation:bl-dot 1s infinite ease-in-out}
.bl-typing span:nth-child(2){animation-delay:.15s}.bl-typing span:nth-child(3){animation-delay:.3s}
@keyframes bl-dot{0%,80%,100%{transform:translateY(0);opacity:.4}40%{transform:translateY(-4px);opacity:.9}}
@keyframes bl-in{from{opacity:0;transform:translateY(6px)}to{opacity:1;transform:none}}
.bl-input{display:flex;justify-content:flex-end;width:100%;animation:bl-in .2s ease-out}
.bl-form{display:flex;gap:8px;align-items:flex-end;width:min(100%,350px)}
.bl-box{display:flex;flex:1;min-width:0;align-items:center;gap:8px;padding:8px;background:var(--bl-input-bg);color:var(--bl-input-color);
 border-radius:var(--bl-input-radius);border:var(--bl-input-border);box-shadow:var(--bl-input-shadow,none);backdrop-filter:var(--bl-input-blur)}
.bl-form.bl-framed{padding:8px;background:var(--bl-input-bg);color:var(--bl-input-color);border-radius:var(--bl-input-radius);border:var(--bl-input-border);
 box-shadow:var(--bl-input-shadow,none);backdrop-filter:var(--bl-input-blur)}
.bl-form.bl-column{flex-direction:column;align-items:stretch}
.bl-field{color-scheme:var(--bl-input-scheme,light);flex:1;min-width:0;font:inherit;line-height:24px;color:inherit;background:transparent;border:0;padding:8px;outline:none;resize:vertical}
.bl-field::placeholder{color:var(--bl-input-placeholder,#9095A0)}
textarea.bl-field{min-height:6em;max-height:40vh}
select.bl-field{flex:none;max-width:8em;padding:8px 4px}
.bl-label{display:flex;flex-direction:column;gap:2px;font-size:.85em;flex:1}
.bl-button{position:relative;display:inline-flex;align-items:center;justify-content:center;gap:6px;font:inherit;font-weight:600;line-height:24px;cursor:pointer;padding:8px 16px;
 background:var(--bl-btn-bg);color:var(--bl-btn-color);border:var(--bl-btn-border);border-radius:var(--bl-btn-radius);box-shadow:var(--bl-btn-shadow);
 backdrop-filter:var(--bl-btn-blur);transition:filter .15s,opacity .15s;text-align:center}
.bl-button:hover{filter:brightness(.92)}
.bl-button:disabled{opacity:.5;cursor:not-allowed}
.bl-button[aria-pressed=false]{background:transparent;color:var(--bl-btn-bg);box-shadow:inset 0 0 0 1px var(--bl-btn-bg)}
.bl-outline{background:transparent;color:inherit;box-shadow:inset 0 0 0 1px currentColor}
:focus-visible{outline:2px solid var(--bl-btn-bg);outline-offset:2px}
.bl-box:focus-within,.bl-framed:focus-within{box-shadow:var(--bl-input-shadow,none),0 0 0 2px var(--bl-btn-bg)}
.bl-field:focus-visible{outline:none}
.bl-choices{display:flex;flex-direction:column;align-items:flex-end;gap:8px;width:100%}
.bl-ping{position:absolute;top:-4px;right:-4px;width:12px;height:12px;border-radius:50%;background:var(--bl-btn-bg);filter:brightness(1.5)}
.bl-send{width:58px;height:56px;padding:0;flex:none}.bl-send svg{width:24px;height:24px}
.bl-buttons{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:8px;flex-direction:var(--bl-buttons-direction,row);align-items:flex-end;max-width:100%}
.bl-search{width:min(100%,20em)}
.bl-pictures{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px;width:100%}
.bl-picture{display:flex;flex-direction:column;align-items:stretch;padding:0;overflow:hidden;font-weight:400;text-align:left}
.bl-picture img{width:100%;aspect-ratio:1;object-fit:cover;display:block}
.bl-picture span{padding:6px 10px}.bl-picture small,.bl-card small{opacity:.8}
.bl-cards{display:flex;gap:12px;overflow-x:auto;width:100%;padding:2px 2px 8px;scroll-snap-type:x mandatory}
.bl-card{flex:none;width:240px;display:flex;flex-direction:column;gap:6px;padding:10px;border-radius:var(--bl-host-radius);background:var(--bl-host-bg);
 color:var(--bl-host-color);border:var(--bl-host-border);box-shadow:var(--bl-host-shadow);scroll-snap-align:start}
.bl-card img{width:100%;aspect-ratio:16/9;object-fit:cover;border-radius:4px}
.bl-card h3{margin:0;font-size:1em}.bl-card p{margin:0;font-size:.9em}
.bl-rating{display:flex;flex-direction:column;gap:6px;align-items:flex-end;max-width:100%}
.bl-rating .bl-buttons{flex-direction:row}
.bl-rating-labels{display:flex;justify-content:space-between;width:100%;font-size:.85em;gap:16px}
.bl-star.bl-star{padding:4px;min-height:0;background:transparent;color:var(--bl-btn-bg);box-shadow:none;border:0}
.bl-star svg,.bl-star img{width:32px;height:32px;display:block}
.bl-drop{font:inherit;color:inherit;background:transparent;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;width:100%;min-height:120px;padding:16px;cursor:pointer;
 border:2px dashed currentColor;border-radius:var(--bl-input-radius);text-align:center;opacity:.9}
.bl-drop.bl-over{opacity:1;background:color-mix(in srgb,var(--bl-btn-bg) 10%,transparent)}
.bl-files{font-size:.9em;margin:0;padding-left:1.2em;align-self:stretch}
.bl-form-stack{display:flex;flex-direction:column;align-items:flex-end;gap:6px;width:min(100%,32em)}
.bl-form-stack .bl-form{width:100%}
.bl-icon.bl-icon{padding:8px;min-height:40px;flex:none}
.bl-actions{display:flex;gap:8px;justify-content:flex-end;width:100%;flex-wrap:wrap}
.bl-alert{margin:8px auto;padding:10px 14px;max-width:36em;border-radius:8px;background:#fde8e8;color:#7f1d1d;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.bl-progress{position:absolute;left:0;right:0;top:0;height:var(--bl-progress-height,4px);background:var(--bl-progress-bg,#e0edff);z-index:1}
.bl-progress.bl-bottom{top:auto;bottom:0}
.bl-progress>div{height:100%;width:0;background:var(--bl-progress-color,var(--bl-btn-bg));transition:width .3s}
.bl-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.bl-brand{align-self:center;font-size:.75em;opacity:.7;color:inherit;margin-top:8px}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
`;
