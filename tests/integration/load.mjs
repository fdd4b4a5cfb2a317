// SPDX-License-Identifier: GPL-3.0-or-later
// Load generator for the integration tests and the benchmark (node:http only).
//   node load.mjs --url=URL --n=N --concurrency=C [--headers=JSON] [--body=JSON]
// Sends N POSTs with keep-alive from C concurrent clients; prints one JSON line:
// {"ok":..,"failed":..,"seconds":..,"rps":..,"p50_ms":..,"p99_ms":..,"statuses":{..}}
import http from 'node:http';

const arg = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const url = new URL(arg('url'));
const n = Number(arg('n', '100'));
const concurrency = Number(arg('concurrency', '20'));
const headers = JSON.parse(arg('headers', '{}'));
const body = arg('body', '{}');
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies = [];
const statuses = {};
let ok = 0, failed = 0, next = 0;

function one() {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
    }, (res) => {
      res.resume();
      res.on('end', () => {
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
        if (res.statusCode < 400) ok++; else failed++;
        resolve();
      });
    });
    req.on('error', () => { failed++; resolve(); });
    req.end(body);
  });
}
async function worker() { while (next < n) { next++; await one(); } }
const t0 = process.hrtime.bigint();
await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : 0;
console.log(JSON.stringify({ ok, failed, seconds, rps: n / seconds, p50_ms: pct(0.5), p99_ms: pct(0.99), statuses }));
agent.destroy();
