import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { IngestError, ingestDocument } from '../../lambda/core/ingest';
import type { Dataset } from '../../lambda/core/model';
import { DATA_DIR } from '../helpers/data';

const DOCS = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));
const data: Dataset = await loadDataDir(DATA_DIR);
const read = (file: string) => ingestDocument(readFileSync(join(DOCS, file), 'utf8'), { fileName: file, bodies: data.bodies, vocabulary: data.vocabulary });

/** a meeting as the held-out set judges it, plus its ordinal and this document's role */
type Expected = [id: string, start: string, end: string, place: string, status: 'held' | 'scheduled'];

const table: Array<{ file: string; source: { kind: string; id?: string; symbol?: string; date: string | undefined; language: 'en' | 'fr' }; meetings: Expected[]; documents?: Record<string, string[]>; report?: Record<string, string>; unplaced?: RegExp[]; noted?: RegExp[] }> = [
  {
    file: 'en-wg4-report-2010.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/WG.4/2010/6', date: '2010-02-17', language: 'en' },
    meetings: [
      // the interim group's meeting, stated in passing with the body as subject
      ['WG.4-2009-04-14', '2009-04-14', '2009-04-15', 'Vienna', 'held'],
      ['WG.4-2010-01-27', '2010-01-27', '2010-01-29', 'Vienna', 'held'],
    ],
    report: { 'WG.4-2010-01-27': 'CTOC/COP/WG.4/2010/6' },
  },
  {
    file: 'fr-wg4-background-2010.txt',
    source: { kind: 'background-paper', symbol: 'CTOC/COP/WG.4/2010/2', date: '2009-12-09', language: 'fr' },
    meetings: [['WG.4-2010-01-27', '2010-01-27', '2010-01-29', 'Vienna', 'scheduled']],
    documents: { 'WG.4-2010-01-27': ['CTOC/COP/WG.4/2010/2 background-paper', 'CTOC/COP/WG.4/2010/1 provisional-agenda'] },
  },
  {
    // the masthead, header and first paragraphs run together on one line
    file: 'en-wg6-background-2018.txt',
    source: { kind: 'background-paper', symbol: 'CTOC/COP/WG.6/2018/3', date: '2018-02-21', language: 'en' },
    meetings: [['WG.6-2018-05-02', '2018-05-02', '2018-05-03', 'Vienna', 'scheduled']],
    documents: { 'WG.6-2018-05-02': ['CTOC/COP/WG.6/2018/3 background-paper'] },
  },
  {
    file: 'en-cop4-report-2008.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/2008/19', date: '2008-12-01', language: 'en' },
    meetings: [
      ['COP-3', '2006-10-09', '2006-10-18', 'Vienna', 'held'],
      ['COP-4', '2008-10-08', '2008-10-17', 'Vienna', 'held'],
      ['COP-5', '2010-10-18', '2010-10-22', 'Vienna', 'scheduled'],
    ],
    report: { 'COP-4': 'CTOC/COP/2008/19' },
  },
  {
    // the Conference's name broken by "Distr. générale" / date / "Original : anglais"
    file: 'fr-cop9-agenda-2018.txt',
    source: { kind: 'provisional-agenda', symbol: 'CTOC/COP/2018/1', date: '2018-07-23', language: 'fr' },
    meetings: [['COP-9', '2018-10-15', '2018-10-19', 'Vienna', 'scheduled']],
    documents: { 'COP-9': ['CTOC/COP/2018/1 provisional-agenda'] },
  },
  {
    file: 'en-cop8-crp-2016.txt',
    source: { kind: 'conference-room-paper', symbol: 'CTOC/COP/2016/CRP.5', date: '2016-11-07', language: 'en' },
    meetings: [['COP-8', '2016-10-17', '2016-10-21', 'Vienna', 'held']],
    documents: { 'COP-8': ['CTOC/COP/2016/CRP.5 conference-room-paper'] },
  },
  {
    // the technical-assistance group under its former French name
    file: 'fr-wg2-secretariat-report-2009.txt',
    source: { kind: 'secretariat-report', symbol: 'CTOC/COP/WG.2/2009/2', date: '2009-08-14', language: 'fr' },
    meetings: [
      ['WG.2-1', '2007-10-03', '2007-10-05', 'Vienna', 'held'],
      ['WG.2-2', '2008-10-13', '2008-10-14', 'Vienna', 'held'],
      ['WG.2-2009-10-01', '2009-10-01', '2009-10-02', 'Vienna', 'scheduled'],
    ],
    documents: { 'WG.2-2009-10-01': ['CTOC/COP/WG.2/2009/2 secretariat-report'] },
  },
  {
    file: 'fr-wg7-report-2019.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/WG.7/2019/6', date: '2019-09-25', language: 'fr' },
    meetings: [['WG.7-6', '2019-09-11', '2019-09-13', 'Vienna', 'held']],
    report: { 'WG.7-6': 'CTOC/COP/WG.7/2019/6' },
  },
  {
    // one line; the next session "would be held" as of the report
    file: 'en-cop6-report-2012-one-line.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/2012/15', date: '2012-12-05', language: 'en' },
    meetings: [
      ['COP-6', '2012-10-15', '2012-10-19', 'Vienna', 'held'],
      ['COP-7', '2014-10-06', '2014-10-10', 'Vienna', 'scheduled'],
    ],
    report: { 'COP-6': 'CTOC/COP/2012/15' },
  },
  {
    // symbol and date side by side, no Distr. line; another event "tenu à Vienne" is not a meeting of a body
    file: 'fr-cop4-crp-2008-one-line.txt',
    source: { kind: 'conference-room-paper', symbol: 'CTOC/COP/2008/CRP.1', date: '2008-07-02', language: 'fr' },
    meetings: [['COP-4', '2008-10-08', '2008-10-17', 'Vienna', 'scheduled']],
  },
  {
    file: 'en-wg7-announcement-2020.txt',
    source: { kind: 'announcement', id: 'announcement-2020-09-08', date: undefined, language: 'en' },
    meetings: [['WG.7-7', '2020-09-08', '2020-09-09', 'Vienna', 'scheduled']],
  },
  {
    // one sentence for two groups meeting back to back
    file: 'fr-wg3-wg2-announcement-2022.txt',
    source: { kind: 'announcement', id: 'announcement-2022-05-23', date: undefined, language: 'fr' },
    meetings: [
      ['WG.2-13', '2022-05-23', '2022-05-27', 'Vienna', 'scheduled'],
      ['WG.3-13', '2022-05-23', '2022-05-27', 'Vienna', 'scheduled'],
    ],
  },
  // invented documents, one per reading mechanism (kept out of fixtures/documents/, which the history tests merge into data/)
  {
    // annotations after the numbered agenda: an opening day is not the meeting's dates; "its previous meeting, held …";
    // "the Working Group on Firearms, which is to meet …"
    file: '../documents-mechanisms/en-wg3-agenda-2025-annotations.txt',
    source: { kind: 'provisional-agenda', symbol: 'CTOC/COP/WG.3/2025/1', date: '2025-03-10', language: 'en' },
    meetings: [
      ['WG.3-2024-06-11', '2024-06-11', '2024-06-12', 'Vienna', 'held'],
      ['WG.3-2025-06-02', '2025-06-02', '2025-06-04', 'Vienna', 'scheduled'],
      ['WG.6-2025-05-29', '2025-05-29', '2025-05-30', 'Vienna', 'scheduled'],
    ],
  },
  {
    // a paragraph ending in a colon, placed "à Vienne", and its lettered list "<body> : quatorzième réunion, tenue …"
    file: '../documents-mechanisms/fr-note-cop-2030-list.txt',
    source: { kind: 'note-by-the-secretariat', symbol: 'CTOC/COP/2030/3', date: '2030-07-12', language: 'fr' },
    meetings: [
      ['COP-15', '2030-10-14', '2030-10-18', 'Vienna', 'scheduled'],
      ['WG.3-2030-06-03', '2030-06-03', '2030-06-05', 'Vienna', 'held'],
      ['WG.6-14', '2029-05-06', '2029-05-07', 'Vienna', 'held'],
    ],
  },
  {
    // "last met during the fifteenth session …, held in Geneva from …; that meeting was on …": its own dates, the session's place;
    // "A and B each held their fifteenth meeting"; "its twentieth meeting" in the group's report, before a session of the Conference
    file: '../documents-mechanisms/en-wg2-report-2031-during.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/WG.2/2031/2', date: '2031-12-02', language: 'en' },
    meetings: [
      ['COP-15', '2030-10-14', '2030-10-18', 'Geneva', 'held'],
      ['WG.2-20', '2029-06-03', '2029-06-04', 'Vienna', 'held'],
      ['WG.2-2030-10-15', '2030-10-15', '2030-10-16', 'Geneva', 'held'],
      ['WG.2-2031-11-10', '2031-11-10', '2031-11-12', 'Vienna', 'held'],
      ['WG.4-15', '2031-07-07', '2031-07-09', 'Vienna', 'held'],
      ['WG.7-15', '2031-07-07', '2031-07-09', 'Vienna', 'held'],
    ],
    report: { 'WG.2-2031-11-10': 'CTOC/COP/WG.2/2031/2' },
  },
  {
    // a web page with no masthead citing an agenda's symbol: its kind and date from its text, the status from its verbs;
    // the meeting that follows takes the place of the one before it
    file: '../documents-mechanisms/fr-web-2032-no-masthead.txt',
    source: { kind: 'announcement', id: 'announcement-2032-05-12', date: undefined, language: 'fr' },
    meetings: [
      ['WG.6-15', '2031-05-04', '2031-05-06', 'Vienna', 'held'],
      ['WG.6-16', '2032-05-12', '2032-05-14', 'Vienna', 'scheduled'],
      ['WG.7-17', '2032-05-17', '2032-05-18', 'Vienna', 'scheduled'],
    ],
  },
  {
    // "the first joint meeting of A and B": one meeting of each, without that ordinal; "at its seventeenth session, held …" later
    // than the document is scheduled; "is to take place"
    file: '../documents-mechanisms/en-wg3-background-2033-joint.txt',
    source: { kind: 'background-paper', symbol: 'CTOC/COP/WG.3/2033/2', date: '2033-03-10', language: 'en' },
    meetings: [
      ['COP-16', '2033-10-17', '2033-10-21', 'Vienna', 'scheduled'],
      ['COP-17', '2034-10-11', '2034-10-15', 'Vienna', 'scheduled'],
      ['WG.2-2032-10-07', '2032-10-07', '2032-10-08', 'Vienna', 'held'],
      ['WG.3-2032-10-07', '2032-10-07', '2032-10-08', 'Vienna', 'held'],
    ],
  },
  {
    // the same in French: "première réunion conjointe", "tenue" after the document's date, "aura lieu"
    file: '../documents-mechanisms/fr-wg3-document-2033-joint.txt',
    source: { kind: 'background-paper', symbol: 'CTOC/COP/WG.3/2033/3', date: '2033-03-10', language: 'fr' },
    meetings: [
      ['COP-16', '2033-10-17', '2033-10-21', 'Vienna', 'scheduled'],
      ['COP-17', '2034-10-11', '2034-10-15', 'Vienna', 'scheduled'],
      ['WG.2-2032-10-07', '2032-10-07', '2032-10-08', 'Vienna', 'held'],
      ['WG.3-2032-10-07', '2032-10-07', '2032-10-08', 'Vienna', 'held'],
    ],
  },
  {
    // another group "convened" (past, whatever the participle rule); "its next meeting"; two days across months, one year
    file: '../documents-mechanisms/en-wg4-report-2035-next.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/WG.4/2035/4', date: '2035-06-20', language: 'en' },
    meetings: [
      ['WG.4-2035-06-04', '2035-06-04', '2035-06-06', 'Vienna', 'held'],
      ['WG.4-2036-09-30', '2036-09-30', '2036-10-01', 'Vienna', 'scheduled'],
      ['WG.7-2035-05-28', '2035-05-28', '2035-05-30', 'Vienna', 'held'],
    ],
    report: { 'WG.4-2035-06-04': 'CTOC/COP/WG.4/2035/4' },
  },
  {
    // a web page of a heading and a place-and-dates line, no verb: the ordinal before the body's name, the status from the dates
    file: '../documents-mechanisms/en-web-2032-heading.txt',
    source: { kind: 'announcement', id: 'announcement-2032-05-10', date: undefined, language: 'en' },
    meetings: [['WG.6-14', '2032-05-10', '2032-05-12', 'Vienna', 'scheduled']],
  },
  {
    // "at its seventeenth session (Vienna, 13–17 October 2034)": place and dates in brackets; "would meet twice before its
    // eighteenth session (…)": the verb is the group's, the session's status comes from its dates (before the document's)
    file: '../documents-mechanisms/en-wg6-note-2037-brackets.txt',
    source: { kind: 'note-by-the-secretariat', symbol: 'CTOC/COP/WG.6/2037/2', date: '2037-03-10', language: 'en' },
    meetings: [
      ['COP-17', '2034-10-13', '2034-10-17', 'Vienna', 'held'],
      ['COP-18', '2036-10-12', '2036-10-16', 'Vienna', 'held'],
    ],
  },
  {
    // list items with no verb ("<body>, eighth meeting, Vienna, 10–12 May 2039", "<body>: eleventh meeting, …"): the dates
    // tell the status; "<body>, meeting in Vienna on …, adopted …"
    file: '../documents-mechanisms/en-cop-note-2040-items.txt',
    source: { kind: 'other', symbol: 'CTOC/COP/2040/2', date: '2040-08-10', language: 'en' },
    meetings: [
      ['WG.4-11', '2040-07-04', '2040-07-06', 'Vienna', 'held'],
      ['WG.6-8', '2039-05-10', '2039-05-12', 'Vienna', 'held'],
      ['WG.7-2040-07-07', '2040-07-07', '2040-07-08', 'Vienna', 'held'],
    ],
  },
  // meetings mentioned in passing, in sentences of any form (issue 12, second corpus's causes)
  {
    // a session report's president recalling two groups' meetings ("assembled", "convened", "a week after <another group>");
    // not meetings: a group's chair and the date a protocol entered into force, another body's expert meeting, a deadline,
    // the day the report was adopted (a day of the session)
    file: '../documents-mechanisms/en-cop-report-2041-passing.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/2041/12', date: '2041-11-14', language: 'en' },
    meetings: [
      ['COP-20', '2041-10-14', '2041-10-18', 'Vienna', 'held'],
      ['WG.4-2041-05-28', '2041-05-28', '2041-05-30', 'Vienna', 'held'],
      ['WG.6-2041-06-04', '2041-06-04', '2041-06-05', 'Vienna', 'held'],
    ],
  },
  {
    // "Le Groupe de travail s'est réuni …" in a note of the Conference: the group named last before; a list under a lead-in
    // ("s'est réuni deux fois : a) Neuvième réunion, Vienne, …"); a former name "…, réuni à Vienne les …, a adopté";
    // a regional meeting brought "à l'attention de la Conférence" is not the Conference's
    file: '../documents-mechanisms/fr-note-2042-anaphora.txt',
    source: { kind: 'note-by-the-secretariat', symbol: 'CTOC/COP/2042/7', date: '2042-08-02', language: 'fr' },
    meetings: [
      ['COP-2042-10-13', '2042-10-13', '2042-10-17', 'Vienna', 'scheduled'],
      ['WG.2-2042-06-09', '2042-06-09', '2042-06-10', 'Vienna', 'held'],
      ['WG.6-9', '2041-05-02', '2041-05-03', 'Vienna', 'held'],
      ['WG.6-10', '2042-04-06', '2042-04-08', 'Vienna', 'held'],
      ['WG.7-2042-03-03', '2042-03-03', '2042-03-05', 'Vienna', 'held'],
    ],
  },
  {
    // "At its meeting held in Vienna on …, during the twentieth session of the Conference, the Working Group …": the subject
    // after the dates, not the session (nor its ordinal); a footnote citing "report on the meeting of <group>, Vienna, <dates>"
    file: '../documents-mechanisms/en-wg3-agenda-2043-fronted.txt',
    source: { kind: 'provisional-agenda', symbol: 'CTOC/COP/WG.3/2043/1', date: '2043-03-03', language: 'en' },
    meetings: [
      ['WG.2-2042-06-30', '2042-06-30', '2042-07-01', 'Vienna', 'held'],
      ['WG.3-2042-07-07', '2042-07-07', '2042-07-08', 'Vienna', 'held'],
      ['WG.3-2043-06-09', '2043-06-09', '2043-06-10', 'Vienna', 'scheduled'],
    ],
  },
  {
    // "the report of <group> on its meeting held …", "has met nine times, most recently on …", "<group>, at its meeting held on …";
    // not meetings: "the Bureau of the Conference met", a deadline, a resolution "adopted at its ninth session on <day>" (to review)
    file: '../documents-mechanisms/en-cop-note-2019-decoys.txt',
    source: { kind: 'note-by-the-secretariat', symbol: 'CTOC/COP/2019/9', date: '2019-08-02', language: 'en' },
    meetings: [
      ['WG.4-2019-07-01', '2019-07-01', '2019-07-02', 'Vienna', 'held'],
      ['WG.6-2018-06-05', '2018-06-05', '2018-06-05', 'Vienna', 'held'],
      ['WG.6-2019-05-03', '2019-05-03', '2019-05-04', 'Vienna', 'held'],
    ],
    unplaced: [/paragraph 1, .*COP and the dates 2018-10-19: no verb or meeting of that body between them/],
  },
  {
    // groups listed with "(Vienna, <dates>)" beside each name, the verb after all of them; "A and B met jointly …": one meeting
    // of each; "held a meeting"; a year only is no meeting's dates; "Following the Conference, <group> met": the group alone
    file: '../documents-mechanisms/en-cop-note-2014-lists.txt',
    source: { kind: 'note-by-the-secretariat', symbol: 'CTOC/COP/2014/5', date: '2014-08-02', language: 'en' },
    meetings: [
      ['WG.2-2013-05-27', '2013-05-27', '2013-05-28', 'Vienna', 'held'],
      ['WG.3-2013-05-27', '2013-05-27', '2013-05-28', 'Vienna', 'held'],
      ['WG.3-2013-09-30', '2013-09-30', '2013-10-02', 'Vienna', 'held'],
      ['WG.4-2013-11-06', '2013-11-06', '2013-11-08', 'Vienna', 'held'],
      ['WG.6-2014-03-03', '2014-03-03', '2014-03-04', 'Vienna', 'held'],
      ['WG.6-2014-05-26', '2014-05-26', '2014-05-28', 'Vienna', 'held'],
      ['WG.7-2013-11-11', '2013-11-11', '2013-11-13', 'Vienna', 'held'],
    ],
  },
  {
    // French: dates before the subject and its verb ("Les 2 et 3 mai 2016, le Groupe de travail … s'est réuni à Vienne"); groups
    // listed with "(Vienne, <dates>)"; a group's chair on a day is no meeting; "se réunira … pendant la huitième session de la
    // Conférence, les 18 et 19 octobre 2016": the group's, scheduled, not the session's
    file: '../documents-mechanisms/fr-cop-note-2016-fronted.txt',
    source: { kind: 'note-by-the-secretariat', symbol: 'CTOC/COP/2016/6', date: '2016-07-27', language: 'fr' },
    meetings: [
      ['WG.2-2016-10-18', '2016-10-18', '2016-10-19', 'Vienna', 'scheduled'],
      ['WG.4-2015-11-06', '2015-11-06', '2015-11-08', 'Vienna', 'held'],
      ['WG.6-2016-05-02', '2016-05-02', '2016-05-03', 'Vienna', 'held'],
      ['WG.7-2015-11-18', '2015-11-18', '2015-11-20', 'Vienna', 'held'],
    ],
  },
  {
    // a group's report: its previous meeting recalled ("had been held"), a session "to be held", another group "is scheduled to
    // meet" with no place (recorded with none, the review file says so: the document names two places); not meetings: the opening day, a closed sitting on the
    // meeting's last day, consultations "with members of" the group, a side event "by" another group, an expert group meeting
    file: '../documents-mechanisms/en-wg6-report-2020-days.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/WG.6/2020/4', date: '2020-05-20', language: 'en' },
    meetings: [
      ['COP-10', '2020-10-12', '2020-10-16', 'Vienna', 'scheduled'],
      ['WG.4-2020-07-06', '2020-07-06', '2020-07-08', '(none)', 'scheduled'],
      ['WG.6-6', '2018-05-02', '2018-05-03', 'Vienna', 'held'],
      ['WG.6-7', '2020-05-03', '2020-05-04', 'Vienna', 'held'],
    ],
    report: { 'WG.6-7': 'CTOC/COP/WG.6/2020/4' },
    noted: [/paragraph 5, .*: no place stated; recorded with no place/],
  },
  {
    // the same in French: another group "s'était réuni du … au …, à Vienne également"; not meetings: an event "organisée le …
    // par des membres du Groupe de travail", a regional seminar, "la réunion d'experts tenue à Genève" noted by the group
    file: '../documents-mechanisms/fr-wg4-report-2019-recalled.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/WG.4/2019/5', date: '2019-10-01', language: 'fr' },
    meetings: [
      ['COP-10', '2020-10-12', '2020-10-16', 'Vienna', 'scheduled'],
      ['WG.4-9', '2019-09-09', '2019-09-11', 'Vienna', 'held'],
      ['WG.7-2019-07-03', '2019-07-03', '2019-07-05', 'Vienna', 'held'],
    ],
  },
  {
    // a web page with no date at all (a year in its title): "is to take place in Vienna, Austria, on …" is scheduled by its
    // tense; "The nineteenth meeting took place …" names no body: on a page of one group, that group's, held by its tense
    file: '../documents-mechanisms/en-web-undated-2044.txt',
    source: { kind: 'announcement', id: 'announcement-2044-03-02', date: undefined, language: 'en' },
    meetings: [
      ['WG.7-19', '2043-04-05', '2043-04-07', 'Vienna', 'held'],
      ['WG.7-20', '2044-03-02', '2044-03-03', 'Vienna', 'scheduled'],
    ],
  },
  {
    // the same in French: "La prochaine réunion … se déroulera à Vienne (Autriche) du … au …"; an opening sitting and a deadline
    file: '../documents-mechanisms/fr-web-undated-2044.txt',
    source: { kind: 'announcement', id: 'announcement-2044-05-11', date: undefined, language: 'fr' },
    meetings: [['WG.6-2044-05-11', '2044-05-11', '2044-05-13', 'Vienna', 'scheduled']],
  },
  {
    // the Conference's report: "the Group" is the group its sentence named ("The Chair of the Working Group on Firearms said that
    // the Group had gathered …"); "the Conference convened A and B, which held a joint meeting during the session, on …" (a body
    // as object is not the verb's subject; both groups meet, in the session's place); "the meeting that it held in Nairobi" (its
    // own meeting, in another city; "gathered in Doha"); "its fourteenth meeting, which ran from …"; not meetings: the Group of Friends of the
    // President (nor 'The Group met on …' after it), a day of the session; "twenty-second" is not "second" (no ordinal rather than a wrong one)
    file: '../documents-mechanisms/en-cop-report-2045-group.txt',
    source: { kind: 'report', symbol: 'CTOC/COP/2045/9', date: '2045-11-20', language: 'en' },
    meetings: [
      ['COP-2045-10-09', '2045-10-09', '2045-10-13', 'Vienna', 'held'],
      ['WG.2-2045-10-10', '2045-10-10', '2045-10-11', 'Vienna', 'held'],
      ['WG.3-2045-06-14', '2045-06-14', '2045-06-15', '(none)', 'held'],
      ['WG.3-2045-10-10', '2045-10-10', '2045-10-11', 'Vienna', 'held'],
      ['WG.4-2045-04-02', '2045-04-02', '2045-04-04', '(none)', 'held'],
      ['WG.4-2045-07-03', '2045-07-03', '2045-07-05', 'Nairobi', 'held'],
      ['WG.6-2045-03-06', '2045-03-06', '2045-03-07', 'Vienna', 'held'],
      ['WG.6-2045-08-20', '2045-08-20', '2045-08-21', 'Doha', 'held'],
      ['WG.7-2045-04-05', '2045-04-05', '2045-04-07', '(none)', 'held'],
      ['WG.7-14', '2045-05-28', '2045-05-30', 'Vienna', 'held'],
    ],
    // "met in June, on 14 and 15 June": June is no place, nor is the session's place in the title the group's (recorded with none)
    // "At its twentieth session, on 14 October 2043, the Conference adopted …": a day at a session named as a reference, to review;
    // "held informal consultations" holds no meeting
    // dates shared "respectively" between two groups, as many spans as groups: each group's in order (no place stated: none);
    // "in June 2044, on 3 and 4 June" (no year by the days), to review
    noted: [/paragraph 9, .*: no place stated; recorded with no place/, /paragraph 12, .*: no place stated; recorded with no place/],
    unplaced: [/paragraph 10, .*a day at a meeting named as a reference/, /paragraph 13, .*states no year and its sentence names another/],
  },
  {
    // a web page whose lines run together: "(updated: 20 April 2046) Previous meeting The fourteenth meeting of the Working Group
    // took place … from 9 to 11 October 2045": a subject whose own dates follow it does not take the dates before it
    file: '../documents-mechanisms/en-web-2046-status-line.txt',
    source: { kind: 'announcement', id: 'announcement-2046-05-14', date: undefined, language: 'en' },
    meetings: [
      ['WG.2-13', '2044-06-03', '2044-06-04', '(none)', 'held'],
      ['WG.2-14', '2045-10-09', '2045-10-11', 'Vienna', 'held'],
      ['WG.2-15', '2046-05-14', '2046-05-15', 'Vienna', 'scheduled'],
    ],
    // each piece of the page (between blank lines) is read alone; "Its thirteenth meeting was held on …, back to back with a
    // regional workshop organized in Bangkok on …": the workshop's city is not the meeting's, nor is Vienna, stated elsewhere
    noted: [/Its thirteenth meeting: no place stated; recorded with no place/],
  },
  {
    // a group's paper: "la huitième réunion du Groupe" is the group its sentence named (not the document's); "la réunion qu'il a
    // tenue à Bangkok", "a eu lieu à Genève"; "A et B, qui ont tenu une réunion conjointe le 30 septembre et le 1er octobre 2045" (both, across two
    // months); not meetings: the Groupe des Amis de la Présidence, "a tenu des consultations informelles"
    file: '../documents-mechanisms/fr-wg7-document-2046-group.txt',
    source: { kind: 'background-paper', symbol: 'CTOC/COP/WG.7/2046/2', date: '2046-03-02', language: 'fr' },
    meetings: [
      ['WG.3-2045-09-30', '2045-09-30', '2045-10-01', 'Vienna', 'held'],
      ['WG.4-2045-11-02', '2045-11-02', '2045-11-03', 'Geneva', 'held'],
      ['WG.4-8', '2046-01-30', '2046-01-31', 'Vienna', 'held'],
      ['WG.6-2045-09-30', '2045-09-30', '2045-10-01', 'Vienna', 'held'],
      ['WG.7-2045-10-01', '2045-10-01', '2045-10-03', 'Bangkok', 'held'],
      ['WG.7-2046-05-04', '2046-05-04', '2046-05-06', 'Vienna', 'scheduled'],
    ],
  },
  {
    // the Conference's web page: "La douzième session s'est tenue …" names no body, and sessions are the Conference's; a group
    // meeting during the session; a registration deadline
    file: '../documents-mechanisms/fr-web-2046-sessions.txt',
    source: { kind: 'announcement', id: 'announcement-2046-10-12', date: undefined, language: 'fr' },
    meetings: [
      ['COP-12', '2044-10-14', '2044-10-18', 'Vienna', 'held'],
      ['COP-13', '2046-10-12', '2046-10-16', 'Vienna', 'scheduled'],
      ['WG.6-2046-10-13', '2046-10-13', '2046-10-13', 'Vienna', 'scheduled'],
    ],
  },
];

describe('ingestDocument on documents in PDF-extracted layouts', () => {
  it.each(table)('$file', (t) => {
    const r = read(t.file);
    // (a web page has no date: the key is absent, not only undefined)
    expect(Object.fromEntries(Object.keys(t.source).map((k) => [k, r.source[k as keyof typeof r.source]]))).toEqual(t.source);
    if (t.source.date === undefined) expect('date' in r.source).toBe(false);
    expect(r.meetings.map((m): Expected => [m.id, m.start, m.end, m.location?.en ?? '(none)', m.status])).toEqual(t.meetings);
    for (const [id, docs] of Object.entries(t.documents ?? {})) {
      expect(r.meetings.find((m) => m.id === id)?.documents?.map((d) => `${d.symbol} ${d.kind}`), id).toEqual(docs);
    }
    for (const [id, symbol] of Object.entries(t.report ?? {})) expect(r.meetings.find((m) => m.id === id)?.report, id).toBe(symbol);
    for (const re of t.unplaced ?? []) expect(r.unplaced.some((u) => re.test(u)), `${re} in ${JSON.stringify(r.unplaced)}`).toBe(true);
    for (const re of t.noted ?? []) expect(r.notes.some((u) => re.test(u)), `${re} in ${JSON.stringify(r.notes)}`).toBe(true);
    if (t.source.date === undefined) expect(r.notes).toContain('no document date (a web page): each meeting is held or scheduled as its sentence says');
    // every meeting names where it was read
    for (const m of r.meetings) expect(m.source.document).toBe(r.source.id);
  });

  it('a document records its own date and language on the meeting it is for', () => {
    const r = read('fr-cop9-agenda-2018.txt');
    expect(r.meetings[0]?.documents).toEqual([{ symbol: 'CTOC/COP/2018/1', kind: 'provisional-agenda', date: '2018-07-23', language: 'fr' }]);
    expect(r.meetings[0]?.source).toEqual({ document: 'CTOC/COP/2018/1', paragraph: null, part: 'heading' });
  });

  it.each([
    ['en-cosp-note.txt', 'other-body', 'a document of another body (CAC/COSP/2019/3)'],
    ['en-not-un.txt', 'not-un', 'not a document of the Conference or its working groups'],
  ])('refuses %s with one clear reason', (file, reason, message) => {
    let err: unknown;
    try {
      read(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).reason).toBe(reason);
    expect((err as Error).message).toContain(message);
  });

  it('reads a page with no symbol and no Distr. line only when it names the United Nations, UNODC, the Convention or a body by its proper name', () => {
    const opts = { fileName: 'x.txt', bodies: data.bodies, vocabulary: data.vocabulary };
    const page = (group: string, more = '') => `Club news 2031${more}\n\nThe ${group} met in Vienna on 3 and 4 March 2031.\n`;
    expect(ingestDocument(page('Working Group on International Cooperation'), opts).meetings.map((m) => `${m.body} ${m.start} ${m.status}`)).toEqual(['WG.3 2031-03-03 held']);
    expect(ingestDocument(page('working group on international cooperation', ' (UNODC)'), opts).meetings).toHaveLength(1);
    // a club's "working group on international cooperation (twinning)" is a common noun phrase, not the Conference's group
    expect(() => ingestDocument(page('working group on international cooperation (twinning)'), opts)).toThrow(/not a UN document/);
  });

  it("reads 'Sa quatorzième réunion' starting a sentence as the group's, not the Conference named in the sentence before", () => {
    const opts = { fileName: 'x.txt', bodies: data.bodies, vocabulary: data.vocabulary };
    const text = `Nations Unies CTOC/COP/WG.3/2031/3\nDistr. générale\n11 juillet 2031\n\nRapport sur la réunion du Groupe de travail sur la coopération internationale\n\n1. Le Groupe a été créé par la Conférence des Parties. Sa quatorzième réunion s'est tenue à Vienne les 26 et 27 juin 2031.\n`;
    expect(ingestDocument(text, opts).meetings.map((m) => `${m.body} ${m.number} ${m.start}`)).toEqual(['WG.3 14 2031-06-26']);
  });

  it("a line wrapped in an annotation that names a group is no section heading: 'à sa onzième réunion' after it is still the document's group", () => {
    const opts = { fileName: 'x.txt', bodies: data.bodies, vocabulary: data.vocabulary };
    const text = `CTOC/COP/WG.2/2031/1\nDistr. générale\n3 mai 2031\nGroupe de travail d'experts gouvernementaux sur l'assistance technique\nVienne, 29 et 30 mai 2031\nOrdre du jour provisoire annoté\n\n1. Questions d'organisation.\n\nAnnotations\n\nLa réunion se tiendra à Vienne. Elle suivra immédiatement la réunion du\nGroupe de travail sur la coopération internationale.\n\nÀ sa onzième réunion, tenue à Vienne les 29 et 30 mai 2030, le Groupe de travail a prié le Secrétariat de …\n`;
    expect(ingestDocument(text, opts).meetings.map((m) => `${m.body} ${m.start} ${m.status}`)).toEqual(['WG.2 2030-05-29 held', 'WG.2 2031-05-29 scheduled']);
  });

  it("a web page's meetings naming no body are those of the group its title names; '<body> (dates)' is that body's meeting; 'is set to' is to come", () => {
    const opts = { fileName: 'x.txt', bodies: data.bodies, vocabulary: data.vocabulary };
    const page = [
      'UNODC - United Nations Office on Drugs and Crime',
      '',
      'Working Group on Firearms 2033',
      '',
      'The twelfth meeting of the Working Group on Firearms is set to take place in Vienna from 4 to 6 May 2033.',
      '',
      'It will come just after the Working Group on International Cooperation (2–3 May 2033).',
      '',
      'Previous meeting',
      'The report of the eleventh meeting, held in Vienna on 1 and 2 June 2032, is online.',
    ].join('\n');
    expect(ingestDocument(page, opts).meetings.map((m) => `${m.body} ${m.number ?? '-'} ${m.start} ${m.end} ${m.location?.en} ${m.status}`)).toEqual([
      'WG.3 - 2033-05-02 2033-05-03 Vienna scheduled',
      'WG.6 11 2032-06-01 2032-06-02 Vienna held',
      'WG.6 12 2033-05-04 2033-05-06 Vienna scheduled',
    ]);
  });

  it("'which takes place', 'convoquée' state a meeting whose dates tell held or to come; 'came together' is a verb of meeting", () => {
    const opts = { fileName: 'x.txt', bodies: data.bodies, vocabulary: data.vocabulary };
    const doc = (lang: 'en' | 'fr', date: string, para: string) =>
      `CTOC/COP/WG.3/2034/1\n${lang === 'fr' ? 'Distr. générale' : 'Distr.: General'}\n${date}\n${lang === 'fr' ? 'Groupe de travail sur la coopération internationale\nVienne, 18 et 19 octobre 2034' : 'Working Group on International Cooperation\nVienna, 18 and 19 October 2034'}\n\n1. ${para}\n`;
    const found = (t: string) => ingestDocument(t, opts).meetings.map((m) => `${m.body} ${m.start} ${m.status}`);
    expect(found(doc('en', '29 August 2034', 'The Working Group will meet during the eighth session of the Conference of the Parties, which takes place in Vienna from 17 to 21 October 2034.'))).toContain('COP 2034-10-17 scheduled');
    expect(found(doc('fr', '29 août 2034', 'Le Président a rappelé que la treizième réunion, convoquée à Vienne les 13 et 14 juin 2033, avait porté sur les preuves.'))).toContain('WG.3 2033-06-13 held');
    expect(found(doc('en', '29 August 2034', 'The Working Group came together in Vienna on 10 and 11 May 2033.'))).toContain('WG.3 2033-05-10 held');
  });

  it("dates after 'puis de nouveau' / 'then again' are the same body's second meeting", () => {
    const opts = { fileName: 'x.txt', bodies: data.bodies, vocabulary: data.vocabulary };
    const doc = (lang: 'en' | 'fr', para: string) => `CTOC/COP/2035/2\n${lang === 'fr' ? 'Distr. générale\n16 juillet 2035' : 'Distr.: General\n16 July 2035'}\n\n1. ${para}\n`;
    const found = (t: string) => ingestDocument(t, opts).meetings.map((m) => `${m.body} ${m.start} ${m.end} ${m.status}`);
    expect(found(doc('fr', "Le Groupe de travail sur les armes à feu s'est réuni à deux reprises: à Vienne les 14 et 15 avril 2034, puis de nouveau à Vienne (27-29 janvier 2035)."))).toEqual(['WG.6 2034-04-14 2034-04-15 held', 'WG.6 2035-01-27 2035-01-29 held']);
    expect(found(doc('en', 'The Working Group on Firearms met in Vienna on 14 and 15 April 2034, then again in Vienna on 27 January 2035.'))).toEqual(['WG.6 2034-04-14 2034-04-15 held', 'WG.6 2035-01-27 2035-01-27 held']);
  });

  it('refuses a web page with no date whose meeting no sentence puts in the past or the future, saying why', () => {
    expect(() => read('../documents-mechanisms/en-web-undated-no-tense.txt')).toThrow(/nothing recognisable .*could not place: the header's meeting \("Vienna, 10-12 May 2045"\): no tense and no document date/);
  });

  it('refuses an empty text and one with no meeting of a known body', () => {
    const opts = { fileName: 'x.txt', bodies: data.bodies, vocabulary: data.vocabulary };
    expect(() => ingestDocument('  \n\n ', opts)).toThrow(/empty document/);
    expect(() => ingestDocument('CTOC/COP/2020/9\nDistr.: General\n3 March 2020\nOriginal: English\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\nList of participants\n', opts)).toThrow(
      /nothing recognisable/,
    );
    // a symbol at the top but no date anywhere near it is a document whose date was lost, not a web page
    expect(() => ingestDocument('CTOC/COP/WG.6/2020/1\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n1. The Working Group on Firearms will hold its seventh meeting in Vienna on 2 and 3 June 2020.\n', opts)).toThrow(
      /no date in the note's header/,
    );
  });
});
