// SPDX-License-Identifier: GPL-3.0-or-later
// Sends one chat request (and optionally a stream) through the official portkey-ai SDK.
//   node sdk-client.mjs <baseURL> <customHost> <upstreamKey> <traceId> [stream]
// The SDK is created with debug: false, so it sends x-portkey-debug: false (Do-Not-Track).
// Prints {"content": ..., "streamed": ...} on success.
import { Portkey } from 'portkey-ai';

const [baseURL, customHost, key, traceID, mode] = process.argv.slice(2);
const client = new Portkey({
  baseURL,
  apiKey: 'pk-NOT-A-REAL-PORTKEY-KEY',
  provider: 'openai',
  customHost,
  Authorization: `Bearer ${key}`,
  debug: false,
  traceID,
  metadata: { _user: 'sdk-user' },
});
const messages = [{ role: 'user', content: 'SECRET PROMPT that debug:false should hide' }];
const out = {};
const chat = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
out.content = chat.choices[0].message.content;
if (mode === 'stream') {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini', messages, stream: true, stream_options: { include_usage: true },
  });
  let text = '';
  for await (const chunk of stream) text += chunk.choices?.[0]?.delta?.content || '';
  out.streamed = text;
}
console.log(JSON.stringify(out));
