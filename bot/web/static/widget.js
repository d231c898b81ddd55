/* Headache assistant chat widget. One script tag, no dependencies:
 *   <script src="https://HOST/widget.js" async
 *           data-title="Ask about Botox" data-color="#0b6e4f" data-position="left"
 *           data-greeting="Hi! Ask me about Botox for headaches."></script>
 * Styles live in a shadow root: nothing leaks in or out. Theme it from the host page with
 * CSS custom properties on the element `headache-bot-widget` (--hb-accent, --hb-font, --hb-radius).
 * All text is set with textContent, never as HTML. Web addresses (http, https) and phone numbers
 * inside replies become links built with DOM methods; nothing else does. */
(function () {
  "use strict";
  var CONFIG = /*CONFIG*/null || {clinic: "", disclaimer: "", bookingUrl: "", phone: "", emergencyNumber: "911", maxLength: 1000};
  var script = document.currentScript;
  var data = (script && script.dataset) || {};
  var api = (data.api || new URL(script ? script.src : location.href).origin) + "/api/chat";
  var KEY = "headache-bot:" + api;
  var title = data.title || "Questions about Botox";
  var greeting = data.greeting || "Hello! Ask me about Botox for headaches.";
  var side = data.position === "left" ? "left" : "right";

  var CSS = [
    ":host{--hb-accent:" + (data.color || "#0b6e4f") + ";--hb-font:system-ui,-apple-system,'Segoe UI',sans-serif;--hb-radius:14px;",
    "all:initial;position:fixed;bottom:20px;" + side + ":20px;z-index:2147483000;font-family:var(--hb-font)}",
    "*{box-sizing:border-box;font-family:inherit}",
    ".launcher{width:60px;height:60px;border-radius:50%;border:0;background:var(--hb-accent);color:#fff;font-size:26px;cursor:pointer;box-shadow:0 6px 18px rgba(0,0,0,.25)}",
    "button:focus-visible,a:focus-visible,.log:focus-visible{outline:3px solid #ffbf47;outline-offset:0;box-shadow:0 0 0 6px #1d1d1f}",
    "textarea:focus{outline:2px solid var(--hb-accent);outline-offset:1px}",
    ".panel{position:absolute;bottom:76px;" + side + ":0;width:380px;max-width:calc(100vw - 24px);height:580px;max-height:calc(100vh - 110px);",
    "background:#fff;color:#1d1d1f;border-radius:var(--hb-radius);box-shadow:0 12px 40px rgba(0,0,0,.28);display:flex;flex-direction:column;overflow:hidden}",
    ".panel[hidden]{display:none}",
    ".head{background:var(--hb-accent);color:#fff;padding:10px 8px 10px 14px;display:flex;align-items:center;gap:8px}",
    ".head h2{font-size:16px;margin:0;flex:1;font-weight:600}",
    ".head button{background:transparent;border:0;color:#fff;cursor:pointer;line-height:0;padding:8px;border-radius:6px}",
    ".notice{background:#f4f4f6;border-bottom:1px solid #e3e3e8;font-size:13px;line-height:1.4;color:#2b2b30}",
    ".notice button{display:flex;width:100%;align-items:center;gap:6px;background:none;border:0;padding:7px 14px;font-size:13px;color:#2b2b30;text-align:left;cursor:pointer}",
    ".notice button span{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}",
    ".notice button::after{content:'';width:7px;height:7px;border:solid currentColor;border-width:0 2px 2px 0;transform:rotate(45deg);margin:0 4px 3px}",
    ".notice button[aria-expanded=true]::after{transform:rotate(-135deg);margin-bottom:-3px}",
    ".notice p{margin:0;padding:0 14px 9px}",
    ".log{position:relative;flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px}",
    ".msg{max-width:88%;padding:9px 12px;border-radius:12px;font-size:15px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}",
    ".bot{background:#f0f2f5;align-self:flex-start;border-bottom-left-radius:4px}",
    ".user{background:var(--hb-accent);color:#fff;align-self:flex-end;border-bottom-right-radius:4px}",
    ".msg a{color:#0a4a8a}",
    ".msg a[href^=\"tel:\"]{white-space:nowrap}",
    ".urgent{background:#fde8e8;color:#7a0c0c;border:2px solid #c81e1e;font-weight:600}",
    ".urgent a{color:#7a0c0c}",
    ".source,.booking{display:block;font-size:13px;color:#45454c;margin-top:7px;font-weight:400;line-height:1.4}",
    ".booking{color:#1d1d1f;border-top:1px solid #d5d8de;padding-top:7px}",
    ".chips{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start}",
    ".chips button,.chips a{font-size:14px;border:1px solid var(--hb-accent);color:var(--hb-accent);background:#fff;border-radius:16px;padding:6px 11px;line-height:1.3;cursor:pointer;text-decoration:none;text-align:left}",
    ".chips a.book{background:var(--hb-accent);color:#fff}",
    ".typing{align-self:flex-start;color:#45454c;font-size:13px;padding:4px 14px}",
    "form{display:flex;gap:8px;border-top:1px solid #e3e3e8;padding:10px}",
    "textarea{flex:1;resize:none;border:1px solid #8a8a94;border-radius:10px;padding:9px 10px;font-size:16px;line-height:1.3;height:44px;color:#1d1d1f}",
    "form button{background:var(--hb-accent);color:#fff;border:0;border-radius:10px;padding:0 14px;font-size:15px;cursor:pointer}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
    "@media (max-width:480px),(max-height:560px){.panel{position:fixed;inset:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}}"
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
  function svgIcon(size, path, attrs) {
    var SVG = "http://www.w3.org/2000/svg", svg = document.createElementNS(SVG, "svg"), shape = document.createElementNS(SVG, "path");
    var all = {viewBox: "0 0 24 24", width: size, height: size, "aria-hidden": "true"};
    for (var name in all) { svg.setAttribute(name, all[name]); }
    shape.setAttribute("d", path);
    for (name in attrs) { shape.setAttribute(name, attrs[name]); }
    svg.appendChild(shape);
    return svg;
  }
  launcher.appendChild(svgIcon("28", "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z", {fill: "currentColor"}));
  var panel = el("section", {"class": "panel", id: "hb-panel", role: "dialog", "aria-label": title, hidden: ""});
  var header = el("div", {"class": "head"});
  header.appendChild(el("h2", null, title));
  var close = el("button", {type: "button", "aria-label": "Close chat"});
  close.appendChild(svgIcon("20", "M5 5l14 14M19 5L5 19", {stroke: "currentColor", "stroke-width": "2.5", "stroke-linecap": "round"}));
  header.appendChild(close);
  // The disclaimer: in full until the patient's first message, then one line that opens on a tap.
  var notice = el("div", {"class": "notice"});
  var noticeToggle = el("button", {type: "button", "class": "notice-toggle", "aria-expanded": "true", "aria-controls": "hb-disclaimer"});
  noticeToggle.appendChild(el("span", null, "Not medical advice." + (CONFIG.emergencyNumber ? " Emergency? Call " + CONFIG.emergencyNumber + "." : "")));
  var disclaimer = el("p", {"class": "disclaimer", id: "hb-disclaimer"}, CONFIG.disclaimer);
  notice.appendChild(noticeToggle); notice.appendChild(disclaimer);
  var log = el("div", {"class": "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": "Conversation", tabindex: "0"});
  var typing = el("div", {"class": "typing", hidden: ""}, "The assistant is typing\u2026");
  var form = el("form");
  var label = el("label", {"class": "sr", "for": "hb-input"}, "Your question");
  var input = el("textarea", {id: "hb-input", rows: "1", maxlength: String(CONFIG.maxLength), placeholder: "Type your question\u2026"});
  var send = el("button", {type: "submit"}, "Send");
  form.appendChild(label); form.appendChild(input); form.appendChild(send);
  panel.appendChild(header); panel.appendChild(notice); panel.appendChild(log); panel.appendChild(typing); panel.appendChild(form);
  root.appendChild(panel); root.appendChild(launcher);

  var state = load();
  var lastReply = null;   // the newest message when it is the assistant's: shown from its top when the panel opens

  function load() {
    try { return JSON.parse(sessionStorage.getItem(KEY)) || {items: [], conversation: null, open: false}; }
    catch (e) { return {items: [], conversation: null, open: false}; }
  }
  function save() { try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage full or blocked */ } }

  function setNotice(expanded) {
    noticeToggle.setAttribute("aria-expanded", String(expanded));
    if (expanded) { disclaimer.removeAttribute("hidden"); } else { disclaimer.setAttribute("hidden", ""); }
  }

  function webLink(raw) {
    var url;
    try { url = new URL(raw); } catch (e) { return null; }
    if (url.protocol !== "http:" && url.protocol !== "https:") { return null; }
    return el("a", {href: url.href, rel: "noopener noreferrer", target: "_blank"}, raw);
  }
  function phoneLink(raw) {   // 7 to 15 digits, in three groups or more or after a +: not "2008-2012"
    var digits = raw.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15 || (raw.charAt(0) !== "+" && raw.split(/\D+/).length < 3)) { return null; }
    return el("a", {href: "tel:" + (raw.charAt(0) === "+" ? "+" : "") + digits}, raw);
  }

  // Web addresses and phone numbers become links; everything else stays text.
  var LINKS = /(https?:\/\/[^\s<>"'`]+)|(\+?\(?\d[\d ().\-\u00A0]{5,}\d)/g;
  function appendRich(parent, text) {
    var at = 0, match;
    LINKS.lastIndex = 0;
    while ((match = LINKS.exec(text))) {
      var raw = match[0];
      if (match[1]) { raw = raw.replace(/[.,;:!?)\]']+$/, ""); }
      var before = text.charAt(match.index - 1);
      var node = match[1] ? webLink(raw) : (/[\w\/.\-]/.test(before) ? null : phoneLink(raw));
      if (!node) { continue; }
      parent.appendChild(document.createTextNode(text.slice(at, match.index)));
      parent.appendChild(node);
      at = match.index + raw.length;
      LINKS.lastIndex = at;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  function bookingUrl(r) {
    var url = (r.booking && r.booking.url) || CONFIG.bookingUrl;
    return url && /^https?:\/\//.test(url) ? url : "";
  }

  function render(item) {
    if (item.who === "user") { lastReply = null; return log.appendChild(el("div", {"class": "msg user"}, item.text)); }
    var r = item.reply;
    var bubble = el("div", {"class": "msg bot" + (r.urgent ? " urgent" : "")});
    if (r.urgent) { bubble.setAttribute("role", "alert"); }
    appendRich(bubble, r.text || "");
    if (r.urgent && r.emergency_number) {
      bubble.appendChild(document.createTextNode(" "));
      bubble.appendChild(el("a", {href: "tel:" + r.emergency_number.replace(/[^0-9+]/g, "")}, "Call " + r.emergency_number));
    }
    if (r.source) { bubble.appendChild(el("span", {"class": "source"}, "From the article: " + r.source)); }
    // One booking link a reply: none when the answer already gives the booking page, else the
    // booking sentence with its address as the link, else a button.
    var book = bookingUrl(r), button = null;
    if (r.booking && book && (r.text || "").indexOf(book) < 0) {
      if (r.booking.text) { bubble.appendChild(appendRich(el("span", {"class": "booking"}), r.booking.text)); }
      if ((r.booking.text || "").indexOf(book) < 0) { button = webLink(book); button.textContent = "Book an appointment"; button.className = "book"; }
    }
    log.appendChild(bubble);
    var chips = el("div", {"class": "chips"});
    (r.suggestions || []).forEach(function (s) {
      var b = el("button", {type: "button"}, s.text);
      b.addEventListener("click", function () { ask(s.text); });
      chips.appendChild(b);
    });
    if (button) { chips.appendChild(button); }
    if (chips.childNodes.length) { log.appendChild(chips); }
    lastReply = bubble;
    return bubble;
  }

  // A new reply is scrolled to the top of the view, so the patient reads it from its first line.
  function reveal(node) {
    log.scrollTop = node ? node.offsetTop - 6 : log.scrollHeight;
  }

  function addItem(item) {
    state.items.push(item); save();
    var node = render(item);
    reveal(item.who === "user" ? null : node);
  }

  function setOpen(open) {
    state.open = open; save();
    if (open) { panel.removeAttribute("hidden"); } else { panel.setAttribute("hidden", ""); }
    launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      if (!state.items.length) { addItem({who: "bot", reply: {text: greeting, suggestions: []}}); }
      reveal(lastReply);
      input.focus();
    } else { launcher.focus(); }
  }

  function ask(text) {
    text = (text || "").trim();
    if (!text || send.disabled) { return; }
    setNotice(false);
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
  noticeToggle.addEventListener("click", function () { setNotice(noticeToggle.getAttribute("aria-expanded") !== "true"); });
  root.addEventListener("keydown", function (e) { if (e.key === "Escape" && !panel.hasAttribute("hidden")) { setOpen(false); } });
  form.addEventListener("submit", function (e) { e.preventDefault(); ask(input.value); });
  input.addEventListener("keydown", function (e) { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); ask(input.value); } });

  function mount() {
    document.body.appendChild(host);
    state.items.forEach(render);
    setNotice(!state.items.some(function (item) { return item.who === "user"; }));
    if (state.open) { setOpen(true); }
  }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
