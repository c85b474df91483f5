// The phone's composer: a text box whose draft lives in the browser (localStorage), and a send
// that is retried until the server acknowledges it. Every send carries a random client id, and
// the server stores a client id once, so a retry after a reconnect can never duplicate.
// It also keeps itself in step with the room: every few seconds it asks /api/feed whether the
// meeting, table and round are open, and disables Send with the reason while they are not
// (the draft stays). The same answer carries the table's feed, handed to feed.js as an event.
const RETRY_MS = 3000;  // first retry; later ones wait twice as long each time, up to MAX_RETRY_MS
const MAX_RETRY_MS = 15000;
const TICK_MS = 1000;

function newId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function load(key) {
  try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; }
}

function save(key, value) {
  try {
    if (value === null || value === "") localStorage.removeItem(key);
    else localStorage.setItem(key, typeof value === "string" ? value : JSON.stringify(value));
  } catch (e) { /* private mode or full storage: the text box still works */ }
}

function build(parent, data) {
  const root = document.createElement("form");
  root.className = "oogst-composer";
  root.setAttribute("novalidate", "");
  root.innerHTML = `
    <div class="closed" role="status" aria-live="polite" data-testid="composer-closed" hidden></div>
    <label class="label" for="oogst-text"></label>
    <textarea id="oogst-text" rows="4" autocomplete="off" data-testid="composer-text"></textarea>
    <div class="row">
      <span class="counter" aria-live="off"></span>
      <button type="submit" class="send" data-testid="composer-send"></button>
    </div>
    <div class="status" role="status" aria-live="polite" data-testid="composer-status"></div>`;
  parent.appendChild(root);
  const box = root.querySelector("textarea");
  box.value = localStorage.getItem(data.draftKey) || "";
  box.addEventListener("input", () => {
    save(root.__oogst.data.draftKey, box.value);
    updateCounter(root);
  });
  root.addEventListener("submit", (event) => { event.preventDefault(); send(root); });
  window.addEventListener("online", () => resend(root, true));
  return root;
}

function updateCounter(root) {
  const { data } = root.__oogst;
  const length = root.querySelector("textarea").value.length;
  const counter = root.querySelector(".counter");
  counter.textContent = `${length} / ${data.maxChars}`;
  counter.classList.toggle("over", length > data.maxChars);
}

function setStatus(root, text, kind) {
  const status = root.querySelector(".status");
  status.textContent = text || "";
  status.dataset.kind = kind || "";
}

function send(root) {
  const { data } = root.__oogst;
  const box = root.querySelector("textarea");
  const text = box.value;
  if (load(data.draftKey + ":pending")) return;
  if (!text.trim()) { setStatus(root, data.labels.empty, "error"); return; }
  if (text.length > data.maxChars) { setStatus(root, data.labels.tooLong, "error"); return; }
  const pending = { id: newId(), text: text, tries: 0 };
  save(data.draftKey + ":pending", pending);
  resend(root, true);
}

function resend(root, now) {
  const state = root.__oogst;
  const pending = load(state.data.draftKey + ":pending");
  if (!pending) return;
  if (!now && !navigator.onLine) { setStatus(root, state.data.labels.offline, "waiting"); return; }
  if (!now && Date.now() < (pending.nextAt || 0)) return;
  pending.tries = (pending.tries || 0) + 1;
  // A busy server answers slowly: back off so that retries do not add to its load.
  pending.nextAt = Date.now() + Math.min(RETRY_MS * 2 ** (pending.tries - 1), MAX_RETRY_MS);
  save(state.data.draftKey + ":pending", pending);
  setStatus(root, pending.tries > 1 ? state.data.labels.retrying : state.data.labels.sending, "waiting");
  render(root);
  state.setTriggerValue("send", { id: pending.id, text: pending.text });
}

function reconcile(root) {
  const { data } = root.__oogst;
  const box = root.querySelector("textarea");
  const pending = load(data.draftKey + ":pending");
  if (pending && data.acks[pending.id]) {
    save(data.draftKey + ":pending", null);
    if (box.value === pending.text) { box.value = ""; save(data.draftKey, null); }
    setStatus(root, data.acks[pending.id], "ok");
  } else if (pending && data.rejects[pending.id]) {
    save(data.draftKey + ":pending", null);
    setStatus(root, data.rejects[pending.id], "error");
  }
}

// The newest word on whether this phone can send: from the page run or from a poll, whichever
// saw the later revision of the meeting.
function learn(root, revision, reason) {
  const state = root.__oogst;
  if (state.live && revision < state.live.revision) return;
  state.live = { revision, reason: reason || "" };
}

async function poll(root) {
  const state = root.__oogst;
  if (document.visibilityState === "hidden" || state.polling || !state.data.stateUrl) return;
  state.polling = true;
  try {
    const response = await fetch(state.data.stateUrl, { cache: "no-store", credentials: "same-origin" });
    if (response.ok) {
      const payload = await response.json();
      if (typeof payload.revision === "number") {
        learn(root, payload.revision, payload.reason);
        render(root);
        window.dispatchEvent(new CustomEvent("oogst:feed", { detail: payload }));
      }
    }
  } catch (e) {
    // Offline or the server restarting: keep what is shown, ask again at the next tick.
  } finally {
    state.polling = false;
  }
}

function render(root) {
  const { data } = root.__oogst;
  const pending = load(data.draftKey + ":pending");
  root.querySelector(".label").textContent = data.labels.label;
  root.querySelector("textarea").placeholder = data.labels.placeholder;
  root.querySelector("textarea").setAttribute("maxlength", String(data.maxChars * 5));
  const reason = root.__oogst.live ? root.__oogst.live.reason : "";
  const closed = root.querySelector(".closed");
  closed.textContent = reason;
  closed.hidden = !reason;
  root.dataset.closed = reason ? "1" : "0";
  const button = root.querySelector("button");
  button.textContent = pending ? data.labels.sending : data.labels.send;
  button.disabled = Boolean(pending) || Boolean(reason);
  root.dataset.pending = pending ? "1" : "0";
  updateCounter(root);
}

export default function (component) {
  const { data, setTriggerValue, setStateValue, parentElement } = component;
  let root = parentElement.querySelector(".oogst-composer");
  if (!root) {
    root = build(parentElement, data);
    root.__oogst = {};
  }
  const state = root.__oogst;
  state.data = data;
  state.setTriggerValue = setTriggerValue;

  if (data.token) {
    save(data.tokenKey, data.token);
  } else if (!state.reportedToken) {
    state.reportedToken = true;
    const known = localStorage.getItem(data.tokenKey);
    if (known) setStateValue("known_token", known);
  }
  learn(root, data.stateRevision, data.closedMessage);
  reconcile(root);
  render(root);
  if (!state.timer) {
    // A send that got no answer (connection gone, session dropped) is sent again, same id.
    state.timer = setInterval(() => resend(root, false), TICK_MS);
    if (load(data.draftKey + ":pending")) resend(root, true);  // a fresh page sends at once
  }
  if (!state.poller && data.stateUrl) {
    state.poller = setInterval(() => poll(root), data.intervalMs);
    state.onVisible = () => { if (document.visibilityState === "visible") poll(root); };
    document.addEventListener("visibilitychange", state.onVisible);
  }
  return () => {
    clearInterval(state.timer);
    clearInterval(state.poller);
    state.timer = null;
    state.poller = null;
    document.removeEventListener("visibilitychange", state.onVisible);
  };
}
