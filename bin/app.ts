#!/usr/bin/env node
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { editorsFrom } from '../lambda/adapters/slack/editors';
import { CtocBotStack } from '../lib/ctoc-bot-stack';

const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage)) throw new Error(`context "stage" must be lower-case letters, digits and -, got "${stage}"`);
new CtocBotStack(app, `CtocBot-${stage}`, {
  stage,
  timeZone: String(app.node.tryGetContext('timeZone') ?? 'Europe/Vienna'),
  reminderTime: String(app.node.tryGetContext('reminderTime') ?? '07:00'),
  catchUpDays: Number(app.node.tryGetContext('catchUpDays') ?? 2),
  // Slack user ids, comma-separated (or a JSON array in cdk.json): who may add documents from Slack
  editors: editorsFrom({ CTOC_EDITORS: [app.node.tryGetContext('editors') ?? ''].flat().join(',') }),
  // the only place that reads account and region; none is needed to synthesize
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  tags: { project: 'ctoc-bot', stage },
});
// cdk-nag runs during synth: an unacknowledged finding fails it
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
