import { describe, expect, it } from 'vitest';
import { answerCloudFormation } from '../../../local/edge/cloudformation';
import { STACK } from './peers-world';

const form = (params: Record<string, string>) =>
  new URLSearchParams({ Version: '2010-05-15', ...params }).toString();

describe('answerCloudFormation', () => {
  it('describes the stack when no StackName is given (every stack is that one), and by its id', () => {
    expect(answerCloudFormation(form({ Action: 'DescribeStacks' }), STACK).status).toBe(200);
    expect(answerCloudFormation(form({ Action: 'DescribeStacks', StackName: STACK.id }), STACK).status).toBe(
      200,
    );
  });

  it('escapes what it writes into XML, outputs and stack names asked for alike', () => {
    const stack = { ...STACK, outputs: { SupportAddress: 'a&b<c>@example.com' } };
    expect(answerCloudFormation(form({ Action: 'DescribeStacks' }), stack).xml).toContain(
      '<OutputValue>a&amp;b&lt;c&gt;@example.com</OutputValue>',
    );
    const asked = answerCloudFormation(form({ Action: 'DescribeStacks', StackName: '<x>' }), STACK);
    expect(asked).toMatchObject({ status: 400 });
    expect(asked.xml).toContain('<Message>Stack with id &lt;x&gt; does not exist</Message>');
  });

  it('answers any other action with InvalidAction', () => {
    const answer = answerCloudFormation(form({ Action: 'DeleteStack', StackName: 'local' }), STACK);
    expect(answer.status).toBe(400);
    expect(answer.xml).toContain('<Code>InvalidAction</Code>');
    expect(answer.xml).toContain('the local desk answers DescribeStacks only, not DeleteStack');
  });
});
