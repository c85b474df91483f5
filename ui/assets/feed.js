// The table's feed on the phone: what others at this table wrote. It polls a small JSON route
// (/api/feed) instead of rerunning the Streamlit page, pauses while the screen is off, and keeps
// what it shows when the network drops. Texts are set with textContent: never parsed as HTML.

function build(parent) {
  const root = document.createElement("section");
  root.className = "oogst-feed-box";
  root.dataset.testid = "phone-feed";
  root.innerHTML = `<p class="title"></p><ul aria-live="polite"></ul><p class="note"></p>`;
  parent.appendChild(root);
  return root;
}

function show(root, payload) {
  const state = root.__oogst;
  if (!payload || typeof payload.revision !== "number") return;
  if (state.revision !== undefined && payload.revision <= state.revision) return;
  state.revision = payload.revision;
  const { labels } = state.data;
  root.hidden = !payload.enabled;
  root.querySelector(".title").textContent = labels.title;
  root.querySelector("ul").replaceChildren(
    ...payload.items.map((text) => {
      const item = document.createElement("li");
      item.dir = "auto";
      item.textContent = text;
      return item;
    }),
  );
  root.querySelector(".note").textContent = payload.items.length
    ? labels.count.replace("{count}", String(payload.count))
    : labels.empty;
}

async function poll(root) {
  const state = root.__oogst;
  if (document.visibilityState === "hidden" || state.busy) return;
  state.busy = true;
  try {
    const response = await fetch(state.data.url, { cache: "no-store", credentials: "same-origin" });
    if (response.ok) show(root, await response.json());
  } catch (e) {
    // Offline or the server restarting: keep what is shown, try again at the next tick.
  } finally {
    state.busy = false;
  }
}

export default function (component) {
  const { data, parentElement } = component;
  let root = parentElement.querySelector(".oogst-feed-box");
  if (!root) {
    root = build(parentElement);
    root.__oogst = {};
  }
  const state = root.__oogst;
  state.data = data;
  show(root, data.initial);
  if (!state.timer) {
    state.timer = setInterval(() => poll(root), data.intervalMs);
    state.onVisible = () => { if (document.visibilityState === "visible") poll(root); };
    document.addEventListener("visibilitychange", state.onVisible);
  }
  return () => {
    clearInterval(state.timer);
    state.timer = null;
    document.removeEventListener("visibilitychange", state.onVisible);
  };
}
