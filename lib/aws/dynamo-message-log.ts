import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Retention } from '../desk/desk';
import type { HistoryEntries, MessageLog } from '../ports/message-log';
import { CorruptRecordError, StoreError } from '../tickets/errors';
import { readMessage, type TicketMessage } from '../tickets/model/message';
import { type OperatorStepRecord, readOperatorStep } from '../tickets/model/operator-step';
import { historyExpiry } from '../tickets/model/retention';
import { conditionHolds, dynamoCall, queryAll } from './dynamo-call';
import { itemDoc, ticketPk } from './ticket-item';
import { itemKey, type TableRef, TTL_ATTRIBUTE, ttlValue } from './ticket-table';

/** BatchGetItem takes at most 100 keys; a thread never needs that many. */
const MAX_LOOKUP = 100;
/** BatchWriteItem takes at most 25 puts. */
const MAX_BATCH = 25;
/** How often items DynamoDB left unprocessed (throttled) are sent again, backing off, before giving up. */
const UNPROCESSED_ROUNDS = 6;

/**
 * Messages and operator steps under their ticket's partition, plus one thread-index item per
 * Message-ID. Under a retention (the desk's), each item carries the table's TTL attribute, counted
 * from its own instant.
 */
export class DynamoMessageLog implements MessageLog {
  constructor(
    private readonly table: TableRef,
    private readonly retention?: Retention,
  ) {}

  /** Puts the message if new, then (re)writes its thread-index items: both are safe to repeat. */
  async append(message: TicketMessage): Promise<void> {
    await this.putMessage(message);
    // The two SES forms of one email share an item: put it once.
    const byKey = new Map(message.messageIds.map((id) => [threadPk(id), id]));
    await Promise.all([...byKey.values()].map((id) => this.putThread(id, message.ticket, message.at)));
  }

  /**
   * Puts every message, its thread-index items and every step in BatchWriteItem calls of up to 25
   * items, sending again what DynamoDB leaves unprocessed; a retryable StoreError if some never go.
   */
  async appendAll(entries: HistoryEntries): Promise<void> {
    const items = new Map<string, Record<string, AttributeValue>>();
    const add = (item: Record<string, AttributeValue>) => items.set(`${item.pk?.S}\u0000${item.sk?.S}`, item);
    for (const message of entries.messages) {
      add(this.historyItem(message.ticket, `MSG#${message.id}`, message, message.at));
      for (const id of message.messageIds) add(this.threadItem(id, message.ticket, message.at));
    }
    for (const step of entries.steps) add(this.historyItem(step.ticket, `STEP#${step.id}`, step, step.at));
    const all = [...items.values()];
    for (let start = 0; start < all.length; start += MAX_BATCH)
      await this.putBatch(all.slice(start, start + MAX_BATCH));
  }

  /** The message logged under that id, read consistently. */
  async find(ticket: string, id: string): Promise<TicketMessage | null> {
    const out = await dynamoCall('message read', () =>
      this.table.client.getItem({
        TableName: this.table.tableName,
        Key: itemKey(ticketPk(ticket), `MSG#${id}`),
        ConsistentRead: true,
      }),
    );
    return out.Item ? readStoredMessage(out.Item) : null;
  }

  /**
   * Looks every id up at once (under its key and, for an SES id, the key items written before
   * the two SES forms shared one); the first id (in the order given) that has a ticket wins.
   */
  async findTicket(messageIds: readonly string[]): Promise<string | null> {
    const ids = [...new Set(messageIds)].slice(0, MAX_LOOKUP);
    if (ids.length === 0) return null;
    const pks = [...new Set(ids.flatMap((id) => [threadPk(id), legacyThreadPk(id)]))].slice(0, MAX_LOOKUP);
    const out = await dynamoCall('thread lookup', () =>
      this.table.client.batchGetItem({
        RequestItems: {
          [this.table.tableName]: { Keys: pks.map((pk) => itemKey(pk, 'THREAD')), ConsistentRead: true },
        },
      }),
    );
    const byPk = new Map<string, string>();
    for (const item of out.Responses?.[this.table.tableName] ?? []) {
      if (item.pk?.S && item.ticket?.S) byPk.set(item.pk.S, item.ticket.S);
    }
    for (const id of ids) {
      const ticket = byPk.get(threadPk(id)) ?? byPk.get(legacyThreadPk(id));
      if (ticket) return ticket;
    }
    return null;
  }

  /** The ticket's messages, oldest first (a ticket has few: sorted here rather than by key). */
  async history(ticket: string): Promise<TicketMessage[]> {
    const query = {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :msg)',
      ExpressionAttributeValues: { ':pk': { S: ticketPk(ticket) }, ':msg': { S: 'MSG#' } },
    };
    const found = await queryAll(this.table, 'message history', query, readStoredMessage);
    return found.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  }

  /** Puts the step if new: the first record of a step id stays. */
  async appendStep(step: OperatorStepRecord): Promise<void> {
    await this.putOnce('step append', step.ticket, `STEP#${step.id}`, step, step.at);
  }

  /** The ticket's operator steps, oldest first. */
  async steps(ticket: string): Promise<OperatorStepRecord[]> {
    const query = {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :step)',
      ExpressionAttributeValues: { ':pk': { S: ticketPk(ticket) }, ':step': { S: 'STEP#' } },
    };
    const found = await queryAll(this.table, 'step history', query, readStoredStep);
    return found.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  }

  private async putMessage(message: TicketMessage): Promise<void> {
    // Keyed on the id alone: a retry that logs the same message at another instant still finds it.
    await this.putOnce('message append', message.ticket, `MSG#${message.id}`, message, message.at);
  }

  /** One BatchWriteItem of at most 25 puts, then again for what it left unprocessed. */
  private async putBatch(items: readonly Record<string, AttributeValue>[]): Promise<void> {
    let pending = items.map((Item) => ({ PutRequest: { Item } }));
    for (let round = 0; pending.length > 0; round++) {
      if (round >= UNPROCESSED_ROUNDS) {
        throw new StoreError('history batch', new Error(`${pending.length} item(s) left unprocessed`), true);
      }
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round));
      const out = await dynamoCall('history batch', () =>
        this.table.client.batchWriteItem({ RequestItems: { [this.table.tableName]: pending } }),
      );
      pending = (out.UnprocessedItems?.[this.table.tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
  }

  /** A message or step item under the ticket's partition. */
  private historyItem(ticket: string, sk: string, doc: object, at: number): Record<string, AttributeValue> {
    return { ...itemKey(ticketPk(ticket), sk), doc: { S: JSON.stringify(doc) }, ...this.ttl(at) };
  }

  /** Puts an item under the ticket's partition unless one with that sort key exists. */
  private async putOnce(
    operation: string,
    ticket: string,
    sk: string,
    doc: object,
    at: number,
  ): Promise<void> {
    // A condition that did not hold: the item is logged already.
    await conditionHolds(
      dynamoCall(operation, () =>
        this.table.client.putItem({
          TableName: this.table.tableName,
          Item: this.historyItem(ticket, sk, doc, at),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  /** The TTL attribute of an item of `at`, under the retention; none without one. */
  private ttl(at: number): Record<string, AttributeValue> {
    return this.retention ? { [TTL_ATTRIBUTE]: ttlValue(historyExpiry(at, this.retention)) } : {};
  }

  private threadItem(messageId: string, ticket: string, at: number): Record<string, AttributeValue> {
    return {
      ...itemKey(threadPk(messageId), 'THREAD'),
      ticket: { S: ticket },
      messageId: { S: messageId },
      ...this.ttl(at),
    };
  }

  private async putThread(messageId: string, ticket: string, at: number): Promise<void> {
    await dynamoCall('thread index', () =>
      this.table.client.putItem({
        TableName: this.table.tableName,
        Item: this.threadItem(messageId, ticket, at),
      }),
    );
  }
}

/**
 * SES names one sent email `<id>@email.amazonses.com` and `<id>@<region>.amazonses.com`; a reply
 * may cite either, so both are one index item, keyed on the id SES gave.
 */
const SES_ID = /^([^@\s]+)@(?:email|[a-z]{2}(?:-[a-z]+)+-\d+)\.amazonses\.com$/i;

/** Message-IDs can be long and carry any character: the key holds a digest, the item the id itself. */
function threadPk(messageId: string): string {
  const id = messageId.trim();
  const ses = SES_ID.exec(id);
  return digestPk(ses ? `ses:${ses[1]}` : id);
}

/** The key of an SES id's item written before the two forms shared one (equal to threadPk otherwise). */
function legacyThreadPk(messageId: string): string {
  return digestPk(messageId.trim());
}

function digestPk(text: string): string {
  return `THREAD#${createHash('sha256').update(text).digest('hex')}`;
}

function readStoredStep(item: Record<string, AttributeValue>): OperatorStepRecord {
  const key = `${item.pk?.S} ${item.sk?.S}`;
  const read = readOperatorStep(itemDoc(item, key));
  if ('problem' in read) throw new CorruptRecordError(key, read.problem);
  return read.step;
}

function readStoredMessage(item: Record<string, AttributeValue>): TicketMessage {
  const key = `${item.pk?.S} ${item.sk?.S}`;
  const read = readMessage(itemDoc(item, key));
  if ('problem' in read) throw new CorruptRecordError(key, read.problem);
  return read.message;
}
