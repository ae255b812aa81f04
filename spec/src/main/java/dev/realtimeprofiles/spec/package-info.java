/**
 * OpenAI's Realtime JSON Schemas, bundled, and a validator over them.
 *
 * <p>The schemas are extracted from OpenAI's published OpenAPI spec (MIT) by
 * {@code spec/scripts/extract_schemas.py}; this package never reads the spec itself at build or
 * test time. The emulator validates request bodies with it, and the tests prove that every body the
 * runtime writes is one the API accepts.
 */
package dev.realtimeprofiles.spec;
