// The table's feed on the phone: what others at this table wrote. The composer polls a small
// JSON route (/api/feed) for the phone's live state and hands each answer over as an
// "oogst:feed" event, so one request a tick serves both; a Streamlit rerun is never needed.
// What is shown stays when the network drops. Texts are set with textContent: never HTML.

function build(parent) {
  const root = document.createElement("section");
  root.className = "oogst-feed-box";
  root.dataset.testid = "phone-feed";
  root.innerHTML = `<p class="title"></p><ul aria-live="polite"></ul><p class="note"></p>`;
  parent.appendChild(root);
  return root;
}

function note(labels, payload) {
  if (payload.items.length) {
    const form = payload.count === 1 ? labels.count.one : labels.count.other;
    return form.replace("{count}", String(payload.count));
  }
  return payload.count ? labels.noneFromOthers : labels.empty;
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
  root.querySelector(".note").textContent = note(labels, payload);
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
  if (!state.listener) {
    state.listener = (event) => show(root, event.detail);
    window.addEventListener("oogst:feed", state.listener);
  }
  return () => {
    window.removeEventListener("oogst:feed", state.listener);
    state.listener = null;
  };
}
