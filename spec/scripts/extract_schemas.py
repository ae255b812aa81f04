#!/usr/bin/env python3
"""Extracts the Realtime schemas from OpenAI's OpenAPI spec into one JSON Schema document.

Usage: python3 spec/scripts/extract_schemas.py path/to/openapi.yaml

Writes spec/src/main/resources/dev/realtimeprofiles/spec/openai-realtime-schemas.json: a JSON Schema
(draft 2020-12) whose "$defs" hold every component schema whose name starts with "Realtime", plus
everything those refer to. OpenAPI's "#/components/schemas/X" references become "#/$defs/X".

The spec is OpenAPI 3.1 (JSON Schema 2020-12) with a few OpenAPI 3.0 leftovers that a JSON Schema
validator would read differently from the server; each is rewritten to what the server accepts:
  * "nullable: true"               -> null is allowed as well;
  * "default: null" on a non-null type -> null is allowed as well (the API documents such fields
    as "can be set to null to turn off", e.g. audio.input.noise_reduction).
Needs PyYAML (pip install pyyaml). The output is deterministic: same input, same bytes.
"""
import json
import os
import sys

import yaml

ROOT_PREFIX = "Realtime"
REF_PREFIX = "#/components/schemas/"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources",
                   "dev", "realtimeprofiles", "spec", "openai-realtime-schemas.json")


def refs_in(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            found.add(ref[len(REF_PREFIX):])
        for value in node.values():
            refs_in(value, found)
    elif isinstance(node, list):
        for value in node:
            refs_in(value, found)


def allow_null(schema):
    """Returns a schema that accepts what `schema` accepts, and null."""
    schema = dict(schema)
    schema.pop("nullable", None)
    kind = schema.get("type")
    if isinstance(kind, str) and "$ref" not in schema and "anyOf" not in schema \
            and "oneOf" not in schema and "allOf" not in schema:
        schema["type"] = [kind, "null"]
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = list(schema["enum"]) + [None]
        return schema
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return schema
    return {"anyOf": [schema, {"type": "null"}]}


def convert(node):
    if isinstance(node, dict):
        node = {key: convert(value) for key, value in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            node["$ref"] = "#/$defs/" + ref[len(REF_PREFIX):]
        if node.get("nullable") is True or ("default" in node and node["default"] is None
                                            and node.get("type") not in (None, "null")):
            node = allow_null(node)
        elif "nullable" in node:
            node.pop("nullable")
        return node
    if isinstance(node, list):
        return [convert(value) for value in node]
    return node


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    schemas = spec["components"]["schemas"]
    wanted = sorted(name for name in schemas if name.startswith(ROOT_PREFIX))
    closure, todo = set(), list(wanted)
    while todo:
        name = todo.pop()
        if name in closure:
            continue
        closure.add(name)
        found = set()
        refs_in(schemas[name], found)
        todo.extend(sorted(found - closure))
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": "Extracted from OpenAI's OpenAPI spec (MIT, see LICENSE-openai-openapi.txt) "
                    "by spec/scripts/extract_schemas.py. Do not edit by hand.",
        "$defs": {name: convert(schemas[name]) for name in sorted(closure)},
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    print(f"{len(closure)} schemas ({len(wanted)} Realtime*) -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main(sys.argv)
