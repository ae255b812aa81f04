// The npm `openai` client (and its `ws` transport) against the Realtime emulator, one scenario per
// run: `node conformance.mjs <scenario>`. Prints one JSON line with what it saw; the Java test
// (NpmOpenAiConformanceTest) asserts on it. Environment: OPENAI_BASE_URL (https://127.0.0.1:PORT/v1),
// OPENAI_API_KEY, NODE_EXTRA_CA_CERTS (the emulator's certificate), SPEECH (a PCM16 24 kHz clip).
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { OpenAIRealtimeWS } from 'openai/realtime/ws';

const baseURL = process.env.OPENAI_BASE_URL;
const apiKey = process.env.OPENAI_API_KEY;
const scenario = process.argv[2];
const timer = setTimeout(() => finish({ error: `scenario ${scenario} timed out` }, 3), 15000);

function finish(result, code = 0) {
  clearTimeout(timer);
  console.log(JSON.stringify(result));
  process.exit(code);
}

/** A connection that records every event and resolves `until(type)` when one arrives. */
function connect(key, model = 'gpt-realtime') {
  const rt = new OpenAIRealtimeWS({ model }, new OpenAI({ apiKey: key, baseURL }));
  const events = [];
  const waiting = [];
  rt.on('event', (event) => {
    events.push(event);
    for (const w of waiting.filter((w) => w.type === event.type)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(event);
    }
  });
  const errors = [];
  rt.on('error', (error) => errors.push(error));
  const until = (type) => {
    const seen = events.find((e) => e.type === type && !e.__taken);
    if (seen) {
      seen.__taken = true;
      return Promise.resolve(seen);
    }
    return new Promise((resolve) => waiting.push({ type, resolve: (e) => { e.__taken = true; resolve(e); } }));
  };
  return { rt, events, errors, until, url: rt.url.toString() };
}

const userText = (text) => ({
  type: 'conversation.item.create',
  item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] },
});

function appendSpeech(rt, silenceMs = 800) {
  const speech = readFileSync(process.env.SPEECH);
  const audio = Buffer.concat([speech, Buffer.alloc(48 * silenceMs)]);
  for (let at = 0; at < audio.length; at += 4800) {
    rt.send({ type: 'input_audio_buffer.append', audio: audio.subarray(at, at + 4800).toString('base64') });
  }
}

const types = (events) => events.map((e) => e.type);
const openai = new OpenAI({ apiKey, baseURL });

const scenarios = {
  // A text turn on a connection opened with an ek_ client secret.
  async text() {
    const secret = await openai.realtime.clientSecrets.create({
      session: { type: 'realtime', output_modalities: ['text'], instructions: 'Be brief.' },
    });
    const c = connect(secret.value);
    const created = await c.until('session.created');
    await c.until('conversation.created');
    c.rt.send(userText('Where is my order?'));
    c.rt.send({ type: 'response.create' });
    const done = await c.until('response.done');
    const text = (await c.until('response.output_text.done')).text;
    c.rt.close();
    return {
      url: c.url, secret: secret.value.slice(0, 3), instructions: created.session.instructions,
      text, status: done.response.status, types: types(c.events),
    };
  },

  // A function call, its output, and the answer that uses it.
  async tool() {
    const c = connect(apiKey);
    await c.until('session.created');
    c.rt.send({
      type: 'session.update',
      session: {
        type: 'realtime', output_modalities: ['text'],
        tools: [{ type: 'function', name: 'lookupOrder', description: 'Look up an order',
          parameters: { type: 'object', properties: { orderId: { type: 'string' } } } }],
      },
    });
    await c.until('session.updated');
    c.rt.send(userText('Where is my order A-1017?'));
    c.rt.send({ type: 'response.create' });
    const call = await c.until('response.function_call_arguments.done');
    await c.until('response.done');
    c.rt.send({ type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: call.call_id, output: '{"status":"shipped"}' } });
    c.rt.send({ type: 'response.create' });
    const answer = await c.until('response.output_text.done');
    c.rt.close();
    return { name: call.name, arguments: call.arguments, answer: answer.text };
  },

  // Error events reach the client's error listener as OpenAIRealtimeError, and the session goes on.
  async error() {
    const c = connect(apiKey);
    await c.until('conversation.created');
    c.rt.send({ type: 'session.update', event_id: 'evt_speed',
      session: { type: 'realtime', audio: { output: { speed: 3.0 } } } });
    c.rt.send({ type: 'response.create', event_id: 'evt_fail' });
    await c.until('error');
    await c.until('error');
    c.rt.send(userText('Still there?'));
    c.rt.send({ type: 'response.create' });
    const done = await c.until('response.done');
    c.rt.close();
    return {
      errors: c.errors.map((e) => ({ type: e.error?.type, code: e.error?.code ?? null, param: e.error?.param ?? null,
        event_id: e.error?.event_id ?? null, message: e.message.split('\n')[0] })),
      status: done.response.status,
    };
  },

  // Speech into a realtime session with server_vad: the API's turn (the failing case).
  async voice() {
    const c = connect(apiKey);
    await c.until('conversation.created');
    c.rt.send({ type: 'session.update', session: { type: 'realtime', audio: { input: {
      transcription: { model: 'gpt-4o-transcribe' },
      turn_detection: { type: 'server_vad', silence_duration_ms: 500, create_response: true } } } } });
    await c.until('session.updated');
    appendSpeech(c.rt);
    const done = await c.until('response.done');
    c.rt.close();
    return { types: types(c.events), transcript: done.response.output[0].content[0].transcript };
  },

  // A transcription session: a client secret of type transcription, then speech on its connection.
  async transcription() {
    const secret = await openai.realtime.clientSecrets.create({
      session: { type: 'transcription', audio: { input: {
        transcription: { model: 'gpt-4o-transcribe', language: 'en' },
        turn_detection: { type: 'server_vad', silence_duration_ms: 500 } } } },
    });
    const c = connect(secret.value);
    const created = await c.until('session.created');
    appendSpeech(c.rt);
    const completed = await c.until('conversation.item.input_audio_transcription.completed');
    c.rt.close();
    const deltas = c.events.filter((e) => e.type === 'conversation.item.input_audio_transcription.delta')
      .map((e) => e.delta).join('');
    return {
      sessionType: secret.session.type, createdType: created.session.type,
      deltas, transcript: completed.transcript, types: types(c.events),
    };
  },
};

try {
  finish(await scenarios[scenario]());
} catch (error) {
  finish({ error: String(error?.stack ?? error) }, 1);
}
