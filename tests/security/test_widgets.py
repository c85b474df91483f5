"""Forged widget states over Streamlit's websocket: a client may send any widget id with any
value. Known ids with a value of the wrong kind (or one their widget cannot read) used to fail
the whole run in Streamlit's own code, before the page ran; now they are dropped and the page
runs as if they had not been sent. Against a real server, with the protocol client of bench/."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetState

from bench.protocol import StreamlitClient, trigger
from tests.e2e.server import ROOT, Server

pytestmark = pytest.mark.server

FORGED_VALUES = [
    ("bool_value", True),
    ("string_value", "x"),
    ("int_value", 5),
    ("double_value", 1.5),
    ("json_value", "{not json"),
    ("json_trigger_value", "[]"),
    ("trigger_value", True),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = Server(data_dir=tmp_path_factory.mktemp("oogst")).start()
    try:
        yield server
    finally:
        server.stop()


def _forged(widget_id: str) -> list[WidgetState]:
    states = []
    for field, value in FORGED_VALUES:
        state = WidgetState()
        state.id = widget_id
        setattr(state, field, value)
        states.append(state)
    string_array = WidgetState()
    string_array.id = widget_id
    string_array.string_array_value.data.extend(["no such option"])
    return [*states, string_array]


async def _forge_everything(url: str) -> tuple[list[str], list[int]]:
    """Send every forged value to every widget of the page; return the ids and run statuses."""
    client = StreamlitClient(url)
    ids: list[str] = []
    original = client._element

    def element(message, run):  # type: ignore[no-untyped-def]
        element = message.delta.new_element
        inner = getattr(element, element.WhichOneof("type"))
        if getattr(inner, "id", ""):
            ids.append(inner.id)
        original(message, run)

    client._element = element  # type: ignore[method-assign]
    await client.connect()
    statuses = []
    unknown = ["$$ID-00000000000000000000000000000000-None", "nonsense"]
    for widget_id in [*dict.fromkeys(ids), *unknown]:
        for state in _forged(widget_id):
            run = await client.rerun([state], timeout=30)
            statuses.append(run.status)
    composer_id = next(i for i in ids if i.endswith("-composer"))
    broken = trigger(composer_id, "send", {"id": "a", "text": "b"})
    broken.json_trigger_value = "[{not json"
    statuses.append((await client.rerun([broken], timeout=30)).status)
    await client.close()
    return ids, statuses


def test_forged_widget_states_never_fail_the_run(server):
    url = server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml").targets["2"]
    log = server.data_dir / "server.log"
    before = log.read_text(errors="replace").count('"page failed"')
    with ThreadPoolExecutor(1) as pool:
        ids, statuses = pool.submit(asyncio.run, _forge_everything(url)).result()
    assert len(ids) >= 3, ids
    failures = log.read_text(errors="replace").count('"page failed"') - before
    assert failures == 0, f"{failures} runs failed; statuses {statuses}"


def test_a_real_send_still_works_next_to_forged_states(server):
    from bench.protocol import receipts_of

    url = server.import_event(ROOT / "examples" / "tafelrondes-12-februari-2015.yaml").targets["3"]

    async def send() -> str:
        client = StreamlitClient(url)
        first = await client.connect()
        component_id, _, fragment_id = first.components["oogst_composer"]
        forged = WidgetState()
        forged.id = "$$ID-00000000000000000000000000000000-composer"
        forged.bool_value = True
        value = {"id": "forged-next-to-real", "text": "Echte bijdrage"}
        sent = await client.rerun(
            [forged, trigger(component_id, "send", value)], fragment_id=fragment_id
        )
        await client.close()
        return json.dumps(receipts_of(sent.components["oogst_composer"][1])[0])

    with ThreadPoolExecutor(1) as pool:
        acks = pool.submit(asyncio.run, send()).result()
    assert "forged-next-to-real" in acks
