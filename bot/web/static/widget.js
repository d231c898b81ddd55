/* Headache assistant chat widget. One script tag, no dependencies:
 *   <script src="https://HOST/widget.js" async
 *           data-title="Ask about Botox" data-color="#0b6e4f" data-position="left"
 *           data-greeting="Hi! Ask me about Botox for headaches."></script>
 * Styles live in a shadow root: nothing leaks in or out. Theme it from the host page with
 * CSS custom properties on the element `headache-bot-widget` (--hb-accent, --hb-font, --hb-radius).
 * All text is set with textContent; links come only from the clinic settings the server fills in. */
(function () {
  "use strict";
  var CONFIG = /*CONFIG*/null || {clinic: "", disclaimer: "", bookingUrl: "", phone: "", emergencyNumber: "911", maxLength: 1000};
  var script = document.currentScript;
  var data = (script && script.dataset) || {};
  var api = (data.api || new URL(script ? script.src : location.href).origin) + "/api/chat";
  var KEY = "headache-bot:" + api;
  var title = data.title || "Questions about Botox";
  var greeting = data.greeting || "Hello! Ask me about Botox for headaches.";

  var CSS = [
    ":host{--hb-accent:" + (data.color || "#0b6e4f") + ";--hb-font:system-ui,-apple-system,'Segoe UI',sans-serif;--hb-radius:14px;",
    "all:initial;position:fixed;bottom:20px;" + (data.position === "left" ? "left" : "right") + ":20px;z-index:2147483000;font-family:var(--hb-font)}",
    "*{box-sizing:border-box;font-family:inherit}",
    ".launcher{width:60px;height:60px;border-radius:50%;border:0;background:var(--hb-accent);color:#fff;font-size:26px;cursor:pointer;box-shadow:0 6px 18px rgba(0,0,0,.25)}",
    ".launcher:focus-visible,button:focus-visible,a:focus-visible,textarea:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}",
    ".panel{position:absolute;bottom:76px;" + (data.position === "left" ? "left" : "right") + ":0;width:370px;max-width:calc(100vw - 24px);height:560px;max-height:calc(100vh - 110px);",
    "background:#fff;color:#1d1d1f;border-radius:var(--hb-radius);box-shadow:0 12px 40px rgba(0,0,0,.28);display:flex;flex-direction:column;overflow:hidden}",
    ".panel[hidden]{display:none}",
    "header{background:var(--hb-accent);color:#fff;padding:12px 14px;display:flex;align-items:center;gap:8px}",
    "header h2{font-size:16px;margin:0;flex:1;font-weight:600}",
    "header button{background:transparent;border:0;color:#fff;font-size:22px;cursor:pointer;line-height:1;padding:4px 8px;border-radius:6px}",
    ".disclaimer{font-size:12px;color:#555;background:#f4f4f6;padding:8px 14px;margin:0;border-bottom:1px solid #e3e3e8}",
    ".log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px}",
    ".msg{max-width:85%;padding:9px 12px;border-radius:12px;font-size:14px;line-height:1.4;white-space:pre-wrap;word-wrap:break-word}",
    ".bot{background:#f0f2f5;align-self:flex-start;border-bottom-left-radius:4px}",
    ".user{background:var(--hb-accent);color:#fff;align-self:flex-end;border-bottom-right-radius:4px}",
    ".urgent{background:#fde8e8;color:#7a0c0c;border:2px solid #c81e1e;font-weight:600}",
    ".urgent a{color:#7a0c0c}",
    ".source{display:block;font-size:11px;color:#666;margin-top:6px;font-weight:400}",
    ".chips{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start}",
    ".chips button,.chips a{font-size:13px;border:1px solid var(--hb-accent);color:var(--hb-accent);background:#fff;border-radius:16px;padding:5px 10px;cursor:pointer;text-decoration:none}",
    ".chips a.book{background:var(--hb-accent);color:#fff}",
    ".typing{align-self:flex-start;color:#666;font-size:13px;padding:4px 8px}",
    "form{display:flex;gap:8px;border-top:1px solid #e3e3e8;padding:10px}",
    "textarea{flex:1;resize:none;border:1px solid #c9c9d1;border-radius:10px;padding:8px 10px;font-size:14px;height:42px}",
    "form button{background:var(--hb-accent);color:#fff;border:0;border-radius:10px;padding:0 14px;font-size:14px;cursor:pointer}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
    "@media (max-width:480px){.panel{position:fixed;inset:0 0 0 0;width:100vw;max-width:100vw;height:100vh;max-height:100vh;border-radius:0}}"
  ].join("");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var name in attrs || {}) { node.setAttribute(name, attrs[name]); }
    if (text != null) { node.textContent = text; }
    return node;
  }

  var host = el("headache-bot-widget");
  var root = host.attachShadow({mode: "open"});
  var style = el("style"); style.textContent = CSS; root.appendChild(style);

  var launcher = el("button", {"class": "launcher", "aria-label": "Open chat: " + title, "aria-expanded": "false", "aria-controls": "hb-panel"});
  var SVG = "http://www.w3.org/2000/svg";
  var icon = document.createElementNS(SVG, "svg");
  icon.setAttribute("viewBox", "0 0 24 24"); icon.setAttribute("width", "28"); icon.setAttribute("height", "28"); icon.setAttribute("aria-hidden", "true");
  var bubblePath = document.createElementNS(SVG, "path");
  bubblePath.setAttribute("d", "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z");
  bubblePath.setAttribute("fill", "currentColor");
  icon.appendChild(bubblePath); launcher.appendChild(icon);
  var panel = el("section", {"class": "panel", id: "hb-panel", role: "dialog", "aria-label": title, hidden: ""});
  var header = el("header");
  header.appendChild(el("h2", null, title));
  var close = el("button", {"aria-label": "Close chat"}, "\u00D7");
  header.appendChild(close);
  var disclaimer = el("p", {"class": "disclaimer"}, CONFIG.disclaimer);
  var log = el("div", {"class": "log", role: "log", "aria-live": "polite", "aria-relevant": "additions"});
  var typing = el("div", {"class": "typing", hidden: ""}, "The assistant is typing\u2026");
  var form = el("form");
  var label = el("label", {"class": "sr", "for": "hb-input"}, "Your question");
  var input = el("textarea", {id: "hb-input", rows: "1", maxlength: String(CONFIG.maxLength), placeholder: "Type your question\u2026"});
  var send = el("button", {type: "submit"}, "Send");
  form.appendChild(label); form.appendChild(input); form.appendChild(send);
  panel.appendChild(header); panel.appendChild(disclaimer); panel.appendChild(log); panel.appendChild(typing); panel.appendChild(form);
  root.appendChild(panel); root.appendChild(launcher);

  var state = load();

  function load() {
    try { return JSON.parse(sessionStorage.getItem(KEY)) || {items: [], conversation: null, open: false}; }
    catch (e) { return {items: [], conversation: null, open: false}; }
  }
  function save() { try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage full or blocked */ } }

  function link(href, text, cls) {
    var a = el("a", {href: href, rel: "noopener", target: "_blank"}, text);
    if (cls) { a.className = cls; }
    return a;
  }

  function render(item) {
    if (item.who === "user") { log.appendChild(el("div", {"class": "msg user"}, item.text)); return; }
    var r = item.reply;
    var bubble = el("div", {"class": "msg bot" + (r.urgent ? " urgent" : ""), role: r.urgent ? "alert" : null});
    if (!r.urgent) { bubble.removeAttribute("role"); }
    bubble.appendChild(document.createTextNode(r.text));
    if (r.urgent && r.emergency_number) {
      bubble.appendChild(document.createTextNode(" "));
      bubble.appendChild(link("tel:" + r.emergency_number.replace(/[^0-9+]/g, ""), "Call " + r.emergency_number));
    }
    if (r.source) { bubble.appendChild(el("span", {"class": "source"}, "From the article: " + r.source)); }
    log.appendChild(bubble);
    var chips = el("div", {"class": "chips"});
    (r.suggestions || []).forEach(function (s) {
      var b = el("button", {type: "button"}, s.text);
      b.addEventListener("click", function () { ask(s.text); });
      chips.appendChild(b);
    });
    if (r.booking && CONFIG.bookingUrl) {
      if (r.booking.text) { bubble.appendChild(el("span", {"class": "source"}, r.booking.text)); }
      chips.appendChild(link(CONFIG.bookingUrl, "Book an appointment", "book"));
    }
    if (chips.childNodes.length) { log.appendChild(chips); }
  }

  function addItem(item) { state.items.push(item); save(); render(item); log.scrollTop = log.scrollHeight; }

  function setOpen(open) {
    state.open = open; save();
    if (open) { panel.removeAttribute("hidden"); } else { panel.setAttribute("hidden", ""); }
    launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      if (!state.items.length) { addItem({who: "bot", reply: {text: greeting, suggestions: []}}); }
      input.focus();
    } else { launcher.focus(); }
  }

  function ask(text) {
    text = (text || "").trim();
    if (!text || send.disabled) { return; }
    addItem({who: "user", text: text.slice(0, CONFIG.maxLength)});
    input.value = "";
    send.disabled = true; typing.removeAttribute("hidden");
    fetch(api, {method: "POST", headers: {"Content-Type": "application/json"},
                body: JSON.stringify({message: text.slice(0, CONFIG.maxLength), conversation: state.conversation})})
      .then(function (res) { return res.json().then(function (body) { return {ok: res.ok, status: res.status, body: body}; }); })
      .then(function (res) {
        if (!res.ok) {
          if (res.body && res.body.error && res.body.error.code === "invalid_conversation") { state.conversation = null; }
          var why = (res.body && res.body.error && res.body.error.message) || "Something went wrong.";
          addItem({who: "bot", reply: {text: why + (CONFIG.phone ? " You can also call " + CONFIG.phone + "." : ""), suggestions: []}});
          return;
        }
        state.conversation = res.body.conversation;
        addItem({who: "bot", reply: res.body});
      })
      .catch(function () {
        addItem({who: "bot", reply: {text: "I can't reach the clinic's assistant right now." + (CONFIG.phone ? " Please call " + CONFIG.phone + "." : ""), suggestions: []}});
      })
      .then(function () { send.disabled = false; typing.setAttribute("hidden", ""); input.focus(); });
  }

  launcher.addEventListener("click", function () { setOpen(panel.hasAttribute("hidden")); });
  close.addEventListener("click", function () { setOpen(false); });
  root.addEventListener("keydown", function (e) { if (e.key === "Escape" && !panel.hasAttribute("hidden")) { setOpen(false); } });
  form.addEventListener("submit", function (e) { e.preventDefault(); ask(input.value); });
  input.addEventListener("keydown", function (e) { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); ask(input.value); } });

  function mount() {
    document.body.appendChild(host);
    state.items.forEach(render);
    if (state.open) { setOpen(true); }
  }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
