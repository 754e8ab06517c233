import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DESK_FILE } from '../../../lib/desk';
import { type BurstMessage, burstSender, completeRequest, outOfOffice, replyTo } from './burst';
import { LocalDesk } from './local-desk';

/**
 * A desk for bursts: the default desk with an acknowledgement throttle no burst sender
 * reaches, so that every new request is owed exactly one acknowledgement.
 */
export async function burstDesk(): Promise<LocalDesk> {
  return LocalDesk.create(async (dataDir) => {
    const config = join(dataDir, 'burst-desk.json');
    await writeFile(
      config,
      JSON.stringify({ ...DEFAULT_DESK_FILE, ackThrottle: { count: 10_000, perMinutes: 60 } }),
    );
    return { DESK_CONFIG_PATH: config };
  });
}

/** One complete request per sender, sent before a burst so that its replies have a ticket to thread on. */
export function seedMessages(senders: number): BurstMessage[] {
  return Array.from({ length: senders }, (_, i) => {
    const sender = burstSender(i);
    const key = `seed-${String(i).padStart(2, '0')}`;
    return {
      sender,
      kind: 'request' as const,
      key,
      raw: completeRequest(sender, key, i % 2 === 0 ? 'it' : 'en'),
    };
  });
}

/**
 * `perSender` messages from each of `senders`: six in ten new requests (Italian and
 * English), two replies threaded on the sender's seed request, two out-of-office notices.
 */
export function burstMessages(senders: number, perSender: number): BurstMessage[] {
  const messages: BurstMessage[] = [];
  for (let m = 0; m < perSender; m += 1) {
    for (let s = 0; s < senders; s += 1) {
      const sender = burstSender(s);
      const key = `burst-${String(s).padStart(2, '0')}-${String(m).padStart(3, '0')}`;
      messages.push(burstMessage(sender, key, m % 10, `<seed-${String(s).padStart(2, '0')}@example.net>`));
    }
  }
  return messages;
}

function burstMessage(sender: string, key: string, slot: number, seedId: string): BurstMessage {
  if (slot === 6 || slot === 7) return { sender, kind: 'reply', key, raw: replyTo(sender, key, seedId) };
  if (slot === 8 || slot === 9) return { sender, kind: 'auto-reply', key, raw: outOfOffice(sender, key) };
  return { sender, kind: 'request', key, raw: completeRequest(sender, key, slot % 2 === 0 ? 'it' : 'en') };
}
