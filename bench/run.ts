import * as chrono from 'chrono-node';
import { bundledDataset } from '../lambda/adapters/memory/bundled-data';
import { createDocumentClient } from '../lambda/adapters/dynamodb/client';
import { createTable } from '../lambda/adapters/dynamodb/create-table';
import { DynamoRepository } from '../lambda/adapters/dynamodb/dynamo-repository';
import { startEmbeddedDynamo } from '../lambda/adapters/dynamodb/embedded';
import { seedTable } from '../lambda/adapters/dynamodb/seeder';
import { MemoryRepository } from '../lambda/adapters/memory/memory-repository';
import { FixedClock } from '../lambda/adapters/system-clock';
import { AskService } from '../lambda/app/ask';
import { createAnswerer } from '../lambda/core/answer';
import { createPeriodFinder } from '../lambda/core/question/periods';
import { createUnderstander } from '../lambda/core/question/understand';
import { benchQuestions } from './questions';

/** CPU time of this process in ms: unlike wall time, it does not grow when other processes share the machine. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs fn over the questions for at least minMs of CPU time; questions per CPU second. */
function measure(questions: unknown[], fn: (i: number) => void, minMs: number): number {
  let n = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < minMs) {
    for (let i = 0; i < questions.length; i++) fn(i);
    n += questions.length;
  }
  return n / ((cpuMs() - t0) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Questions per CPU second in the steady state a warm process is in: each function is
 * first run for `warmMs` of CPU (the same for every function measured, so V8's compiling
 * of the longer path is not counted against it on the first passes), then measured
 * `rounds` times for `minMs` each; the median is printed and returned.
 */
function rate(label: string, questions: unknown[], fn: (i: number) => void, minMs = 500, rounds = 3, warmMs = 1000): number {
  measure(questions, fn, warmMs);
  const perSec = median(Array.from({ length: rounds }, () => measure(questions, fn, minMs)));
  console.log(`${label.padEnd(44)} ${Math.round(perSec).toString().padStart(8)} questions/s  (${(1e6 / perSec).toFixed(1)} µs each)`);
  return perSec;
}

export async function benchCore(): Promise<void> {
  const questions = benchQuestions(3000);
  const answer = createAnswerer(bundledDataset());
  const now = '2024-07-15';
  const ref = new Date(2024, 6, 15, 12);
  console.log(`core: ${questions.length} questions (${questions.filter((q) => q.lang === 'fr').length} French)`);
  const parse = (i: number) => {
    const q = questions[i] as { text: string; lang: 'en' | 'fr' };
    (q.lang === 'fr' ? chrono.fr.casual : chrono.en.casual).parse(q.text, ref);
  };
  const whole = (i: number) => {
    answer((questions[i] as { text: string }).text, now);
  };
  rate('chrono-node parse (locale of the question)', questions, parse);
  const findPeriod = createPeriodFinder(bundledDataset().vocabulary);
  rate('  of which: our chrono configuration', questions, (i) => {
    const q = questions[i] as { text: string; lang: 'en' | 'fr' };
    findPeriod(q.text, q.lang, now);
  });
  const understand = createUnderstander(bundledDataset());
  rate('  of which: understanding the question', questions, (i) => {
    understand((questions[i] as { text: string }).text, now);
  });
  rate('whole answer path (in memory)', questions, whole);
  // the ratio from interleaved rounds, so both sides see the same load on a shared machine
  const ratios = Array.from({ length: 7 }, () => measure(questions, parse, 300) / measure(questions, whole, 300));
  const ratio = median(ratios);
  console.log(`ratio: the answer path costs ${ratio.toFixed(2)}x one chrono parse per question (median of ${ratios.length} interleaved rounds, ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; target <= 2.00x) ${ratio <= 2 ? 'OK' : 'OVER TARGET'}`);
}

/** Runs fn (async) over the questions for at least minMs, returns questions per second. */
async function rateAsync(label: string, n: number, fn: (i: number) => Promise<unknown>, minMs = 1500): Promise<number> {
  for (let i = 0; i < n; i++) await fn(i);
  let done = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (let i = 0; i < n; i++) await fn(i);
    done += n;
  }
  const perSec = done / ((performance.now() - t0) / 1000);
  console.log(`${label.padEnd(44)} ${Math.round(perSec).toString().padStart(8)} questions/s  (${(1e6 / perSec).toFixed(1)} µs each)`);
  return perSec;
}

export async function benchStorage(): Promise<void> {
  const questions = benchQuestions(3000);
  const db = await startEmbeddedDynamo();
  const client = createDocumentClient({ endpoint: db.endpoint, region: 'eu-central-1' });
  let requests = 0;
  client.middlewareStack.add(
    (next) => (args) => {
      requests++;
      return next(args);
    },
    { step: 'initialize' },
  );
  await createTable(client as never, 'bench');
  await seedTable(client, 'bench', bundledDataset());
  const clock = new FixedClock('2024-07-15');
  const memory = new AskService(new MemoryRepository(bundledDataset()), clock);
  const dynamo = new AskService(new DynamoRepository({ client, tableName: 'bench' }), clock);
  console.log('storage: the ask use case over each repository (same questions)');
  const m = await rateAsync('in memory (data/)', questions.length, (i) => memory.ask((questions[i] as { text: string }).text));
  const before = requests;
  const d = await rateAsync('DynamoDB adapter, warm cache (dynalite)', questions.length, (i) => dynamo.ask((questions[i] as { text: string }).text));
  console.log(`ratio: DynamoDB warm / memory = ${(d / m).toFixed(2)}; DynamoDB requests while answering warm: ${requests - before - 1} (+1 cold read)`);
  client.destroy();
  await db.close();
}

const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'core') await benchCore();
if (which === 'all' || which === 'storage') await benchStorage();
if (which === 'all' || which === 'cold-start') await (await import('./cold-start')).benchColdStart();
if (which === 'all' || which === 'end-to-end') await (await import('./end-to-end')).benchEndToEnd({ node: process.env.CTOC_BENCH_NODE, runs: Number(process.env.CTOC_BENCH_RUNS) || undefined });
