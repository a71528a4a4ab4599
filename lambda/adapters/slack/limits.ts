/** Slack's Block Kit limits (https://api.slack.com/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  buttonValue: 2000,
  /** the message text fallback: Slack truncates past 40,000; keep it readable */
  fallbackText: 3000,
} as const;
