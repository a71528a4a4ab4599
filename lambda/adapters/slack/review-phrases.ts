import type { RejectionReason } from '../../core/errors';
import type { KeptReason } from '../../core/changes/merge';
import type { Lang } from '../../core/model';

/** Every sentence of the upload-and-review flow, in English and French (mrkdwn, already escaped where it echoes). */
export interface ReviewPhrases {
  reading(file: string): string;
  notEditor(editors: string): string;
  noEditors: string;
  unsupported(file: string): string;
  tooLarge(file: string, mb: number): string;
  rejected: Record<RejectionReason, (file: string, detail: string) => string>;
  /** the review's heading; a web page has no date */
  title(file: string, doc: string, date: string | undefined): string;
  rebased: string;
  newMeetings: string;
  changedMeetings: string;
  newDocuments: string;
  newMandates: string;
  newInstruments: string;
  unplaced: string;
  kept: string;
  /** "dates 27–28 May 2026 (from X)" vs what this document says */
  keptLine(recorded: string, from: string, stated: string): string;
  keptWhy: Record<KeptReason, string>;
  nothingNewKept(file: string): string;
  confirmed(n: number): string;
  uploadedBy(user: string): string;
  add: string;
  discard: string;
  nothingNew(file: string): string;
  added(user: string, at: string): string;
  discarded(user: string): string;
  expired(file: string): string;
  busy: string;
  onlyEditors(editors: string): string;
  already: string;
  changesTitle: string;
  noChanges: string;
  change(at: string, file: string, doc: string, user: string, s: { newMeetings: number; changedMeetings: number; newDocuments: number; newMandates: number }): string;
  status: Record<string, string>;
  field: Record<string, string>;
  instrument: Record<'decision' | 'resolution', string>;
  effect: Record<'established' | 'established-as-permanent' | 'made-permanent' | 'encouraged-annual-back-to-back-meetings', string>;
}

const en: ReviewPhrases = {
  reading: (f) => `Reading ${f}…`,
  notEditor: (e) => `Thanks! Only the bot's editors can add documents to it: ${e}. Please send the file to one of them.`,
  noEditors: "Thanks! No one is set up to add documents to this bot yet (CTOC_EDITORS, or the stack's `editors` context).",
  unsupported: (f) => `I can only read PDF and text files; ${f} is neither. Please upload the document as a PDF or a .txt file.`,
  tooLarge: (f, mb) => `${f} is larger than ${mb} MB, the most I read. Please upload a smaller file (the note alone, without annexes).`,
  rejected: {
    'not-a-un-document': (f, d) => `${f} does not look like a UN document I can read: ${d}. Nothing was changed.`,
    'scanned-pdf': (f) => `${f} has no text I can read (a scanned PDF?). Please upload the version from the UN's document system. Nothing was changed.`,
    'too-large': (f, d) => `${f} is too large: ${d}. Nothing was changed.`,
    'unsupported-type': (f, d) => `I cannot read ${f}: ${d}. Nothing was changed.`,
    'download-failed': (f, d) => `I could not download ${f} (${d}). Check that the file still exists and that the app can see it (scope \`files:read\`), then upload it again.`,
    unreadable: (f, d) => `I could not read ${f}: ${d}. Nothing was changed.`,
    inconsistent: (f, d) => `${f} conflicts with what the bot knows: ${d}. Nothing was changed.`,
  },
  title: (f, doc, date) => `*Review of ${f}* — document ${doc} ${date ? `of ${date}` : '(undated web page)'}. Nothing counts until an editor adds it.`,
  rebased: ':warning: The bot\'s data changed since this review (another document was added). This is what the document would change *now*:',
  newMeetings: 'New meetings',
  changedMeetings: 'Changed meetings',
  newDocuments: 'New documents',
  newMandates: 'New mandates',
  newInstruments: 'New decisions and resolutions',
  unplaced: 'Could not place',
  kept: 'Kept as the bot has it',
  keptLine: (r, from, st) => `${r} (from ${from}); this document says ${st}`,
  keptWhy: {
    older: "the bot's source is as recent or newer",
    fixed: 'an ordinal or a report symbol is never re-assigned',
    held: 'the meeting is recorded as held on those dates',
    clash: 'another meeting of the body falls on those dates',
    unsure: 'it is not clear which meeting the document means',
  },
  nothingNewKept: (f) => `${f}: nothing to add — where it differs from the bot, the bot keeps what it has:`,
  confirmed: (n) => `${n} meeting${n === 1 ? '' : 's'} already known exactly as stated.`,
  uploadedBy: (u) => `Uploaded by <@${u}> · expires in 24 hours`,
  add: 'Add to the bot',
  discard: 'Discard',
  nothingNew: (f) => `${f}: nothing new — the bot already has everything this document states.`,
  added: (u, at) => `:white_check_mark: Added to the bot by <@${u}> (${at}). Questions, reminders and the calendar use it now.`,
  discarded: (u) => `Discarded by <@${u}>. Nothing was changed.`,
  expired: (f) => `This review has expired; upload the file again${f ? ` (${f})` : ''}.`,
  busy: 'Another change is being added right now; click *Add to the bot* again in a minute.',
  onlyEditors: (e) => `Only the bot's editors can add or discard documents: ${e}.`,
  already: 'This change has already been decided.',
  changesTitle: '*Latest changes*',
  noChanges: 'No document has been added from Slack yet.',
  change: (at, f, doc, u, s) => `• ${at} — ${f} (${doc}), added by <@${u}>: ${s.newMeetings} new meeting(s), ${s.changedMeetings} changed, ${s.newDocuments} new document(s), ${s.newMandates} new mandate(s)`,
  status: { held: 'held', scheduled: 'scheduled' },
  field: { number: 'ordinal', dates: 'dates', location: 'place', status: 'status', report: 'report', documents: 'documents', kind: 'kind' },
  instrument: { decision: 'decision', resolution: 'resolution' },
  effect: { established: 'established', 'established-as-permanent': 'established as permanent', 'made-permanent': 'made permanent', 'encouraged-annual-back-to-back-meetings': 'yearly back-to-back meetings encouraged' },
};

const fr: ReviewPhrases = {
  reading: (f) => `Lecture de ${f}…`,
  notEditor: (e) => `Merci ! Seuls les éditeurs du bot peuvent lui ajouter des documents : ${e}. Envoyez-leur le fichier.`,
  noEditors: "Merci ! Personne n'est encore chargé d'ajouter des documents à ce bot (CTOC_EDITORS, ou le contexte `editors` de la pile).",
  unsupported: (f) => `Je ne lis que les fichiers PDF et texte ; ${f} n'est ni l'un ni l'autre. Envoyez le document en PDF ou en .txt.`,
  tooLarge: (f, mb) => `${f} dépasse ${mb} Mo, la taille maximale que je lis. Envoyez un fichier plus petit (la note seule, sans annexes).`,
  rejected: {
    'not-a-un-document': (f, d) => `${f} ne ressemble pas à un document de l'ONU que je sais lire : ${d}. Rien n'a été modifié.`,
    'scanned-pdf': (f) => `${f} ne contient pas de texte lisible (un PDF numérisé ?). Envoyez la version du système de documentation de l'ONU. Rien n'a été modifié.`,
    'too-large': (f, d) => `${f} est trop volumineux : ${d}. Rien n'a été modifié.`,
    'unsupported-type': (f, d) => `Je ne peux pas lire ${f} : ${d}. Rien n'a été modifié.`,
    'download-failed': (f, d) => `Je n'ai pas pu télécharger ${f} (${d}). Vérifiez que le fichier existe encore et que l'application peut le voir (portée \`files:read\`), puis renvoyez-le.`,
    unreadable: (f, d) => `Je n'ai pas pu lire ${f} : ${d}. Rien n'a été modifié.`,
    inconsistent: (f, d) => `${f} contredit ce que le bot sait : ${d}. Rien n'a été modifié.`,
  },
  title: (f, doc, date) => `*Relecture de ${f}* — document ${doc} ${date ? `du ${date}` : '(page web non datée)'}. Rien ne compte tant qu'un éditeur ne l'a pas ajouté.`,
  rebased: ':warning: Les données du bot ont changé depuis cette relecture (un autre document a été ajouté). Voici ce que le document changerait *maintenant* :',
  newMeetings: 'Nouvelles réunions',
  changedMeetings: 'Réunions modifiées',
  newDocuments: 'Nouveaux documents',
  newMandates: 'Nouveaux mandats',
  newInstruments: 'Nouvelles décisions et résolutions',
  unplaced: 'Non placé',
  kept: 'Conservé tel quel',
  keptLine: (r, from, st) => `${r} (selon ${from}) ; ce document indique ${st}`,
  keptWhy: {
    older: 'la source du bot est aussi récente ou plus récente',
    fixed: "un numéro ou une cote de rapport n'est jamais réattribué",
    held: 'la réunion est enregistrée comme tenue à ces dates',
    clash: "une autre réunion de l'organe tombe à ces dates",
    unsure: 'on ne sait pas de quelle réunion parle le document',
  },
  nothingNewKept: (f) => `${f} : rien à ajouter — là où il diffère du bot, le bot conserve ce qu'il a :`,
  confirmed: (n) => `${n} réunion${n === 1 ? '' : 's'} déjà connue${n === 1 ? '' : 's'} telle${n === 1 ? '' : 's'} qu'énoncée${n === 1 ? '' : 's'}.`,
  uploadedBy: (u) => `Envoyé par <@${u}> · expire dans 24 heures`,
  add: 'Ajouter au bot',
  discard: 'Écarter',
  nothingNew: (f) => `${f} : rien de nouveau — le bot sait déjà tout ce que ce document énonce.`,
  added: (u, at) => `:white_check_mark: Ajouté au bot par <@${u}> (${at}). Les réponses, les rappels et l'agenda l'utilisent désormais.`,
  discarded: (u) => `Écarté par <@${u}>. Rien n'a été modifié.`,
  expired: (f) => `Cette relecture a expiré ; renvoyez le fichier${f ? ` (${f})` : ''}.`,
  busy: 'Une autre modification est en cours ; cliquez de nouveau sur *Ajouter au bot* dans une minute.',
  onlyEditors: (e) => `Seuls les éditeurs du bot peuvent ajouter ou écarter des documents : ${e}.`,
  already: 'Cette modification a déjà été tranchée.',
  changesTitle: '*Dernières modifications*',
  noChanges: "Aucun document n'a encore été ajouté depuis Slack.",
  change: (at, f, doc, u, s) => `• ${at} — ${f} (${doc}), ajouté par <@${u}> : ${s.newMeetings} nouvelle(s) réunion(s), ${s.changedMeetings} modifiée(s), ${s.newDocuments} nouveau(x) document(s), ${s.newMandates} nouveau(x) mandat(s)`,
  status: { held: 'tenue', scheduled: 'prévue' },
  field: { number: 'numéro', dates: 'dates', location: 'lieu', status: 'statut', report: 'rapport', documents: 'documents', kind: 'type' },
  instrument: { decision: 'décision', resolution: 'résolution' },
  effect: { established: 'création', 'established-as-permanent': 'création à titre permanent', 'made-permanent': 'rendu permanent', 'encouraged-annual-back-to-back-meetings': 'réunions annuelles consécutives encouragées' },
};

export const reviewPhrases = (lang: Lang): ReviewPhrases => (lang === 'fr' ? fr : en);

/** "<@U1>, <@U2>" */
export const mentionList = (users: readonly string[]): string => users.map((u) => `<@${u}>`).join(', ');
