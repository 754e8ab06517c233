import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Retention } from '../desk/desk';
import type { MessageLog } from '../ports/message-log';
import { CorruptRecordError } from '../tickets/errors';
import { readMessage, type TicketMessage } from '../tickets/model/message';
import { type OperatorStepRecord, readOperatorStep } from '../tickets/model/operator-step';
import { historyExpiry } from '../tickets/model/retention';
import { conditionHolds, dynamoCall, queryAll } from './dynamo-call';
import { itemDoc, ticketPk } from './ticket-item';
import { itemKey, type TableRef, TTL_ATTRIBUTE, ttlValue } from './ticket-table';

/** BatchGetItem takes at most 100 keys; a thread never needs that many. */
const MAX_LOOKUP = 100;

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
    await Promise.all(message.messageIds.map((id) => this.putThread(id, message.ticket, message.at)));
  }

  /** Looks every id up at once; the first id (in the order given) that has a ticket wins. */
  async findTicket(messageIds: readonly string[]): Promise<string | null> {
    const ids = [...new Set(messageIds)].slice(0, MAX_LOOKUP);
    if (ids.length === 0) return null;
    const out = await dynamoCall('thread lookup', () =>
      this.table.client.batchGetItem({
        RequestItems: {
          [this.table.tableName]: { Keys: ids.map((id) => threadKey(id)), ConsistentRead: true },
        },
      }),
    );
    const byPk = new Map<string, string>();
    for (const item of out.Responses?.[this.table.tableName] ?? []) {
      if (item.pk?.S && item.ticket?.S) byPk.set(item.pk.S, item.ticket.S);
    }
    for (const id of ids) {
      const ticket = byPk.get(threadPk(id));
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
          Item: { ...itemKey(ticketPk(ticket), sk), doc: { S: JSON.stringify(doc) }, ...this.ttl(at) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  /** The TTL attribute of an item of `at`, under the retention; none without one. */
  private ttl(at: number): Record<string, AttributeValue> {
    return this.retention ? { [TTL_ATTRIBUTE]: ttlValue(historyExpiry(at, this.retention)) } : {};
  }

  private async putThread(messageId: string, ticket: string, at: number): Promise<void> {
    await dynamoCall('thread index', () =>
      this.table.client.putItem({
        TableName: this.table.tableName,
        Item: {
          ...threadKey(messageId),
          ticket: { S: ticket },
          messageId: { S: messageId },
          ...this.ttl(at),
        },
      }),
    );
  }
}

/** Message-IDs can be long and carry any character: the key holds a digest, the item the id itself. */
function threadPk(messageId: string): string {
  return `THREAD#${createHash('sha256').update(messageId.trim()).digest('hex')}`;
}

function threadKey(messageId: string): Record<string, { S: string }> {
  return itemKey(threadPk(messageId), 'THREAD');
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
