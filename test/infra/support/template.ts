import type { Template } from 'aws-cdk-lib/assertions';

/** A resource of a synthesized template, as findResources returns it. */
export interface TemplateResource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DependsOn?: readonly string[];
  readonly DeletionPolicy?: string;
}

/** The one resource of `type` matching `props`, with its logical id (found, never written by hand). */
export function onlyResource(
  template: Template,
  type: string,
  props: Record<string, unknown> = {},
): { id: string; resource: TemplateResource } {
  const found = Object.entries(template.findResources(type, { Properties: props }));
  if (found.length !== 1) throw new Error(`expected one ${type} matching, found ${found.length}`);
  const [id, resource] = found[0] as [string, TemplateResource];
  return { id, resource };
}

/** The Lambda function whose description starts with `prefix` (the desk's functions describe themselves). */
export function deskFunction(
  template: Template,
  name: 'ingest' | 'reminder',
): { id: string; resource: TemplateResource } {
  const wanted = name === 'ingest' ? 'turns a received email' : 'emails a due reminder';
  const found = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([, r]) =>
    String((r as TemplateResource).Properties.Description ?? '').includes(wanted),
  );
  if (found.length !== 1) throw new Error(`expected one ${name} function, found ${found.length}`);
  const [id, resource] = found[0] as [string, TemplateResource];
  return { id, resource };
}

/** Every statement of the IAM policies attached to the role of the function `functionId`. */
export function statementsOfFunctionRole(template: Template, functionId: string): Record<string, unknown>[] {
  const fn = template.toJSON().Resources[functionId] as TemplateResource;
  const roleId = ((fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'] ?? [])[0];
  return statementsOfRole(template, roleId ?? '');
}

/** Every statement of the IAM policies attached to the role `roleId`. */
export function statementsOfRole(template: Template, roleId: string): Record<string, unknown>[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as TemplateResource[];
  return policies
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement);
}

/** The actions a list of statements allows, flattened and sorted. */
export function actionsOf(statements: readonly Record<string, unknown>[]): string[] {
  return statements.flatMap((s) => [s.Action].flat() as string[]).sort();
}
