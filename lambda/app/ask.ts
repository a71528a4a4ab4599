import { type Answer, type Answerer, createAnswerer } from '../core/answer';
import type { IsoDate } from '../core/dates';
import type { Clock, MeetingRepository } from '../core/ports';

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

  async ask(question: string, now?: IsoDate): Promise<Answer> {
    const { dataset, version } = await this.repository.load();
    if (!this.compiled || this.compiled.version !== version) this.compiled = { version, answerer: createAnswerer(dataset) };
    return this.compiled.answerer(question, now ?? this.clock.today());
  }
}
