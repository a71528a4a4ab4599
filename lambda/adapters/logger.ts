import { Logger } from '@aws-lambda-powertools/logger';
import type { AppLogger } from '../core/ports';

/** Structured JSON logs (Powertools Logger); the level comes from POWERTOOLS_LOG_LEVEL. */
export function createLogger(serviceName = 'ctoc-bot'): AppLogger {
  const log = new Logger({ serviceName });
  return {
    debug: (m, extra) => log.debug(m, extra ?? {}),
    info: (m, extra) => log.info(m, extra ?? {}),
    warn: (m, extra) => log.warn(m, extra ?? {}),
    error: (m, extra) => log.error(m, extra ?? {}),
  };
}
