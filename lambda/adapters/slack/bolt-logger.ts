import { LogLevel, type Logger } from '@slack/bolt';
import type { AppLogger } from '../../core/ports';

/** Bolt's logger interface over our structured logger. */
export function boltLogger(log: AppLogger): Logger {
  let level: LogLevel = LogLevel.INFO;
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
  return {
    debug: (...m) => log.debug(text(m), { source: 'bolt' }),
    info: (...m) => log.info(text(m), { source: 'bolt' }),
    warn: (...m) => log.warn(text(m), { source: 'bolt' }),
    error: (...m) => log.error(text(m), { source: 'bolt' }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
