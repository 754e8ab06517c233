import { randomUUID } from 'node:crypto';

const XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

/** The one stack the local desk answers DescribeStacks for. */
export interface LocalStack {
  readonly name: string;
  readonly id: string;
  readonly createdAt: Date;
  readonly outputs: Readonly<Record<string, string>>;
}

/** An answer of the CloudFormation query API: HTTP status and XML body. */
export interface QueryAnswer {
  readonly status: number;
  readonly xml: string;
}

/**
 * CloudFormation's query API (awsQuery: a form-encoded POST, an XML answer) for what the CLI
 * asks: DescribeStacks of `stack` (or of every stack, which is that one). Any other stack is
 * AWS's own 400 ValidationError; any other action, its InvalidAction.
 */
export function answerCloudFormation(form: string, stack: LocalStack): QueryAnswer {
  const params = new URLSearchParams(form);
  const action = params.get('Action');
  if (action !== 'DescribeStacks') {
    return queryError(
      400,
      'InvalidAction',
      `the local desk answers DescribeStacks only, not ${clip(action)}`,
    );
  }
  const asked = params.get('StackName');
  // A stack is named by its name or its id, as on AWS.
  if (asked !== null && asked !== stack.name && asked !== stack.id) {
    return queryError(400, 'ValidationError', `Stack with id ${clip(asked)} does not exist`);
  }
  return { status: 200, xml: describeStacksXml(stack) };
}

function describeStacksXml(stack: LocalStack): string {
  const outputs = Object.entries(stack.outputs)
    .map(
      ([key, value]) =>
        `<member><OutputKey>${xml(key)}</OutputKey><OutputValue>${xml(value)}</OutputValue></member>`,
    )
    .join('');
  return [
    `<DescribeStacksResponse xmlns="${XMLNS}"><DescribeStacksResult><Stacks><member>`,
    `<StackName>${xml(stack.name)}</StackName><StackId>${xml(stack.id)}</StackId>`,
    `<CreationTime>${stack.createdAt.toISOString()}</CreationTime><StackStatus>CREATE_COMPLETE</StackStatus>`,
    `<Outputs>${outputs}</Outputs>`,
    '</member></Stacks></DescribeStacksResult>',
    `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></DescribeStacksResponse>`,
  ].join('');
}

function queryError(status: number, code: string, message: string): QueryAnswer {
  return {
    status,
    xml: `<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xml(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
  };
}

// Names come from the request: kept short in the answer, and escaped like everything else.
function clip(text: string | null): string {
  if (text === null) return '(none)';
  return text.length > 128 ? `${text.slice(0, 128)}...` : text;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
