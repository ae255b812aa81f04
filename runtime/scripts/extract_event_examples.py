#!/usr/bin/env python3
"""Copies the example JSON of every Realtime server event in OpenAI's OpenAPI spec into test resources.

Usage: python3 runtime/scripts/extract_event_examples.py path/to/openapi.yaml

For each schema RealtimeServerEvent* (GA) and RealtimeBetaServerEvent* (beta), the x-oaiMeta example
is written to runtime/src/test/resources/dev/realtimeprofiles/runtime/event/examples/{ga,beta}/<type>.json,
pretty-printed with sorted keys (deterministic). Repairs, each needed for JSON the server would send:
  * whole-line // comments (transcription_session.updated has one) are removed;
  * trailing commas before '}' or ']' (six examples have them) are removed;
  * blanks around the "type" value are stripped (the dtmf example has " input_audio_buffer...").
The spec's beta event schemas now carry the GA event names (e.g. response.output_text.delta). The
beta WebSocket sent the older names, so for the events whose name changed in GA, the beta example is
written a second time under its beta name, with "type" set to it (BETA_WIRE_NAMES below).
Needs PyYAML.
"""
import json
import os
import re
import sys

import yaml

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources",
                   "dev", "realtimeprofiles", "runtime", "event", "examples")

# Beta schema -> the event name the beta WebSocket used, where GA renamed it.
BETA_WIRE_NAMES = {
    "RealtimeBetaServerEventResponseTextDelta": "response.text.delta",
    "RealtimeBetaServerEventResponseTextDone": "response.text.done",
    "RealtimeBetaServerEventResponseAudioDelta": "response.audio.delta",
    "RealtimeBetaServerEventResponseAudioDone": "response.audio.done",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "response.audio_transcript.delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "response.audio_transcript.done",
}

TRAILING_COMMA = re.compile(r",(\s*[}\]])")
LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def parse(example):
    return json.loads(TRAILING_COMMA.sub(r"\1", LINE_COMMENT.sub("", example)))


def write(folder, event):
    event["type"] = event["type"].strip()
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, event["type"] + ".json")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        json.dump(event, out, indent=2, sort_keys=True, ensure_ascii=False)
        out.write("\n")


def main(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        schemas = yaml.safe_load(f)["components"]["schemas"]
    for name in sorted(schemas):
        if name.startswith("RealtimeServerEvent"):
            shape = "ga"
        elif name.startswith("RealtimeBetaServerEvent"):
            shape = "beta"
        else:
            continue
        example = schemas[name].get("x-oaiMeta", {}).get("example")
        if not example:
            continue
        event = parse(example)
        write(os.path.join(OUT, shape), event)
        if name in BETA_WIRE_NAMES:
            renamed = parse(example)
            renamed["type"] = BETA_WIRE_NAMES[name]
            write(os.path.join(OUT, shape), renamed)


if __name__ == "__main__":
    main(sys.argv[1])
