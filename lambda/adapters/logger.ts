import { Logger, LogLevelThreshold } from '@aws-lambda-powertools/logger';
import type { AppLogger } from '../core/ports';

/**
 * Structured JSON logs (Powertools Logger); the level comes from POWERTOOLS_LOG_LEVEL.
 * Debug lines (Bolt and its Web API client write several per request) are dropped
 * before Powertools sees them unless the level is DEBUG: Powertools reads the
 * environment on every call, even for a line it then drops.
 */
export function createLogger(serviceName = 'ctoc-bot'): AppLogger {
  const log = new Logger({ serviceName });
  return {
    debug: (m, extra) => {
      if (log.level <= LogLevelThreshold.DEBUG) log.debug(m, extra ?? {});
    },
    info: (m, extra) => log.info(m, extra ?? {}),
    warn: (m, extra) => log.warn(m, extra ?? {}),
    error: (m, extra) => log.error(m, extra ?? {}),
  };
}
