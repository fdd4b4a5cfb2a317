// SPDX-License-Identifier: GPL-3.0-or-later
// An OpenAI-compatible upstream for Gatescope's integration tests (node:http only).
//   node upstream-stub.mjs [--port=N]      (0 or absent: any free port; prints "listening N")
// Endpoints: POST /v1/chat/completions (plain, or SSE with `stream`, usage when
// stream_options.include_usage), POST /v1/completions, POST /v1/embeddings,
// POST /v1/images/generations (b64_json of a real 4x3 PNG), POST /v1/echo-size (counts a body
// of any size), GET /v1/big?mb=N (N MB of body, chunked), GET /__requests (what arrived),
// POST /__reset.
// Failure control in the model name (as in gateway-stream.md 3):
//   -fail<N>x<STATUS>-<id>  the first N calls with this model fail with STATUS
//   -always<STATUS>         every call fails
//   -slow<ms>               answers after ms
import http from 'node:http';
import zlib from 'node:zlib';

const portArg = process.argv.find((a) => a.startsWith('--port='));
const port = portArg ? Number(portArg.slice(7)) : 0;
const name = (process.argv.find((a) => a.startsWith('--name=')) || '--name=A').slice(7);

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
// A real 4x3 RGB PNG.
const png = (() => {
  const w = 4, h = 3, rows = [];
  for (let y = 0; y < h; y++) {
    rows.push(0);
    for (let x = 0; x < w; x++) rows.push(x * 60, y * 100, 200);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
})();

const requests = [];
const failCounts = new Map();
let seq = 0;

function failureFor(model) {
  let m = /-always(\d{3})/.exec(model);
  if (m) return Number(m[1]);
  m = /-fail(\d+)x(\d{3})-([A-Za-z0-9_]+)/.exec(model);
  if (m) {
    const key = m[0];
    const n = failCounts.get(key) || 0;
    failCounts.set(key, n + 1);
    if (n < Number(m[1])) return Number(m[2]);
  }
  return 0;
}

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function tokens(text) { return Math.max(1, Math.ceil(String(text).length / 4)); }

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://stub');
  if (req.method === 'GET' && url.pathname === '/__requests') return json(res, 200, requests);
  if (req.method === 'POST' && url.pathname === '/__reset') { requests.length = 0; failCounts.clear(); return json(res, 200, {}); }
  if (req.method === 'GET' && url.pathname.endsWith('/big')) {
    const mb = Number(url.searchParams.get('mb') || 1);
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const block = Buffer.alloc(1024 * 1024, 'x');
    let sent = 0;
    const more = () => {
      while (sent < mb) { sent++; if (!res.write(block)) return res.once('drain', more); }
      res.end();
    };
    return more();
  }
  let size = 0;
  const parts = [];
  const countOnly = url.pathname.endsWith('/echo-size');
  req.on('data', (d) => { size += d.length; if (!countOnly) parts.push(d); });
  req.on('end', () => {
    const headers = { ...req.headers };
    if (countOnly) {
      requests.push({ method: req.method, path: url.pathname, headers, bytes: size });
      return json(res, 200, { object: 'echo', bytes: size });
    }
    let body = {};
    try { body = parts.length ? JSON.parse(Buffer.concat(parts).toString('utf8')) : {}; } catch { body = {}; }
    const model = String(body.model || 'unknown');
    const entry = { method: req.method, path: url.pathname, headers, model, stream: !!body.stream, status: 200 };
    requests.push(entry);
    const fail = failureFor(model);
    const slow = /-slow(\d+)/.exec(model);
    const answer = () => {
      if (fail) {
        entry.status = fail;
        return json(res, fail, { error: { message: `mock upstream forced ${fail}`, type: 'server_error', code: fail } });
      }
      const id = `${name}-${++seq}`;
      const created = Math.floor(Date.now() / 1000);
      if (url.pathname.endsWith('/chat/completions')) {
        const prompt = JSON.stringify(body.messages || []);
        const content = `Hello from upstream ${name}: ${model}`;
        const usage = { prompt_tokens: tokens(prompt), completion_tokens: tokens(content), total_tokens: tokens(prompt) + tokens(content) };
        if (body.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
          const base = { id: `chatcmpl-${id}`, object: 'chat.completion.chunk', created, model };
          const pieces = content.match(/.{1,8}/g);
          const frames = [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }];
          for (const p of pieces) frames.push({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] });
          frames.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
          if (body.stream_options && body.stream_options.include_usage) frames.push({ ...base, choices: [], usage });
          let i = 0;
          const tick = () => {
            if (i < frames.length) { res.write(`data: ${JSON.stringify(frames[i++])}\n\n`); setTimeout(tick, 2); }
            else { res.write('data: [DONE]\n\n'); res.end(); }
          };
          return tick();
        }
        return json(res, 200, { id: `chatcmpl-${id}`, object: 'chat.completion', created, model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage });
      }
      if (url.pathname.endsWith('/completions')) {
        const text = ` completion from ${name}`;
        return json(res, 200, { id: `cmpl-${id}`, object: 'text_completion', created, model,
          choices: [{ index: 0, text, finish_reason: 'stop' }],
          usage: { prompt_tokens: tokens(body.prompt || ''), completion_tokens: tokens(text), total_tokens: tokens(body.prompt || '') + tokens(text) } });
      }
      if (url.pathname.endsWith('/embeddings')) {
        const inputs = Array.isArray(body.input) ? body.input : [body.input || ''];
        const t = inputs.reduce((a, s) => a + tokens(s), 0);
        return json(res, 200, { object: 'list', model,
          data: inputs.map((_, i) => ({ object: 'embedding', index: i, embedding: [0.1, -0.2, 0.3, 0.4] })),
          usage: { prompt_tokens: t, total_tokens: t } });
      }
      if (url.pathname.endsWith('/images/generations')) {
        return json(res, 200, { created, data: [{ b64_json: png.toString('base64'), revised_prompt: body.prompt || '' }] });
      }
      return json(res, 404, { error: { message: `no route ${url.pathname}`, type: 'invalid_request_error' } });
    };
    if (slow) setTimeout(answer, Number(slow[1])); else answer();
  });
});
server.keepAliveTimeout = 5000;
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
