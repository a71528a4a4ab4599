import type { Lang } from '../../core/model';
import type { SubscriptionStore } from '../../core/ports';
import { DEFAULT_LEAD_DAYS, type Subscription } from '../../core/reminders';
import { type Block, section } from './blocks';
import { escapeMrkdwn } from './escape';
import type { SlackDeps, SubCommand } from './listeners';

const USAGE: Record<Lang, string> = {
  en: 'Usage: `/ctoc subscribe [bodies…] [days before…] [me] [fr|en] [nodigest]` — e.g. `/ctoc subscribe firearms trafficking 14 3 1` · `/ctoc unsubscribe [bodies…|me]` · `/ctoc subscriptions`',
  fr: 'Usage : `/ctoc abonner [organes…] [jours avant…] [moi] [fr|en] [sansresume]` — p. ex. `/ctoc abonner armes à feu 14 3 1` · `/ctoc désabonner [organes…|moi]` · `/ctoc abonnements`',
};

interface Options {
  me: boolean;
  lang: Lang | null;
  digest: boolean | null;
  leadDays: number[];
  all: boolean;
  words: string;
}

class OptionError extends Error {}

function parseOptions(rest: string): Options {
  const o: Options = { me: false, lang: null, digest: null, leadDays: [], all: false, words: '' };
  const words: string[] = [];
  for (const raw of rest.split(/\s+/).filter(Boolean)) {
    const w = raw.toLowerCase();
    if (/^\d+$/.test(w)) {
      const n = Number(w);
      if (n < 1 || n > 60) throw new OptionError(`"${raw}": lead times are days before a meeting, from 1 to 60`);
      if (!o.leadDays.includes(n)) o.leadDays.push(n);
    } else if (w === 'me' || w === 'moi') o.me = true;
    else if (w === 'fr' || w === 'français' || w === 'francais') o.lang = 'fr';
    else if (w === 'en' || w === 'english' || w === 'anglais') o.lang = 'en';
    else if (['nodigest', 'no-digest', 'sansresume', 'sans-résumé', 'sans-resume'].includes(w)) o.digest = false;
    else if (w === 'digest' || w === 'résumé' || w === 'resume') o.digest = true;
    else if (['all', 'tous', 'toutes', 'tout'].includes(w)) o.all = true;
    else words.push(raw);
  }
  o.leadDays.sort((a, b) => b - a);
  o.words = words.join(' ');
  return o;
}

async function bodiesOf(deps: SlackDeps, words: string, lang: Lang): Promise<string[]> {
  if (!words) return [];
  const q = await deps.ask.understand(words);
  if (q.bodies.length === 0) {
    const { dataset } = await deps.repository.load();
    const known = dataset.bodies.map((b) => `${b.short[lang].replace(/^(the|le|la) /i, '')} (${b.id})`).join(', ');
    throw new OptionError(lang === 'fr' ? `Je ne reconnais aucun organe dans « ${words} ». Organes : ${known}.` : `I do not recognise a body in "${words}". Bodies: ${known}.`);
  }
  return q.bodies;
}

async function describe(deps: SlackDeps, s: Subscription, lang: Lang): Promise<string> {
  const { dataset } = await deps.repository.load();
  const who = s.kind === 'dm' ? (lang === 'fr' ? 'vous (message direct)' : 'you (direct message)') : `<#${s.subscriber}>`;
  const names = s.bodies.length ? s.bodies.map((id) => dataset.bodies.find((b) => b.id === id)?.short[lang] ?? id).join(lang === 'fr' ? ', ' : ', ') : lang === 'fr' ? 'tous les organes' : 'all bodies';
  const days = s.leadDays.join(lang === 'fr' ? ' et ' : ' and ');
  const digest = s.digest ? (lang === 'fr' ? ', avec le résumé du lundi' : ', with the Monday digest') : '';
  const off = s.disabled ? (lang === 'fr' ? ` — *suspendu* (${s.disabled.reason})` : ` — *paused* (${s.disabled.reason})`) : '';
  return lang === 'fr'
    ? `${who} : ${escapeMrkdwn(names)}, ${days} jour(s) avant chaque réunion${digest}, en ${s.lang === 'fr' ? 'français' : 'anglais'}${off}.`
    : `${who}: ${escapeMrkdwn(names)}, ${days} day(s) before each meeting${digest}, in ${s.lang === 'fr' ? 'French' : 'English'}${off}.`;
}

const reply = (text: string, extra: Block[] = []) => ({ text, blocks: [section(text), ...extra] });
const langOf = (word: string, opt: Lang | null): Lang => opt ?? (['abonner', 'désabonner', 'desabonner', 'abonnements'].includes(word) ? 'fr' : 'en');

function store(deps: SlackDeps): SubscriptionStore {
  if (!deps.subscriptions) throw new Error('reminder subscriptions need the DynamoDB table');
  return deps.subscriptions;
}

type Act = (a: { o: Options; lang: Lang; subscriber: string; command: Parameters<SubCommand['run']>[0]['command']; deps: SlackDeps }) => Promise<{ text: string; blocks: Block[] }>;

/** A sub-command that takes options: parses them, answers bad ones with the correct form. */
function withOptions(words: string[], act: Act): SubCommand {
  return {
    words,
    async run({ rest, command, deps }) {
      const word = command.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      let lang: Lang = langOf(word, null);
      try {
        const o = parseOptions(rest);
        lang = langOf(word, o.lang);
        return await act({ o, lang, subscriber: o.me ? command.user_id : command.channel_id, command, deps });
      } catch (e) {
        if (e instanceof OptionError) return reply(`${e.message}\n${USAGE[lang]}`);
        throw e;
      }
    },
  };
}

/** /ctoc subscribe | unsubscribe | subscriptions (and their French words). */
export const subscriptionCommands: SubCommand[] = [
  withOptions(['subscribe', 'abonner'], async ({ o, lang, subscriber, command, deps }) => {
    const bodies = o.all ? [] : await bodiesOf(deps, o.words, lang);
    const before = await store(deps).get(subscriber);
    const s: Subscription = {
      subscriber,
      kind: o.me ? 'dm' : 'channel',
      bodies,
      leadDays: o.leadDays.length ? o.leadDays : [...DEFAULT_LEAD_DAYS],
      lang,
      digest: o.digest ?? before?.digest ?? true,
      createdBy: command.user_id,
      createdAt: new Date().toISOString(),
    };
    await store(deps).put(s);
    const head = before ? (lang === 'fr' ? 'Abonnement mis à jour' : 'Subscription updated') : lang === 'fr' ? 'Abonné' : 'Subscribed';
    const hint = !o.me && !before ? (lang === 'fr' ? ' Invitez-moi dans le canal s’il est privé (`/invite @ctoc-bot`).' : ' If the channel is private, invite me (`/invite @ctoc-bot`).') : '';
    return reply(`${head} — ${await describe(deps, s, lang)}${hint}`);
  }),
  withOptions(['unsubscribe', 'désabonner', 'desabonner'], async ({ o, lang, subscriber, deps }) => {
    const s = await store(deps).get(subscriber);
    if (!s) return reply(lang === 'fr' ? 'Aucun abonnement ici : rien à changer.' : 'There is no subscription here: nothing changed.');
    const drop = o.all ? [] : await bodiesOf(deps, o.words, lang);
    const { dataset } = await deps.repository.load();
    const current = s.bodies.length ? s.bodies : dataset.bodies.map((b) => b.id);
    const left = drop.length === 0 ? [] : current.filter((id) => !drop.includes(id));
    if (left.length === 0) {
      await store(deps).delete(subscriber);
      return reply(lang === 'fr' ? 'Désabonné : plus aucun rappel ici.' : 'Unsubscribed: no more reminders here.');
    }
    const next = { ...s, bodies: left };
    await store(deps).put(next);
    return reply(`${lang === 'fr' ? 'Abonnement mis à jour' : 'Subscription updated'} — ${await describe(deps, next, lang)}`);
  }),
  {
    words: ['subscriptions', 'abonnements'],
    async run({ command, deps }) {
      const word = command.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      const lang = langOf(word, null);
      const found = (await Promise.all([store(deps).get(command.channel_id), store(deps).get(command.user_id)])).filter((s): s is Subscription => Boolean(s));
      if (found.length === 0) return reply(`${lang === 'fr' ? 'Aucun abonnement ici ni pour vous.' : 'No subscription here or for you.'}\n${USAGE[lang]}`);
      const lines = await Promise.all(found.map((s) => describe(deps, s, lang)));
      return reply(lines.map((l) => `• ${l}`).join('\n'));
    },
  },
];
