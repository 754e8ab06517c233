import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import {
  type Accepted,
  type BurstMessage,
  completeRequest,
  sendConcurrently,
} from '../test/e2e/support/burst';
import { burstDesk, burstMessages, seedMessages } from '../test/e2e/support/burst-desk';
import type { LocalDesk } from '../test/e2e/support/local-desk';

// The local desk under a burst of 500 messages from 50 senders over 50 SMTP connections:
// throughput (messages/s, from the first SMTP connection to the last message processed) and
// the time from SMTP accept (the client got 250) to the acknowledgement in the SES outbox.
// Baseline, measured in the same run: the same burst into an SMTP server that discards
// everything, i.e. what SMTP alone costs on this machine.

const SENDERS = 50;
const PER_SENDER = 10;

async function baselineRate(messages: readonly BurstMessage[]): Promise<number> {
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const started = performance.now();
  await sendConcurrently((server.server.address() as AddressInfo).port, messages, SENDERS);
  const rate = messages.length / ((performance.now() - started) / 1000);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return rate;
}

/** Polls the outbox and notes when each key first shows up in a subject. */
async function watchOutbox(
  desk: LocalDesk,
  keys: readonly string[],
  seen: Map<string, number>,
): Promise<void> {
  const pending = new Set(keys);
  const deadline = performance.now() + 300_000;
  while (pending.size > 0 && performance.now() < deadline) {
    for (const email of await desk.outbox()) {
      for (const key of pending) {
        if (email.subject.includes(key)) {
          seen.set(key, performance.now());
          pending.delete(key);
        }
      }
    }
    await new Promise((done) => setTimeout(done, 20));
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measureDesk(desk: LocalDesk, burst: readonly BurstMessage[]) {
  const requests = burst.filter((message) => message.kind === 'request').map((message) => message.key);
  const seen = new Map<string, number>();
  const watching = watchOutbox(desk, requests, seen);
  const before = desk.lines.filter((line) => line.startsWith('mail ')).length;
  const started = performance.now();
  const accepted: Accepted[] = await sendConcurrently(desk.smtpPort, burst, SENDERS);
  await desk.waitForCount((line) => line.startsWith('mail '), before + burst.length, 300_000);
  const rate = burst.length / ((performance.now() - started) / 1000);
  await watching;
  const latencies = accepted
    .filter((a) => seen.has(a.message.key))
    .map((a) => seen.get(a.message.key)! - a.acceptedAt)
    .sort((a, b) => a - b);
  return { rate, latencies, expected: requests.length };
}

/** Accept-to-acknowledgement of messages sent one at a time to an idle desk: the latency without queueing. */
async function idleLatencies(desk: LocalDesk, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const key = `idle-${i}`;
    const seen = new Map<string, number>();
    const watching = watchOutbox(desk, [key], seen);
    const [accepted] = await sendConcurrently(desk.smtpPort, [idleMessage(key)], 1);
    await watching;
    latencies.push(seen.get(key)! - accepted!.acceptedAt);
  }
  return latencies.sort((a, b) => a - b);
}

function idleMessage(key: string): BurstMessage {
  const sender = 'idle@example.net';
  return { sender, kind: 'request', key, raw: completeRequest(sender, key, 'it') };
}

const burst = burstMessages(SENDERS, PER_SENDER);
const baseline = await baselineRate(burst);
const desk = await burstDesk();
try {
  await desk.start();
  await sendConcurrently(desk.smtpPort, seedMessages(SENDERS), 10);
  await desk.waitForCount((line) => line.startsWith('mail '), SENDERS, 120_000);
  const idle = await idleLatencies(desk, 10);
  const { rate, latencies, expected } = await measureDesk(desk, burst);
  const lines = [
    `burst: ${burst.length} messages from ${SENDERS} senders over ${SENDERS} SMTP connections`,
    `  baseline, SMTP into a discarding server:  ${baseline.toFixed(0)} messages/s`,
    `  local desk, SMTP accept to processed:     ${rate.toFixed(1)} messages/s  (${(rate / baseline).toFixed(3)}x baseline)`,
    `  SMTP accept -> acknowledgement in outbox: p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms` +
      ` (${latencies.length} of ${expected} acknowledgements)`,
    `  same, one message at a time (no queue):  p50 ${percentile(idle, 50).toFixed(0)} ms, max ${idle.at(-1)?.toFixed(0)} ms (${idle.length} messages)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await desk.stop();
  await desk.dispose();
}
