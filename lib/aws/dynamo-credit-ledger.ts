import type { CreditLedger, CreditUse } from '../ports/credit-ledger';
import { ConditionFailed, dynamoCall } from './dynamo-call';
import { itemKey, type TableRef } from './ticket-table';

/**
 * One item per customer contract: `used` (a count) and `tickets` (the set of ticket numbers that
 * hold a credit). One conditional UpdateItem adds the ticket and counts it only when the ticket is
 * not in the set yet and the count is under the allowance, so a retry never counts twice and two
 * tickets racing for the last credit cannot both get it. No transaction (dynalite has none) and no
 * second item to keep in step. A set of 11-character numbers stays far below DynamoDB's 400 KB
 * item limit for any allowance the desk file accepts (at most 10,000).
 */
export class DynamoCreditLedger implements CreditLedger {
  constructor(private readonly table: TableRef) {}

  async consume(customer: string, ticket: string, allowance: number): Promise<CreditUse> {
    // No allowance, nothing to give: `attribute_not_exists(used)` would let a first ticket through.
    if (allowance <= 0) return { consumed: false, used: (await this.read(customer)).used };
    try {
      const out = await dynamoCall('credit consume', () =>
        this.table.client.updateItem({
          TableName: this.table.tableName,
          Key: keyOf(customer),
          UpdateExpression: 'ADD used :one, tickets :ticket',
          ConditionExpression:
            '(attribute_not_exists(used) OR used < :allowance) AND NOT contains(tickets, :number)',
          ExpressionAttributeValues: {
            ':one': { N: '1' },
            ':ticket': { SS: [ticket] },
            ':number': { S: ticket },
            ':allowance': { N: String(allowance) },
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { consumed: true, used: Number(out.Attributes?.used?.N ?? 0) };
    } catch (error) {
      if (!(error instanceof ConditionFailed)) throw error;
    }
    // Either this ticket holds a credit already (a retry whose answer was lost) or none is left.
    const item = await this.read(customer);
    return { consumed: item.tickets.includes(ticket), used: item.used };
  }

  async used(customer: string): Promise<number> {
    return (await this.read(customer)).used;
  }

  private async read(customer: string): Promise<{ used: number; tickets: readonly string[] }> {
    const out = await dynamoCall('credit read', () =>
      this.table.client.getItem({
        TableName: this.table.tableName,
        Key: keyOf(customer),
        ConsistentRead: true,
      }),
    );
    return { used: Number(out.Item?.used?.N ?? 0), tickets: out.Item?.tickets?.SS ?? [] };
  }
}

function keyOf(customer: string): Record<string, { S: string }> {
  return itemKey(`CREDITS#${customer.toLowerCase()}`, 'CREDITS');
}
