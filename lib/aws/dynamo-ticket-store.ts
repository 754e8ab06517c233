import type { Retention } from '../desk/desk';
import { TICKET_STATUSES } from '../domain/vocabulary';
import type { TicketFilter, TicketQuery, TicketStore } from '../ports/ticket-store';
import { CorruptRecordError, StaleTicketError } from '../tickets/errors';
import type { Ticket } from '../tickets/model/ticket';
import { ConditionFailed, conditionHolds, dynamoCall, queryAll } from './dynamo-call';
import { fromTicketItem, ticketPk, toTicketItem } from './ticket-item';
import { itemKey, STATUS_INDEX, type TableRef } from './ticket-table';

/**
 * Tickets in the ticket table: conditional writes give unique numbers and optimistic concurrency.
 * Under a retention (the desk's), finished tickets carry the table's TTL attribute.
 */
export class DynamoTicketStore implements TicketStore, TicketQuery {
  constructor(
    private readonly table: TableRef,
    private readonly retention?: Retention,
  ) {}

  /** Takes the next number of the year with an atomic ADD on the year's counter item. */
  async nextSequence(year: number): Promise<number> {
    const out = await dynamoCall('counter update', () =>
      this.table.client.updateItem({
        TableName: this.table.tableName,
        Key: itemKey(`COUNTER#${year}`, 'COUNTER'),
        UpdateExpression: 'ADD seq :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const seq = Number(out.Attributes?.seq?.N);
    if (!Number.isInteger(seq)) throw new CorruptRecordError(`COUNTER#${year}`, 'seq: not a number');
    return seq;
  }

  /** Puts the ticket only if no item has its key. */
  async create(ticket: Ticket): Promise<boolean> {
    return conditionHolds(this.put('ticket create', ticket, 'attribute_not_exists(pk)', {}));
  }

  /** Strongly consistent read, so a use case sees its own last write. */
  async get(number: string): Promise<Ticket | null> {
    const out = await dynamoCall('ticket read', () =>
      this.table.client.getItem({
        TableName: this.table.tableName,
        Key: itemKey(ticketPk(number), 'TICKET'),
        ConsistentRead: true,
      }),
    );
    return out.Item ? fromTicketItem(out.Item) : null;
  }

  /** Replaces the ticket on condition that the stored version is the one it was derived from. */
  async save(ticket: Ticket): Promise<void> {
    const previous = ticket.version - 1;
    try {
      await this.put('ticket save', ticket, 'version = :previous', { ':previous': { N: String(previous) } });
    } catch (error) {
      if (error instanceof ConditionFailed) throw new StaleTicketError(ticket.number, previous);
      throw error;
    }
  }

  /** One index Query per status wanted, merged by next deadline. */
  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    const statuses = filter.statuses ?? TICKET_STATUSES;
    const perStatus = await Promise.all(statuses.map((status) => this.byStatus(status, filter.dueBefore)));
    return perStatus
      .flat()
      .sort(byDueThenNumber)
      .map((entry) => entry.ticket);
  }

  private async byStatus(status: string, dueBefore: number | undefined): Promise<DueTicket[]> {
    const query = {
      IndexName: STATUS_INDEX.name,
      KeyConditionExpression:
        dueBefore === undefined ? '#status = :status' : '#status = :status AND dueAt < :due',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': { S: status },
        ...(dueBefore === undefined ? {} : { ':due': { N: String(dueBefore) } }),
      },
    };
    return queryAll(this.table, 'ticket list', query, (item) => ({
      due: Number(item.dueAt?.N),
      ticket: fromTicketItem(item),
    }));
  }

  private async put(
    operation: string,
    ticket: Ticket,
    condition: string,
    values: Record<string, { N: string }>,
  ): Promise<void> {
    await dynamoCall(operation, () =>
      this.table.client.putItem({
        TableName: this.table.tableName,
        Item: toTicketItem(ticket, this.retention),
        ConditionExpression: condition,
        ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
      }),
    );
  }
}

interface DueTicket {
  readonly due: number;
  readonly ticket: Ticket;
}

function byDueThenNumber(a: DueTicket, b: DueTicket): number {
  return a.due - b.due || a.ticket.number.localeCompare(b.ticket.number);
}
