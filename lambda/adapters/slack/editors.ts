import { CtocError } from '../../core/errors';

/**
 * The editors, who may teach the bot: CTOC_EDITORS, Slack user ids separated by commas
 * (the stack's `editors` context when deployed). Empty: nobody may.
 */
export function editorsFrom(env: Record<string, string | undefined>): string[] {
  const ids = (env.CTOC_EDITORS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !/^[UW][A-Z0-9]{2,}$/.test(id));
  if (bad !== undefined) throw new CtocError('BAD_ARGUMENT', `invalid configuration: CTOC_EDITORS: "${bad}" is not a Slack user id such as U0123ABCD`);
  return [...new Set(ids)];
}
