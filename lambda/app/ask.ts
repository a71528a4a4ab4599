import { type Answer, type Answerer, createAnswerer } from '../core/answer';
import type { IsoDate } from '../core/dates';
import type { Clock, MeetingRepository } from '../core/ports';
import type { Question } from '../core/question/question';

/**
 * The ask use case: loads reference data from the repository (which may cache it) and
 * answers at the clock's today, or at an explicit now. The compiled answerer is reused
 * while the data version is unchanged.
 */
export class AskService {
  private compiled?: { version: string; answerer: Answerer };
  constructor(
    private readonly repository: MeetingRepository,
    private readonly clock: Clock,
  ) {}

  private async answerer(): Promise<Answerer> {
    const { dataset, version } = await this.repository.load();
    if (!this.compiled || this.compiled.version !== version) this.compiled = { version, answerer: createAnswerer(dataset) };
    return this.compiled.answerer;
  }

  /**
   * Starts loading and compiling the data now; errors surface on the next ask. (Warming
   * the parsers up with a sample question here was measured: it only moves their first
   * run from the first question to the start, where it delays the same reply.)
   */
  prepare(): void {
    this.answerer().catch(() => undefined);
  }

  /**
   * For a long-running server, before it takes requests: answers the vocabulary's help
   * examples a few times and discards the answers, so its first questions run code the
   * engine has compiled already (V8 compiles a regular expression to machine code on its
   * second use, and functions once they have run a while) instead of compiling it while
   * people wait. Not for a Lambda: there it would delay the first reply by as much.
   */
  async warmUp(rounds = 5): Promise<void> {
    const answer = await this.answerer();
    const { dataset } = await this.repository.load();
    const examples = Object.values(dataset.vocabulary.help.examples).flat();
    const today = this.clock.today();
    for (let i = 0; i < rounds; i++) for (const q of examples) answer(q, today);
  }

  async ask(question: string, now?: IsoDate): Promise<Answer> {
    return (await this.answerer())(question, now ?? this.clock.today());
  }

  /** How a text is read (language, bodies, period …), without answering it. */
  async understand(text: string, now?: IsoDate): Promise<Question> {
    return (await this.answerer()).understand(text, now ?? this.clock.today());
  }
}
