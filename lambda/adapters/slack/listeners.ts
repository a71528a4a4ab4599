import type { App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Answer } from '../../core/answer';
import type { Lang } from '../../core/model';
import type { AppLogger, Clock, EventClaim, EventDeduplicator, MeetingRepository, SubscriptionStore } from '../../core/ports';
import { quickReference } from '../../core/reference';
import type { AskService } from '../../app/ask';
import { readableStack } from '../readable-stack';
import { type Block, answerMessage, context, section, sourceLine } from './blocks';
import { escapeMrkdwn } from './escape';
import { type ChangeFeature, type SlackFile, handleUpload, registerChangeActions } from './change-listeners';
import { bodyBlocks, homeView } from './home';
import { SLACK_LIMITS } from './limits';

export interface SlackDeps {
  ask: AskService;
  repository: MeetingRepository;
  clock: Clock;
  dedupe: EventDeduplicator;
  logger: AppLogger;
  botUserId?: string;
  /** reminder subscriptions; without it the subscription sub-commands say so */
  subscriptions?: SubscriptionStore;
  /** the public URL of the calendar feed, when deployed */
  calendarUrl?: string;
  /** documents uploaded by editors; without it uploads are ignored */
  changes?: ChangeFeature;
}

/** A /ctoc sub-command: its words (EN/FR) and what it replies. The reminders issue adds more. */
export interface SubCommand {
  words: string[];
  run(args: { rest: string; command: SlackCommandMiddlewareArgs['command']; deps: SlackDeps }): Promise<{ text: string; blocks: Block[] }>;
}

export const APOLOGY = 'Sorry, something went wrong on my side; please try again in a minute. / Désolé, une erreur est survenue ; réessayez dans un instant.';
const SHARE_ACTION = 'ctoc_share';

function shareButton(question: string, now: string): Block {
  // a button value holds at most 2,000 characters
  const q = question.slice(0, SLACK_LIMITS.buttonValue - 100);
  return {
    type: 'actions',
    elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel' }, value: JSON.stringify({ q, now }) }],
  };
}

/**
 * How long a claim keeps others off: longer than the function may run (10 s), so a
 * duplicate arriving while the first call still works is dropped, yet a retry after a
 * call that died (Slack retries after 1 and 5 minutes) answers.
 */
const LEASE_MS = 15_000;
/** Replies faster than this reached Slack inside its 3 seconds: no retry will come, no second write. */
const FAST_REPLY_MS = 1500;

/** False when the de-duplication middleware found this request to be a repeat (no id: true). */
const admitted = (context: Record<string, unknown>): Promise<boolean> => (context.admit as (() => Promise<boolean>) | undefined)?.() ?? Promise.resolve(true);

/**
 * A first delivery younger than this (in Lambda) cannot have a retry yet (Slack retries
 * after 3 s without a reply): it posts its answer at once and writes its claim right after
 * the post, before the function returns. A retry, an older request, a command or an upload
 * (which changes data) waits for its claim before doing anything. Should the claim turn
 * out to be another call's (a retry that overtook this delivery), the answer is deleted,
 * so one answer stays.
 */
const EARLY_MS = 1000;

/** May this request's answer be posted now? (the claim is still checked after; see answered) */
const mayAnswer = (context: Record<string, unknown>): Promise<boolean> | boolean => context.early === true || admitted(context);

/** An answer posted at once: its claim leaves once the post is done, so the two never queue behind each other. */
const claimBehind = (context: Record<string, unknown>) => {
  if (context.early === true) (context.claimNow as () => unknown)();
};

/** Remembers an answer posted before its claim came back, to take it back if the claim was lost. */
const answered = (context: Record<string, unknown>, channel: string, ts: string | undefined) => {
  if (context.early === true && ts) (context.posted as Array<{ channel: string; ts: string }>).push({ channel, ts });
};

const errorInfo = (e: unknown) => (e instanceof Error ? { error: e.message, code: (e as { code?: string }).code, name: e.name, stack: readableStack(e) } : { error: String(e) });

export const builtInSubCommands: SubCommand[] = [
  {
    words: ['help', 'aide', '?'],
    run: async ({ deps, command }) => {
      const a = await deps.ask.ask(command.text.trim() === 'aide' ? 'aide' : 'help');
      const m = answerMessage(a);
      m.blocks.splice(1, 0, section('`/ctoc QUESTION` · `/ctoc groups` · `/ctoc next` · `/ctoc calendar` · `/ctoc subscribe [bodies] [days]` · `/ctoc unsubscribe` · `/ctoc subscriptions` · `/ctoc changes` · `/ctoc help`'));
      return m;
    },
  },
  {
    words: ['groups', 'groupes', 'bodies', 'organes'],
    run: async ({ deps }) => {
      const { dataset } = await deps.repository.load();
      const ref = quickReference(dataset, deps.clock.today());
      return {
        text: `Quick reference: ${dataset.bodies.map((b) => `${b.names.en} (${b.id})`).join('; ')}`,
        blocks: [section('*Quick reference*'), ...bodyBlocks(ref, dataset), context(escapeMrkdwn(sourceLine(dataset.sources, 'en')))],
      };
    },
  },
  {
    words: ['calendar', 'calendrier', 'ics'],
    run: async ({ deps, command }) => {
      const fr = /^calendrier/i.test(command.text.trim());
      if (!deps.calendarUrl) {
        const t = fr
          ? "Le flux d'agenda n'est pas publié ici. Pour un fichier : `npx ctoc-bot calendar > ctoc.ics`."
          : 'The calendar feed is not published here. For a file: `npx ctoc-bot calendar > ctoc.ics`.';
        return { text: t, blocks: [section(t)] };
      }
      const url = deps.calendarUrl;
      const lines = fr
        ? [
            `*Agenda des réunions* : <${url}|${url}> (un organe : \`${url}?body=WG.6\`, en français : \`?lang=fr\`)`,
            '• *Google Agenda* : Autres agendas → *+* → À partir de l’URL → collez le lien.',
            '• *Outlook* : Agenda → Ajouter un calendrier → S’abonner à partir du web → collez le lien.',
            "• *Apple Calendrier* : Fichier → Nouvel abonnement à un calendrier.",
          ]
        : [
            `*Meetings calendar*: <${url}|${url}> (one body: \`${url}?body=WG.6\`, in French: \`?lang=fr\`)`,
            '• *Google Calendar*: Other calendars → *+* → From URL → paste the link.',
            '• *Outlook*: Calendar → Add calendar → Subscribe from web → paste the link.',
            '• *Apple Calendar*: File → New Calendar Subscription.',
          ];
      return { text: lines[0] as string, blocks: [section(lines.join('\n'))] };
    },
  },
  {
    words: ['next', 'upcoming', 'prochaines', 'prochaine'],
    // the French words answer in French
    run: async ({ deps, command }) => answerMessage(await deps.ask.ask(/^prochaines?\b/i.test(command.text.trim()) ? 'prochaines réunions' : 'upcoming meetings')),
  },
];

/**
 * Wires every listener onto a Bolt app. Slack wire details (signatures, retries' HTTP
 * status, url_verification) stay in the receivers; this file speaks in answers.
 */
export function registerListeners(app: App, deps: SlackDeps, subCommands: SubCommand[] = builtInSubCommands): void {
  const { logger } = deps;

  // Slack retries an event it thinks was missed; a request seen before gets its 200 and
  // nothing else. The claim travels while the listeners compute their answer; they wait
  // for it (admitted) only before replying.
  app.use(async (args) => {
    const { next, context } = args;
    const body = args.body as unknown as Record<string, unknown>;
    const id = typeof body.event_id === 'string' ? body.event_id : typeof body.command === 'string' && typeof body.trigger_id === 'string' ? `cmd:${body.trigger_id}` : undefined;
    if (!id) return next();
    const receivedAt = typeof context.receivedAt === 'number' ? context.receivedAt : Date.now();
    let admission: Promise<EventClaim | null | undefined> | undefined;
    const claimNow = () => {
      admission ??= deps.dedupe.claim(id, { leaseMs: LEASE_MS }).catch((e): undefined => {
        // better a rare duplicate than a lost question
        logger.error('de-duplication store failed; processing anyway', { id, ...errorInfo(e) });
        return undefined;
      });
      return admission;
    };
    let admittedOnce: Promise<boolean> | undefined;
    context.admit = () => {
      admittedOnce ??= claimNow().then((claim) => {
        if (claim === null) logger.info('duplicate request ignored', { id });
        return claim !== null;
      });
      return admittedOnce;
    };
    const retryNum = Number(context.retryNum ?? 0);
    // (only where the reply to Slack waits for the listeners, as in Lambda: a receiver that
    // acknowledges at once, as `serve` does, is never retried and gains nothing from it)
    const early = context.answerBeforeClaim === true && typeof body.event_id === 'string' && !(retryNum > 0) && Date.now() - receivedAt < EARLY_MS;
    context.early = early;
    context.posted = [];
    // the reference data (if not cached) is read while the claim is written, not after
    deps.ask.prepare();
    // a request that waits for its claim sends it first, to travel while the answer is
    // computed; one answered at once sends it once its answer is posted (still long before
    // a retry could come; should one have claimed first, the answer is deleted below)
    context.claimNow = claimNow;
    if (!early) {
      claimNow();
      // Node writes a new request to its socket in a process.nextTick callback, and those
      // run only once the promise jobs have drained: without this yield the claim would
      // leave after the answer is computed instead of travelling while it is
      await new Promise<void>((resolve) => process.nextTick(resolve));
    }
    try {
      await next();
    } catch (e) {
      await (await claimNow())?.release().catch((e2) => logger.error('de-duplication release failed', { id, ...errorInfo(e2) }));
      throw e;
    }
    const claim = await claimNow();
    // answered at once, but another call held the claim (a retry that overtook this first
    // delivery): the answer is taken back, so one stays
    const posted = context.posted as Array<{ channel: string; ts: string }>;
    if (claim === null && posted.length) {
      logger.error('answered a request another call had claimed; deleting the answer', { id, messages: posted.length });
      for (const m of posted) await args.client.chat.delete(m).catch((e) => logger.error('could not delete a duplicate answer', { id, ...errorInfo(e) }));
    }
    // a reply Slack saw in time is never retried; a slow one may be, after the lease
    if (claim && Date.now() - receivedAt > FAST_REPLY_MS) await claim.complete().catch((e) => logger.error('de-duplication completion failed', { id, ...errorInfo(e) }));
  });

  const answerFor = async (text: string): Promise<Answer> => deps.ask.ask(text);

  const languageOf = async (text: string): Promise<Lang | null> => (text.replace(/<@\w+>/g, '').trim() ? (await answerFor(text)).lang : null);

  app.event('app_mention', async ({ event, client, context }) => {
    const thread_ts = event.thread_ts ?? event.ts;
    const files = (event as { files?: SlackFile[] }).files;
    try {
      if (files?.length && deps.changes && event.user) {
        if (!(await admitted(context))) return;
        await handleUpload({ files, user: event.user, lang: await languageOf(event.text ?? ''), messageTs: event.ts, to: { channel: event.channel, threadTs: thread_ts } }, deps.changes, client, logger);
        return;
      }
      const msg = answerMessage(await answerFor(event.text ?? ''));
      if (!(await mayAnswer(context))) return;
      const posted = await client.chat.postMessage({ channel: event.channel, thread_ts, text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false });
      claimBehind(context);
      answered(context, event.channel, posted.ts);
    } catch (e) {
      logger.error('app_mention failed', { channel: event.channel, ts: event.ts, ...errorInfo(e) });
      if (!(await admitted(context))) return;
      await client.chat.postMessage({ channel: event.channel, thread_ts, text: APOLOGY }).catch((e2) => logger.error('apology failed', { channel: event.channel, ...errorInfo(e2) }));
    }
  });

  app.message(async ({ message, client, context }) => {
    const m = message as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; ts: string; thread_ts?: string; files?: SlackFile[] };
    // only people's own new messages in a DM (and files they share): no edits, joins, bot posts or our own posts
    const upload = m.subtype === 'file_share' && Boolean(m.files?.length);
    if (m.channel_type !== 'im' || (m.subtype !== undefined && !upload) || m.bot_id || !m.user || m.user === deps.botUserId) return;
    // a message written inside a thread is answered in that thread; one at the top level, at the top level
    const thread = m.thread_ts ? { thread_ts: m.thread_ts } : {};
    try {
      if (upload) {
        if (!(await admitted(context))) return;
        if (deps.changes) await handleUpload({ files: m.files ?? [], user: m.user, lang: await languageOf(m.text ?? ''), messageTs: m.ts, to: { channel: m.channel } }, deps.changes, client, logger);
        return;
      }
      const msg = answerMessage(await answerFor(m.text ?? ''));
      if (!(await mayAnswer(context))) return;
      const posted = await client.chat.postMessage({ channel: m.channel, ...thread, text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false });
      claimBehind(context);
      answered(context, m.channel, posted.ts);
    } catch (e) {
      logger.error('direct message failed', { channel: m.channel, ts: m.ts, ...errorInfo(e) });
      if (!(await admitted(context))) return;
      await client.chat.postMessage({ channel: m.channel, ...thread, text: APOLOGY }).catch((e2) => logger.error('apology failed', { channel: m.channel, ...errorInfo(e2) }));
    }
  });

  app.command('/ctoc', async ({ command, ack, context }) => {
    // a duplicate gets an empty acknowledgement and nothing else
    const reply = async (r: { text: string; blocks?: Block[] }) => ((await admitted(context)) ? ack({ response_type: 'ephemeral', text: r.text, blocks: r.blocks }) : ack());
    const text = command.text.trim();
    const [first = '', ...restWords] = text.split(/\s+/);
    const sub = subCommands.find((s) => s.words.includes(first.toLowerCase()));
    try {
      if (text === '') {
        const help = subCommands.find((s) => s.words.includes('help'));
        await reply(help ? await help.run({ rest: '', command, deps }) : { text: 'Try /ctoc help', blocks: [] });
        return;
      }
      if (sub) {
        await reply(await sub.run({ rest: restWords.join(' '), command, deps }));
        return;
      }
      const a = await answerFor(text);
      await reply(answerMessage(a, [shareButton(text, a.now)]));
    } catch (e) {
      logger.error('/ctoc failed', { channel: command.channel_id, ...errorInfo(e) });
      await reply({ text: APOLOGY });
    }
  });

  app.action(SHARE_ACTION, async ({ ack, action, respond, body }) => {
    await ack();
    try {
      const { q, now } = JSON.parse((action as { value?: string }).value ?? '{}') as { q?: string; now?: string };
      const a = await deps.ask.ask(String(q ?? ''), typeof now === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(now) ? now : undefined);
      const msg = answerMessage(a, [context(`Shared by <@${body.user.id}> · _${escapeMrkdwn(String(q ?? ''))}_`)]);
      // Slack documents a delete as a call of its own: post in the channel, then remove the
      // private answer (a failed delete leaves it in place, and the answer is still shared)
      await respond({ response_type: 'in_channel', replace_original: false, text: msg.text, blocks: msg.blocks });
    } catch (e) {
      logger.error('share failed', { user: body.user.id, ...errorInfo(e) });
      await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }).catch(() => undefined);
      return;
    }
    await respond({ delete_original: true }).catch((e) => logger.warn('shared, but the private answer could not be deleted', { user: body.user.id, ...errorInfo(e) }));
  });

  if (deps.changes) registerChangeActions(app, deps.changes, logger);

  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    try {
      const { dataset } = await deps.repository.load();
      const view = homeView(quickReference(dataset, deps.clock.today()), dataset);
      if (!(await admitted(context))) return;
      await client.views.publish({ user_id: event.user, view });
    } catch (e) {
      logger.error('app_home_opened failed', { user: event.user, ...errorInfo(e) });
    }
  });

  // a fault outside the listeners' own handling fails the request (500), so Slack retries
  // it; the de-duplication claim was released, so the retry answers
  app.error(async (e) => {
    logger.error('unhandled error in a listener', errorInfo(e));
    throw e;
  });
}
